namespace LibraryLive.Inventory;

/// <summary>
/// For each date: how many distinct readers came in, and how many spent part of the night in the 24-hour room.
/// </summary>
public sealed class DateTally
{
    private readonly Dictionary<DateOnly, long> _readersIn = [];
    private readonly Dictionary<DateOnly, long> _readersAtNight = [];

    public void Add(IEnumerable<ReaderDay> diary, int year)
    {
        foreach (var day in diary.Where(d => d.Date.Year == year))
        {
            if (day.Visits > 0)
            {
                _readersIn[day.Date] = _readersIn.GetValueOrDefault(day.Date) + 1;
            }

            if (day.Night)
            {
                _readersAtNight[day.Date] = _readersAtNight.GetValueOrDefault(day.Date) + 1;
            }
        }
    }

    public Standings BusiestDays(int top) => Rank(_readersIn, top);

    public Standings BusiestNights(int top) => Rank(_readersAtNight, top);

    private static Standings Rank(Dictionary<DateOnly, long> counts, int top) =>
        Standings.Of(counts.Select(e => new Placing(Awards.DateId(e.Key), e.Value)), top);
}
