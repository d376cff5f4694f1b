using LibraryLive.Gates;
using LibraryLive.Messages;

namespace LibraryLive.Students;

/// <summary>
/// One student: where they are, their booking and today's visit. Keyed by student id. Every message
/// about a student (a swipe of their card, a booking command) enters here, so duplicates are caught here.
/// </summary>
public interface IStudentGrain : IGrainWithStringKey
{
    Task<Receipt> Swipe(GateSwipe swipe);

    Task<Receipt> Book(BookSeat command);

    Task<Receipt> Cancel(CancelBooking command);

    Task<Receipt> CheckIn(CheckInAtSeat command);

    Task<Receipt> Leave(LeaveSeat command);

    Task<StudentStatus> GetStatus();
}

[GenerateSerializer, Immutable, Alias("student-booking")]
public sealed record StudentBooking(
    [property: Id(0)] string BookingId,
    [property: Id(1)] string SeatId,
    [property: Id(2)] DateTimeOffset Start,
    [property: Id(3)] DateTimeOffset End,
    [property: Id(4)] DateTimeOffset? CheckedInAt);

[GenerateSerializer, Immutable, Alias("visit")]
public sealed record Visit(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] DateTimeOffset FirstIn,
    [property: Id(2)] int Entries);

[GenerateSerializer, Immutable, Alias("student-status")]
public sealed record StudentStatus(
    [property: Id(0)] string StudentId,
    [property: Id(1)] bool InBuilding,
    [property: Id(2)] string? InRoom,
    [property: Id(3)] StudentBooking? Booking,
    [property: Id(4)] Visit? Today);
