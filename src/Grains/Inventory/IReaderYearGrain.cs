using LibraryLive.Registry;

namespace LibraryLive.Inventory;

/// <summary>
/// One reader's year, keyed "{studentId}:{year}": their swipes of the year and of the day either side (so
/// stays across the new year pair up), from which their figures, rankings and dates are counted.
/// </summary>
public interface IReaderYearGrain : IGrainWithStringKey
{
    /// <summary>A live swipe; the rankings and date tallies it changes are told at once.</summary>
    Task Record(ReaderSwipe swipe);

    /// <summary>
    /// An imported batch of swipes, stored with one write. Returns the reader's whole count, which the
    /// import sends on to the rankings and the date tallies in batches.
    /// </summary>
    Task<ReaderYearReplay> Replay(IReadOnlyList<ReaderSwipe> swipes, ReaderProfile profile);

    Task<ReaderFigures> GetFigures(DateOnly from, DateOnly to);

    Task<ReaderProfile?> GetProfile();
}

/// <summary>The name and consent a reader had in an imported year's students.csv.</summary>
[GenerateSerializer, Immutable, Alias("reader-profile")]
public sealed record ReaderProfile([property: Id(0)] string Name, [property: Id(1)] Disclosure Disclosure);

[GenerateSerializer, Immutable, Alias("reader-year-replay")]
public sealed record ReaderYearReplay(
    [property: Id(0)] bool Changed,
    [property: Id(1)] IReadOnlyList<PeriodFigures> Periods,
    [property: Id(2)] IReadOnlyList<DatePresence> Dates);

public static class ReaderYears
{
    /// <summary>
    /// The years whose grains keep a swipe of this date: its own, and the neighbour across a new year.
    /// </summary>
    public static IEnumerable<int> KeepingYears(DateOnly date) =>
        date is { Month: 1, Day: 1 } ? [date.Year, date.Year - 1]
        : date is { Month: 12, Day: 31 } ? [date.Year, date.Year + 1]
        : [date.Year];
}
