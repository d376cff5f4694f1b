namespace LibraryLive.Seats;

/// <summary>How a booking ended.</summary>
public enum BookingEnd
{
    /// <summary>The student cancelled before checking in.</summary>
    Cancelled,

    /// <summary>The student left the seat for good.</summary>
    Left,

    /// <summary>Not checked in when the check-in window closed: a violation.</summary>
    NoShow,

    /// <summary>Stepped away and not back before the hold ran out: a violation.</summary>
    AwayExpired,

    /// <summary>The booked time ran out (or the library closed).</summary>
    Finished,

    /// <summary>Staff closed the seat or released it by hand.</summary>
    ReleasedByStaff,
}

/// <summary>A seat held for one student for a time range, as the seat remembers it.</summary>
[GenerateSerializer, Alias("seat-booking")]
public sealed record Booking(
    [property: Id(0)] string BookingId,
    [property: Id(1)] string StudentId,
    [property: Id(2)] DateTimeOffset Start,
    [property: Id(3)] DateTimeOffset End,
    [property: Id(4)] DateTimeOffset? CheckedInAt = null)
{
    /// <summary>While the student is away: when the hold runs out.</summary>
    [Id(5)] public DateTimeOffset? AwayUntil { get; init; }

    [Id(6)] public bool CheckInReminded { get; init; }

    [Id(7)] public bool AwayReminded { get; init; }

    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => start < End && Start < end;
}

/// <summary>A free seat offered to the first student on the room's waitlist, until a moment.</summary>
[GenerateSerializer, Immutable, Alias("seat-offer")]
public sealed record SeatOffer([property: Id(0)] string StudentId, [property: Id(1)] DateTimeOffset Until);
