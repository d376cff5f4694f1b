namespace LibraryLive.Students;

// Each command carries an id chosen by the sender; sending it again changes nothing.

[GenerateSerializer, Immutable, Alias("book-seat")]
public sealed record BookSeat(
    [property: Id(0)] string CommandId,
    [property: Id(1)] string SeatId,
    [property: Id(2)] DateTimeOffset Start,
    [property: Id(3)] DateTimeOffset End);

[GenerateSerializer, Immutable, Alias("cancel-booking")]
public sealed record CancelBooking([property: Id(0)] string CommandId, [property: Id(1)] string BookingId);

/// <summary>The student scanned the QR code on the desk.</summary>
[GenerateSerializer, Immutable, Alias("check-in-at-seat")]
public sealed record CheckInAtSeat([property: Id(0)] string CommandId, [property: Id(1)] string SeatId);

[GenerateSerializer, Immutable, Alias("leave-seat")]
public sealed record LeaveSeat([property: Id(0)] string CommandId, [property: Id(1)] string SeatId);

/// <summary>The student steps away from their seat (the button in the app); a swipe out does the same.</summary>
[GenerateSerializer, Immutable, Alias("step-away")]
public sealed record StepAway([property: Id(0)] string CommandId, [property: Id(1)] string SeatId);
