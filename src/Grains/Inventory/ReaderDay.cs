namespace LibraryLive.Inventory;

/// <summary>What one reader did on one library date; the awards and rankings are sums over these.</summary>
public sealed class ReaderDay(DateOnly date)
{
    public DateOnly Date { get; } = date;

    /// <summary>"In" swipes at building gates.</summary>
    public int Visits { get; set; }

    public DateTimeOffset? FirstIn { get; set; }

    public bool EarlyBird { get; set; }

    /// <summary>Inside the building 15 minutes before closing.</summary>
    public bool NightOwl { get; set; }

    /// <summary>Inside the 24-hour room at some moment between 00:00 and 05:00.</summary>
    public bool Midnight { get; set; }

    /// <summary>Inside the 24-hour room at some moment between 00:00 and 08:00 (for the busiest night).</summary>
    public bool Night { get; set; }

    /// <summary>Time inside the library in stays that began on this date.</summary>
    public TimeSpan Inside { get; set; }
}
