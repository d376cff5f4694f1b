namespace LibraryLive.Inventory;

/// <summary>Folds one reader's swipes into a day-by-day diary of library dates.</summary>
public static class ReaderDiary
{
    public static SortedDictionary<DateOnly, ReaderDay> Write(IEnumerable<ReaderSwipe> swipes, LibraryCalendar calendar)
    {
        var ordered = ReaderTimeline.InOrder(swipes);
        var days = new SortedDictionary<DateOnly, ReaderDay>();
        ReaderDay Day(DateOnly date) => days.TryGetValue(date, out var day) ? day : days[date] = new ReaderDay(date);

        foreach (var swipe in ordered.Where(s => s is { Place: ReaderPlace.Building, IsIn: true }))
        {
            var day = Day(calendar.DateOf(swipe.At));
            day.Visits++;
            day.FirstIn ??= swipe.At;
        }

        foreach (var day in days.Values)
        {
            var opening = calendar.Opening(day.Date);
            day.EarlyBird = day.FirstIn >= opening && day.FirstIn < opening + LibraryCalendar.EarlyBirdWindow;
        }

        var stays = ReaderTimeline.Stays(ordered, calendar);
        foreach (var stay in stays)
        {
            for (var date = calendar.DateOf(stay.Start); date <= calendar.DateOf(stay.End); date = date.AddDays(1))
            {
                MarkPresence(stay, date, calendar, Day);
            }
        }

        foreach (var island in Merged(stays))
        {
            Day(calendar.DateOf(island.Start)).Inside += island.Length;
        }

        return days;
    }

    private static void MarkPresence(Stay stay, DateOnly date, LibraryCalendar calendar, Func<DateOnly, ReaderDay> day)
    {
        if (stay.Place == ReaderPlace.Building)
        {
            if (stay.Contains(calendar.Closing(date) - LibraryCalendar.NightOwlLead))
            {
                day(date).NightOwl = true;
            }

            return;
        }

        var midnight = calendar.At(date, TimeOnly.MinValue);
        if (stay.Overlaps(midnight, calendar.At(date, LibraryCalendar.MidnightEnds)))
        {
            day(date).Midnight = true;
        }

        if (stay.Overlaps(midnight, calendar.At(date, LibraryCalendar.NightEnds)))
        {
            day(date).Night = true;
        }
    }

    // Time in the 24-hour room while also inside the building is counted once: hours are the union of stays.
    private static IEnumerable<Stay> Merged(List<Stay> stays)
    {
        Stay? island = null;
        foreach (var stay in stays.OrderBy(s => s.Start))
        {
            if (island is { } current && stay.Start <= current.End)
            {
                island = current with { End = stay.End > current.End ? stay.End : current.End };
                continue;
            }

            if (island is not null)
            {
                yield return island.Value;
            }

            island = stay;
        }

        if (island is not null)
        {
            yield return island.Value;
        }
    }
}
