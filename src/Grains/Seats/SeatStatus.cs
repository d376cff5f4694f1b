namespace LibraryLive.Seats;

/// <summary>What a lobby screen shows for a seat.</summary>
public enum SeatStatus
{
    Free,

    /// <summary>Held for a booking whose check-in window is open.</summary>
    Booked,

    Occupied,

    /// <summary>The student stepped away; the seat is held for them for a while.</summary>
    Away,

    /// <summary>Closed by staff.</summary>
    Blocked,
}

/// <summary>A seat as public screens see it: no student, only the state. The version orders changes.</summary>
[GenerateSerializer, Immutable, Alias("seat-view")]
public sealed record SeatView(
    [property: Id(0)] string SeatId,
    [property: Id(1)] string Label,
    [property: Id(2)] SeatStatus Status,
    [property: Id(3)] long Version);
