namespace LibraryLive.Desk;

public enum DeskEventKind
{
    /// <summary>A booking's check-in window opened; the desk shows it with its countdown.</summary>
    AwaitingCheckIn,
    CheckedIn,
    CheckInReminder,
    NoShow,
    SteppedAway,
    AwayReminder,
    Returned,
    AwayExpired,
    BookingEnded,
    Violation,
    Barred,
    BarLifted,
    SeatClosed,
    SeatReopened,

    /// <summary>A freed seat is offered to the first student waiting for one in its room.</summary>
    SeatOffered,
}

/// <summary>
/// Something the front desk sees. Events naming a student are also delivered to that student's own
/// connection; the message is written for them.
/// </summary>
[GenerateSerializer, Immutable, Alias("desk-event")]
public sealed record DeskEvent(
    [property: Id(0)] DeskEventKind Kind,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string? StudentId,
    [property: Id(3)] string? SeatId,
    [property: Id(4)] string? SeatLabel,
    [property: Id(5)] string? BookingId,
    [property: Id(6)] DateTimeOffset? Deadline,
    [property: Id(7)] string Message);
