using LibraryLive.Layout;
using LibraryLive.Seats;

namespace LibraryLive.Web.Staff;

public enum RoomPattern
{
    /// <summary>Every seat open again.</summary>
    None,

    /// <summary>Every other seat closed, alternating row by row (the epidemic arrangement).</summary>
    EveryOther,
}

/// <summary>The answer to a room-wide action: what was closed, and seats in use that were left alone.</summary>
public sealed record RoomActionResult(string RoomId, int Closed, int Open, IReadOnlyList<string> InUseLeftOpen);

/// <summary>
/// Staff actions on whole rooms, carried out seat by seat. Seats in use (booked, occupied, away) are never
/// closed by a room-wide action: they are reported, and staff close them by hand once free.
/// </summary>
public sealed class StaffActions(IGrainFactory grains)
{
    public Task<RoomActionResult> CloseRoom(Room room) => Arrange(room, _ => true);

    public Task<RoomActionResult> ApplyPattern(Room room, RoomPattern pattern) => pattern switch
    {
        RoomPattern.EveryOther => Arrange(room, EveryOtherSeat(room)),
        _ => Arrange(room, _ => false),
    };

    /// <summary>Keeps <paramref name="capacity"/> seats open, spread evenly over the room; closes the rest.</summary>
    public Task<RoomActionResult> Cap(Room room, int capacity)
    {
        var ordered = Ordered(room).ToList();
        var keep = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(capacity, ordered.Count); i++)
        {
            keep.Add(ordered[(int)((long)i * ordered.Count / Math.Max(capacity, 1))].Id);
        }

        return Arrange(room, seat => !keep.Contains(seat.Id));
    }

    private async Task<RoomActionResult> Arrange(Room room, Func<Seat, bool> close)
    {
        var results = await Task.WhenAll(room.Seats.Select(async seat =>
        {
            var grain = grains.GetGrain<ISeatGrain>(seat.Id);
            if (!close(seat))
            {
                await grain.Reopen();
                return (seat, closed: false, skipped: false);
            }

            var view = await grain.GetView();
            if (view.Status is SeatStatus.Booked or SeatStatus.Occupied or SeatStatus.Away)
            {
                return (seat, closed: false, skipped: true);
            }

            await grain.Close();
            return (seat, closed: true, skipped: false);
        }));

        return new RoomActionResult(
            room.Id,
            results.Count(r => r.closed),
            results.Count(r => !r.closed),
            results.Where(r => r.skipped).Select(r => r.seat.Id).Order().ToArray());
    }

    private static Func<Seat, bool> EveryOtherSeat(Room room)
    {
        var closed = new HashSet<string>(StringComparer.Ordinal);
        var row = 0;
        foreach (var line in room.Seats.GroupBy(s => Math.Round(s.Y, 1)).OrderBy(g => g.Key))
        {
            var column = 0;
            foreach (var seat in line.OrderBy(s => s.X))
            {
                if ((row + column) % 2 == 1)
                {
                    closed.Add(seat.Id);
                }

                column++;
            }

            row++;
        }

        return seat => closed.Contains(seat.Id);
    }

    private static IEnumerable<Seat> Ordered(Room room) => room.Seats.OrderBy(s => s.Y).ThenBy(s => s.X);
}
