using System.Globalization;
using LibraryLive.Layout;
using LibraryLive.Rules;

namespace LibraryLive.Rush;

/// <summary>When the rush for one library-local date opens, when its window closes, and when it hands over.</summary>
public sealed record RushTimes(DateOnly Date, DateTimeOffset Opens, DateTimeOffset Closes)
{
    /// <summary>
    /// After the window, bookings for that date still pass through the rush grain this long, so that none is
    /// served before the draw is booked: the reminder that starts the draw may fire a little late, and the draw
    /// itself takes a moment. The grain serves them first come first served once the draw is done.
    /// </summary>
    public static readonly TimeSpan HandOver = TimeSpan.FromMinutes(1);

    public DateTimeOffset HandsOver => Closes + HandOver;

    public string GrainKey => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static RushTimes For(DateOnly date, LibraryLayout layout, SeatRulesOptions rules)
    {
        var opensLocal = date.AddDays(-1).ToDateTime(rules.TomorrowOpensAt);
        var opens = new DateTimeOffset(opensLocal, layout.TimeZone.GetUtcOffset(opensLocal));
        return new RushTimes(date, opens, opens + rules.RushWindow);
    }

    public static RushTimes ForKey(string key, LibraryLayout layout, SeatRulesOptions rules) =>
        For(DateOnly.ParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture), layout, rules);

    /// <summary>The rush that a booking for <paramref name="start"/>, asked for now, goes through, if any.</summary>
    public static RushTimes? Covering(
        DateTimeOffset start,
        DateTimeOffset now,
        LibraryLayout layout,
        SeatRulesOptions rules)
    {
        var tomorrow = layout.LocalDate(now).AddDays(1);
        if (rules.RushWindow <= TimeSpan.Zero || layout.LocalDate(start) != tomorrow)
        {
            return null;
        }

        var rush = For(tomorrow, layout, rules);
        return rush.Opens <= now && now < rush.HandsOver ? rush : null;
    }

    public bool InWindow(DateTimeOffset now) => Opens <= now && now < Closes;
}
