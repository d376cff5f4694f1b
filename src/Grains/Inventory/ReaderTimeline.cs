namespace LibraryLive.Inventory;

/// <summary>
/// Turns one reader's swipes into stays (the rules are in docs/inventory.md): swipes are taken once per
/// event id, in time order; each "in" pairs with the next swipe at the same place when that is an "out".
/// An "in" left open closes at the building's closing time (building) or at the end of the library's day
/// or night it began in (24-hour room), and never later than the reader's next "in" there. An "out"
/// without an "in" adds nothing.
/// </summary>
public static class ReaderTimeline
{
    public static IReadOnlyList<ReaderSwipe> InOrder(IEnumerable<ReaderSwipe> swipes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = swipes.Where(s => seen.Add(s.EventId)).ToList();
        kept.Sort(Chronologically);
        return kept;
    }

    /// <summary>The stays of swipes already in order (see <see cref="InOrder"/>).</summary>
    public static List<Stay> Stays(IReadOnlyList<ReaderSwipe> ordered, LibraryCalendar calendar)
    {
        var stays = new List<Stay>();
        foreach (var place in new[] { ReaderPlace.Building, ReaderPlace.AllHoursRoom })
        {
            ReaderSwipe? open = null;
            foreach (var swipe in ordered.Where(s => s.Place == place))
            {
                if (open is not null)
                {
                    stays.Add(new Stay(
                        place,
                        open.At,
                        swipe.IsIn ? Earliest(LeftOpen(open, calendar), swipe.At) : swipe.At));
                }

                open = swipe.IsIn ? swipe : null;
            }

            if (open is not null)
            {
                stays.Add(new Stay(place, open.At, LeftOpen(open, calendar)));
            }
        }

        return stays;
    }

    public static int Chronologically(ReaderSwipe a, ReaderSwipe b)
    {
        var byTime = a.At.CompareTo(b.At);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.EventId, b.EventId);
    }

    private static DateTimeOffset LeftOpen(ReaderSwipe open, LibraryCalendar calendar)
    {
        var date = calendar.DateOf(open.At);
        if (open.Place == ReaderPlace.Building)
        {
            // The building clears at closing time; an "in" after closing stays no time at all.
            var closing = calendar.Closing(date);
            return closing > open.At ? closing : open.At;
        }

        // The 24-hour room has no closing: a stay left open ends with the library's day (at closing)
        // or night (at the next opening) in which it began.
        var opening = calendar.Opening(date);
        var closes = calendar.Closing(date);
        return open.At < opening ? opening : open.At < closes ? closes : calendar.Opening(date.AddDays(1));
    }

    private static DateTimeOffset Earliest(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
