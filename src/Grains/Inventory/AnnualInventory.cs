namespace LibraryLive.Inventory;

/// <summary>
/// Counts a whole year at once, from every reader's swipes and every booking: the reference the grains'
/// live counts are checked against, and what a report of a year not kept by grains can be made from.
/// </summary>
public static class AnnualInventory
{
    public static IReadOnlyDictionary<Award, Standings> Count(
        int year,
        IEnumerable<KeyValuePair<string, IReadOnlyList<ReaderSwipe>>> readers,
        IEnumerable<BookingOutcome> bookings,
        LibraryCalendar calendar,
        int places = Awards.Places)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var figures = new List<(string StudentId, ReaderFigures Figures)>();
        var dates = new DateTally();
        foreach (var (studentId, swipes) in readers)
        {
            var diary = ReaderDiary.Write(swipes, calendar).Values;
            figures.Add((studentId, ReaderFigures.Over(diary, from, to)));
            dates.Add(diary, year);
        }

        var seats = new SeatTally();
        foreach (var booking in bookings.Where(b => calendar.DateOf(b.Start).Year == year))
        {
            seats.Add(booking);
        }

        var awards = Awards.ReaderAwards.ToDictionary(
            award => award,
            award => Standings.Of(figures.Select(f => new Placing(f.StudentId, f.Figures.Score(award))), places));
        awards[Award.PopularSeat] = seats.PopularSeats(places);
        awards[Award.LoyalSeat] = seats.LoyalPairs(places);
        awards[Award.BusiestNight] = dates.BusiestNights(places);
        awards[Award.BusiestDay] = dates.BusiestDays(places);
        return awards;
    }
}
