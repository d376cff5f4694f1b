namespace LibraryLive.Gates;

public enum SwipeDirection
{
    In,
    Out,
}

/// <summary>A card swiped at a gate. The event id is the gate system's own, unique per swipe.</summary>
[GenerateSerializer, Immutable, Alias("gate-swipe")]
public sealed record GateSwipe(
    [property: Id(0)] string EventId,
    [property: Id(1)] string CardId,
    [property: Id(2)] string GateId,
    [property: Id(3)] SwipeDirection Direction,
    [property: Id(4)] DateTimeOffset At);
