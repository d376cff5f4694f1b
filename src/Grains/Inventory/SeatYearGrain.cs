using LibraryLive.Rankings;

namespace LibraryLive.Inventory;

[GenerateSerializer, Alias("seat-year-state")]
public sealed class SeatYearState
{
    /// <summary>The student of each counted booking, by booking id.</summary>
    [Id(0)] public Dictionary<string, string> Bookings { get; set; } = new(StringComparer.Ordinal);
}

public sealed class SeatYearGrain(
    [PersistentState("seat-year", StorageNames.Library)] IPersistentState<SeatYearState> state)
    : Grain, ISeatYearGrain
{
    public async Task Count(IReadOnlyList<BookingOutcome> bookings)
    {
        var (seatId, year) = YearKeys.Split(this.GetPrimaryKeyString());
        var before = LoyalPairs(seatId);
        var added = bookings.Where(b => b.Counts).Count(b => state.State.Bookings.TryAdd(b.BookingId, b.StudentId));
        if (added == 0)
        {
            return;
        }

        await state.WriteStateAsync();
        var after = LoyalPairs(seatId);
        var dropped = before.Keys.Except(after.Keys).Select(pair => new Placing(pair, 0));
        await Task.WhenAll(
            GrainFactory.Board(Award.PopularSeat, year).Set([new Placing(seatId, state.State.Bookings.Count)]),
            GrainFactory.Board(Award.LoyalSeat, year).Set(after
                .Select(p => new Placing(p.Key, p.Value))
                .Concat(dropped)
                .ToArray()));
    }

    public Task<int> GetBookings() => Task.FromResult(state.State.Bookings.Count);

    // Only the seat's best pairs can be among the year's best, so only they go to the loyalSeat ranking:
    // its first places in ranking order, and every pair tied with its best.
    private Dictionary<string, long> LoyalPairs(string seatId)
    {
        var pairs = state.State.Bookings.Values
            .GroupBy(student => student, StringComparer.Ordinal)
            .Select(g => new Placing(Awards.PairId(g.Key, seatId), g.Count()));
        var head = Standings.Of(pairs, Awards.Places);
        return head.Top
            .Concat(head.Tied)
            .DistinctBy(p => p.Id)
            .ToDictionary(p => p.Id, p => p.Value, StringComparer.Ordinal);
    }
}
