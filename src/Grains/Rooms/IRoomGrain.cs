using LibraryLive.Seats;

namespace LibraryLive.Rooms;

/// <summary>
/// One room: the live state of its seats and their counts, pushed in batches to observing hosts.
/// Keyed by room id. Its state is rebuilt from the seats on activation, so it stores nothing.
/// </summary>
public interface IRoomGrain : IGrainWithStringKey
{
    Task SeatChanged(SeatView seat);

    Task<RoomSnapshot> GetSnapshot();

    /// <summary>Subscribes an observer; subscriptions expire, so observers renew them periodically.</summary>
    Task Subscribe(IRoomObserver observer);

    Task Unsubscribe(IRoomObserver observer);
}
