using LibraryLive.Seats;

namespace LibraryLive.Rooms;

[GenerateSerializer, Immutable, Alias("room-counts")]
public sealed record RoomCounts(
    [property: Id(0)] int Total,
    [property: Id(1)] int Free,
    [property: Id(2)] int Booked,
    [property: Id(3)] int Occupied,
    [property: Id(4)] int Away,
    [property: Id(5)] int Blocked)
{
    public static RoomCounts Of(IEnumerable<SeatView> seats)
    {
        int total = 0, free = 0, booked = 0, occupied = 0, away = 0, blocked = 0;
        foreach (var seat in seats)
        {
            total++;
            switch (seat.Status)
            {
                case SeatStatus.Free: free++; break;
                case SeatStatus.Booked: booked++; break;
                case SeatStatus.Occupied: occupied++; break;
                case SeatStatus.Away: away++; break;
                case SeatStatus.Blocked: blocked++; break;
            }
        }

        return new RoomCounts(total, free, booked, occupied, away, blocked);
    }
}

/// <summary>Everything a screen needs to draw a room from scratch.</summary>
[GenerateSerializer, Immutable, Alias("room-snapshot")]
public sealed record RoomSnapshot(
    [property: Id(0)] string RoomId,
    [property: Id(1)] RoomCounts Counts,
    [property: Id(2)] IReadOnlyList<SeatView> Seats);

/// <summary>The seats of a room that changed since the last update, with the room's new counts.</summary>
[GenerateSerializer, Immutable, Alias("room-update")]
public sealed record RoomUpdate(
    [property: Id(0)] string RoomId,
    [property: Id(1)] RoomCounts Counts,
    [property: Id(2)] IReadOnlyList<SeatView> Changes);
