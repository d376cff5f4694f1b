namespace LibraryLive.Inventory;

/// <summary>The awards of the annual inventory, in the order the report lists them.</summary>
public enum Award
{
    Visits,
    Days,
    Hours,
    EarlyBird,
    NightOwl,
    Midnight,
    Streak,
    PopularSeat,
    LoyalSeat,
    BusiestNight,
    BusiestDay,
}

public static class Awards
{
    /// <summary>How many places the report lists for each award.</summary>
    public const int Places = 10;

    public static readonly IReadOnlyList<Award> All = Enum.GetValues<Award>();

    /// <summary>The awards won by a reader, from their swipes.</summary>
    public static readonly IReadOnlyList<Award> ReaderAwards =
    [
        Award.Visits, Award.Days, Award.Hours, Award.EarlyBird, Award.NightOwl, Award.Midnight, Award.Streak,
    ];

    /// <summary>
    /// The id of a student-and-seat pair; a space sorts before any id character, so pairs sort by student, then seat.
    /// </summary>
    public static string PairId(string studentId, string seatId) => $"{studentId} {seatId}";

    public static (string StudentId, string SeatId) SplitPair(string pairId)
    {
        var space = pairId.IndexOf(' ');
        return (pairId[..space], pairId[(space + 1)..]);
    }

    public static string DateId(DateOnly date) =>
        date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
