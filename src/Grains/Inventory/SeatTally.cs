namespace LibraryLive.Inventory;

/// <summary>Counts the bookings of one year that count (completed or no-show), each booking once.</summary>
public sealed class SeatTally
{
    private readonly HashSet<string> _counted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _bySeat = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _byPair = new(StringComparer.Ordinal);

    public bool Add(BookingOutcome booking)
    {
        if (!booking.Counts || !_counted.Add(booking.BookingId))
        {
            return false;
        }

        _bySeat[booking.SeatId] = _bySeat.GetValueOrDefault(booking.SeatId) + 1;
        var pair = Awards.PairId(booking.StudentId, booking.SeatId);
        _byPair[pair] = _byPair.GetValueOrDefault(pair) + 1;
        return true;
    }

    public Standings PopularSeats(int top) => Standings.Of(_bySeat.Select(e => new Placing(e.Key, e.Value)), top);

    public Standings LoyalPairs(int top) => Standings.Of(_byPair.Select(e => new Placing(e.Key, e.Value)), top);
}
