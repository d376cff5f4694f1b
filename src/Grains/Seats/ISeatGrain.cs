using Orleans.Concurrency;

namespace LibraryLive.Seats;

/// <summary>
/// One seat: its bookings, whether someone sits there or stepped away, whether staff closed it, and the
/// deadlines that follow from its bookings (kept by a reminder, so they fire across restarts). Keyed by seat id.
/// </summary>
public interface ISeatGrain : IGrainWithStringKey
{
    /// <summary>Holds the seat for a booking; refused if another booking overlaps. Idempotent per booking id.</summary>
    Task<SeatAnswer> Reserve(Booking booking);

    /// <summary>Checks a booking in, or brings back a student who stepped away.</summary>
    Task<SeatAnswer> CheckIn(string bookingId, DateTimeOffset at);

    /// <summary>The student steps away; the seat is held for them for a while (longer at mealtimes).</summary>
    Task<SeatAnswer> StepAway(string bookingId, DateTimeOffset at);

    /// <summary>Ends a booking at the student's request (cancelled before check-in, or left). Idempotent.</summary>
    Task<SeatAnswer> Release(string bookingId, BookingEnd reason, DateTimeOffset at);

    /// <summary>
    /// Offers the free seat to a waiting student for a while: only they can book it until the offer runs out.
    /// Returns false if the seat is no longer free.
    /// </summary>
    Task<bool> Offer(string studentId);

    /// <summary>Staff close the seat: its bookings end and nobody can book it until it reopens.</summary>
    Task Close();

    Task Reopen();

    /// <summary>Staff free the seat by hand (a bag left on a desk): the current booking ends.</summary>
    Task<SeatAnswer> ReleaseByStaff();

    /// <summary>The public view; interleaves, so a room activating during a seat's own call is not blocked.</summary>
    [AlwaysInterleave]
    Task<SeatView> GetView();

    /// <summary>For staff: the seat with its bookings, student ids included.</summary>
    Task<SeatDetail> GetDetail();
}

[GenerateSerializer, Immutable, Alias("seat-answer")]
public sealed record SeatAnswer(
    [property: Id(0)] bool Ok,
    [property: Id(1)] string? Reason = null,
    [property: Id(2)] DateTimeOffset? HeldUntil = null)
{
    public static readonly SeatAnswer Done = new(true);

    public static SeatAnswer No(string reason) => new(false, reason);
}

[GenerateSerializer, Immutable, Alias("seat-detail")]
public sealed record SeatDetail(
    [property: Id(0)] SeatView View,
    [property: Id(1)] IReadOnlyList<Booking> Bookings,
    [property: Id(2)] bool Closed);
