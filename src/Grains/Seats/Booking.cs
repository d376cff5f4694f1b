namespace LibraryLive.Seats;

public enum BookingEnd
{
    Cancelled,
    Left,
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
    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => start < End && Start < end;
}
