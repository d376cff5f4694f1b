namespace LibraryLive.Silo.Simulation;

/// <summary>The traffic simulator, switched on by the --simulate flag of the main command.</summary>
public sealed class SimulatorOptions
{
    public const string Section = "Simulator";

    public bool Enabled { get; set; }

    /// <summary>How many simulated seconds pass per real second.</summary>
    public double Speed { get; set; } = 60;

    /// <summary>The local time of day the simulated day starts at.</summary>
    public TimeOnly StartAt { get; set; } = new(7, 45);

    /// <summary>The share of registered students who come to the library on the simulated day.</summary>
    public double Turnout { get; set; } = 0.4;

    public int Seed { get; set; } = 2020;
}
