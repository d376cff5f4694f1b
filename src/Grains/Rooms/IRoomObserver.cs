using Orleans.Concurrency;

namespace LibraryLive.Rooms;

/// <summary>A host that relays a room's changes to the screens connected to it.</summary>
public interface IRoomObserver : IGrainObserver
{
    [OneWay]
    Task RoomChanged(RoomUpdate update);
}
