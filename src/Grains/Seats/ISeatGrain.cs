using Orleans.Concurrency;

namespace LibraryLive.Seats;

/// <summary>One seat: its bookings and whether someone sits there. Keyed by seat id.</summary>
public interface ISeatGrain : IGrainWithStringKey
{
    /// <summary>Holds the seat for a booking; refused if another booking overlaps. Idempotent per booking id.</summary>
    Task<SeatAnswer> Reserve(Booking booking);

    Task<SeatAnswer> CheckIn(string bookingId, DateTimeOffset at);

    /// <summary>Ends a booking (cancelled before check-in, or the student left). Idempotent.</summary>
    Task<SeatAnswer> Release(string bookingId, BookingEnd reason, DateTimeOffset at);

    /// <summary>The public view; interleaves, so a room activating during a seat's own call is not blocked.</summary>
    [AlwaysInterleave]
    Task<SeatView> GetView();

    /// <summary>For staff: the seat with its bookings, student ids included.</summary>
    Task<SeatDetail> GetDetail();
}

[GenerateSerializer, Immutable, Alias("seat-answer")]
public sealed record SeatAnswer([property: Id(0)] bool Ok, [property: Id(1)] string? Reason = null)
{
    public static readonly SeatAnswer Done = new(true);

    public static SeatAnswer No(string reason) => new(false, reason);
}

[GenerateSerializer, Immutable, Alias("seat-detail")]
public sealed record SeatDetail([property: Id(0)] SeatView View, [property: Id(1)] IReadOnlyList<Booking> Bookings);
