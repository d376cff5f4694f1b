using LibraryLive.Seats;
using Orleans.Concurrency;

namespace LibraryLive.Rooms;

/// <summary>
/// One room: the live state of its seats and their counts, pushed in batches to observing hosts.
/// Keyed by room id. Its state is rebuilt from the seats on activation, so it stores nothing.
/// </summary>
public interface IRoomGrain : IGrainWithStringKey
{
    // One-way: a seat never waits for its room. The room may be activating and asking that very seat for
    // its view, and the room's state is derived, so a lost notice is repaired by the next snapshot.
    [OneWay]
    Task SeatChanged(SeatView seat);

    Task<RoomSnapshot> GetSnapshot();

    /// <summary>Subscribes an observer; subscriptions expire, so observers renew them periodically.</summary>
    Task Subscribe(IRoomObserver observer);

    Task Unsubscribe(IRoomObserver observer);
}
