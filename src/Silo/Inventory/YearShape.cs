namespace LibraryLive.Silo.Inventory;

/// <summary>
/// What kind of year to generate. The defaults give a small library's year; the large year of the
/// performance figures is about 20,000 readers (see docs/inventory.md).
/// </summary>
public sealed record YearShape(int Year, int Readers, int Seed)
{
    /// <summary>Share of "out" swipes the gates missed, leaving an "in" without an "out".</summary>
    public double MissedOut { get; init; } = 0.02;

    /// <summary>Share of "in" swipes the gates missed (tailgating), leaving an "out" without an "in".</summary>
    public double MissedIn { get; init; } = 0.01;

    /// <summary>Share of rows the gate system exported twice.</summary>
    public double Repeated { get; init; } = 0.01;

    /// <summary>Share of timestamps written in UTC rather than the library's own offset.</summary>
    public double InUtc { get; init; } = 0.1;

    /// <summary>How eager the most devoted reader is to come on any date (the rest are spread below).</summary>
    public double MostDevoted { get; init; } = 0.9;
}
