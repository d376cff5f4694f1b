using LibraryLive.Rankings;

namespace LibraryLive.Inventory;

/// <summary>Whether a reader came in on a date and whether they spent part of its night in the 24-hour room.</summary>
[GenerateSerializer, Immutable, Alias("date-presence")]
public sealed record DatePresence(
    [property: Id(0)] string StudentId,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] bool CameIn,
    [property: Id(3)] bool AtNight);

/// <summary>A reader's figures over one ranking period.</summary>
[GenerateSerializer, Immutable, Alias("period-figures")]
public sealed record PeriodFigures([property: Id(0)] string PeriodKey, [property: Id(1)] ReaderFigures Figures);

/// <summary>Everything one reader's year contributes to the rankings and the date tallies.</summary>
public sealed record ReaderYearCount(
    IReadOnlyDictionary<string, ReaderFigures> ByPeriod,
    IReadOnlyDictionary<DateOnly, DatePresence> ByDate)
{
    public static ReaderYearCount Of(
        string studentId,
        IEnumerable<ReaderSwipe> swipes,
        int year,
        LibraryCalendar calendar)
    {
        var diary = ReaderDiary.Write(swipes, calendar).Values.Where(d => d.Date.Year == year).ToList();
        var periods = diary
            .SelectMany(d => RankingPeriod.Of(d.Date))
            .DistinctBy(p => p.Key)
            .ToDictionary(p => p.Key, p => ReaderFigures.Over(diary, p.From, p.To));
        var dates = diary
            .Where(d => d.Visits > 0 || d.Night)
            .ToDictionary(d => d.Date, d => new DatePresence(studentId, d.Date, d.Visits > 0, d.Night));
        return new ReaderYearCount(periods, dates);
    }

    /// <summary>The ranking entries that differ from an earlier count (a value of 0 where one disappeared).</summary>
    public IEnumerable<(string Board, Placing Entry)> RankingChangesSince(ReaderYearCount earlier, string studentId)
    {
        foreach (var period in ByPeriod.Keys.Union(earlier.ByPeriod.Keys))
        {
            var now = ByPeriod.GetValueOrDefault(period) ?? ReaderFigures.Nothing;
            var before = earlier.ByPeriod.GetValueOrDefault(period) ?? ReaderFigures.Nothing;
            foreach (var award in Awards.ReaderAwards.Where(a => now.Score(a) != before.Score(a)))
            {
                yield return (RankingBoards.Key(award, period), new Placing(studentId, now.Score(award)));
            }
        }
    }

    /// <summary>The dates whose presence differs from an earlier count (absent ones as not present).</summary>
    public IEnumerable<DatePresence> DateChangesSince(ReaderYearCount earlier, string studentId) =>
        ByDate.Keys.Union(earlier.ByDate.Keys)
            .Select(date => ByDate.GetValueOrDefault(date) ?? new DatePresence(studentId, date, false, false))
            .Where(p => earlier.ByDate.GetValueOrDefault(p.Date) is not { } old || old != p);
}
