namespace LibraryLive.Silo.Simulation;

public static class SimulatorExtensions
{
    /// <summary>
    /// With "Simulator:Enabled" (the --simulate flag), the whole host runs on an accelerated clock starting
    /// this morning, and the simulator plays the day through it.
    /// </summary>
    public static WebApplicationBuilder AddTrafficSimulator(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(SimulatorOptions.Section).Get<SimulatorOptions>() ?? new();
        if (!options.Enabled)
        {
            return builder;
        }

        if (options.Speed is <= 0 or > 3600)
        {
            throw new InvalidOperationException($"Simulator:Speed must be between 0 and 3600, not {options.Speed}.");
        }

        builder.Services.Configure<SimulatorOptions>(builder.Configuration.GetSection(SimulatorOptions.Section));
        builder.Services.UseLibraryClock(sp =>
        {
            var layout = sp.GetRequiredService<LibraryLive.Layout.LibraryLayout>();
            var morning = layout.LocalDate(DateTimeOffset.UtcNow).ToDateTime(options.StartAt);
            return new AcceleratedClock(
                new DateTimeOffset(morning, layout.TimeZone.GetUtcOffset(morning)),
                options.Speed);
        });
        builder.Services.AddHostedService<TrafficSimulator>();
        return builder;
    }
}
