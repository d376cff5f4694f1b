using LibraryLive.Gates;

namespace LibraryLive.Inventory;

/// <summary>Where a swipe takes a reader: through a building gate, or a gate of the 24-hour room.</summary>
public enum ReaderPlace
{
    Building,
    AllHoursRoom,
}

/// <summary>One accepted gate swipe of a reader, as the inventory counts it. The event id is the gate's.</summary>
[GenerateSerializer, Immutable, Alias("reader-swipe")]
public sealed record ReaderSwipe(
    [property: Id(0)] string EventId,
    [property: Id(1)] ReaderPlace Place,
    [property: Id(2)] SwipeDirection Direction,
    [property: Id(3)] DateTimeOffset At)
{
    public bool IsIn => Direction == SwipeDirection.In;
}
