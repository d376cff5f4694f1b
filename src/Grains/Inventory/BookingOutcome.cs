namespace LibraryLive.Inventory;

public enum BookingStatus
{
    Completed,
    NoShow,
    Cancelled,
}

/// <summary>
/// How a booking ended. Completed and no-show bookings count for the seat awards; cancelled ones do not.
/// </summary>
[GenerateSerializer, Immutable, Alias("booking-outcome")]
public sealed record BookingOutcome(
    [property: Id(0)] string BookingId,
    [property: Id(1)] string StudentId,
    [property: Id(2)] string SeatId,
    [property: Id(3)] DateTimeOffset Start,
    [property: Id(4)] BookingStatus Status)
{
    public bool Counts => Status != BookingStatus.Cancelled;
}
