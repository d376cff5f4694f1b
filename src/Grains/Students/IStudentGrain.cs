using LibraryLive.Gates;
using LibraryLive.Messages;
using LibraryLive.Seats;

namespace LibraryLive.Students;

/// <summary>
/// One student: where they are, their booking, today's visit, their violations and any bar. Keyed by student
/// id. Every message about a student (a swipe of their card, a booking command) enters here, so duplicates
/// are caught here.
/// </summary>
public interface IStudentGrain : IGrainWithStringKey
{
    Task<Receipt> Swipe(GateSwipe swipe);

    Task<Receipt> Book(BookSeat command);

    Task<Receipt> Cancel(CancelBooking command);

    Task<Receipt> CheckIn(CheckInAtSeat command);

    Task<Receipt> StepAway(StepAway command);

    Task<Receipt> Leave(LeaveSeat command);

    /// <summary>
    /// The seat ended the student's booking on its own (a no-show, an away hold run out, time up, staff).
    /// Seats send this without waiting for the answer, so a seat never waits on a student.
    /// </summary>
    Task BookingEnded(BookingEnded ended);

    /// <summary>Staff lift a bar; violations before this moment no longer count towards a new one.</summary>
    Task LiftBar();

    Task<StudentStatus> GetStatus();
}

[GenerateSerializer, Immutable, Alias("booking-ended")]
public sealed record BookingEnded(
    [property: Id(0)] string BookingId,
    [property: Id(1)] string SeatId,
    [property: Id(2)] BookingEnd Reason,
    [property: Id(3)] DateTimeOffset At);

[GenerateSerializer, Immutable, Alias("student-booking")]
public sealed record StudentBooking(
    [property: Id(0)] string BookingId,
    [property: Id(1)] string SeatId,
    [property: Id(2)] DateTimeOffset Start,
    [property: Id(3)] DateTimeOffset End,
    [property: Id(4)] DateTimeOffset? CheckedInAt,
    [property: Id(5)] DateTimeOffset? AwayUntil = null);

[GenerateSerializer, Immutable, Alias("visit")]
public sealed record Visit(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] DateTimeOffset FirstIn,
    [property: Id(2)] int Entries);

[GenerateSerializer, Immutable, Alias("violation")]
public sealed record Violation(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] BookingEnd Kind,
    [property: Id(2)] string SeatId);

[GenerateSerializer, Immutable, Alias("student-status")]
public sealed record StudentStatus(
    [property: Id(0)] string StudentId,
    [property: Id(1)] bool InBuilding,
    [property: Id(2)] string? InRoom,
    [property: Id(3)] StudentBooking? Booking,
    [property: Id(4)] Visit? Today,
    [property: Id(5)] IReadOnlyList<Violation> Violations,
    [property: Id(6)] DateTimeOffset? BarredUntil);
