using LibraryLive.Layout;
using LibraryLive.Rankings;
using LibraryLive.Registry;
using LibraryLive.Rooms;
using LibraryLive.Rules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace LibraryLive;

public static class LibraryDomainExtensions
{
    /// <summary>
    /// Adds what every silo of the library needs besides Orleans: the layout, the student registry and
    /// the rules, bound from configuration ("Library:Layout", "Library:Students", "SeatRules", "Push").
    /// </summary>
    public static IServiceCollection AddLibraryDomain(this IServiceCollection services, IConfiguration configuration)
    {
        var layoutPath = configuration["Library:Layout"] ?? LibraryFiles.DefaultLayout;
        var studentsPath = configuration["Library:Students"] ?? LibraryFiles.DefaultStudents;

        // Loaded now, not lazily: a bad layout must stop the start with its message, not the first swipe.
        services.AddSingleton(LayoutLoader.Load(LibraryFiles.Resolve(layoutPath)));
        services.AddSingleton(StudentRegistry.Load(LibraryFiles.Resolve(studentsPath)));

        services.AddOptions<SeatRulesOptions>()
            .Bind(configuration.GetSection(SeatRulesOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SeatRulesOptions>, SeatRulesOptionsValidator>();
        services.AddOptions<PushOptions>().Bind(configuration.GetSection(PushOptions.Section));
        services.AddOptions<RankingOptions>().Bind(configuration.GetSection(RankingOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RankingOptions>, RankingOptionsValidator>();

        // Deadlines lie at most a day or two ahead (bookings are for today and tomorrow), so every silo keeps
        // its upcoming reminders armed in memory rather than loading them from the table as they approach.
        services.Configure<ReminderOptions>(o => o.ReminderLoadingWindow = TimeSpan.FromDays(2));
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
