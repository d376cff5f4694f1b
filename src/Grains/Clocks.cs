using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace LibraryLive;

public static class Clocks
{
    /// <summary>
    /// Replaces the library's clock (the default <see cref="TimeProvider"/>, which every grain and service of
    /// ours uses) while Orleans' own machinery (membership, messaging, grain timers) keeps real time.
    /// Reminders follow the library's clock: they carry the rules' deadlines (a no-show at the end of the
    /// check-in window), so advancing a fake clock fires them, and a simulated day fires them in its own time.
    /// Used by the traffic simulator and by tests with fake time.
    /// </summary>
    public static IServiceCollection UseLibraryClock(this IServiceCollection services, TimeProvider clock) =>
        services.UseLibraryClock(_ => clock);

    public static IServiceCollection UseLibraryClock(
        this IServiceCollection services,
        Func<IServiceProvider, TimeProvider> clock)
    {
        services.AddSingleton(clock);
        foreach (var area in new[]
                 {
                     TimeProviderNames.Grains, TimeProviderNames.Messaging, TimeProviderNames.SystemTimers,
                     TimeProviderNames.Membership, TimeProviderNames.ActivationManagement,
                     TimeProviderNames.GrainDirectory,
                 })
        {
            services.AddKeyedSingleton(area, TimeProvider.System);
        }

        return services;
    }
}
