using LibraryLive.Messages;

namespace LibraryLive.Students;

[GenerateSerializer, Alias("student-state")]
public sealed class StudentState
{
    [Id(0)] public bool InBuilding { get; set; }

    /// <summary>The room with gates of its own (the 24-hour room) the student is in, if any.</summary>
    [Id(1)] public string? InRoom { get; set; }

    [Id(2)] public StudentBooking? Booking { get; set; }

    [Id(3)] public Visit? Today { get; set; }

    /// <summary>The answers to the most recent messages, so that a repeated message gets the same answer.</summary>
    [Id(4)] public List<Receipt> Recent { get; set; } = [];

    /// <summary>Violations of the last period (older ones are dropped as new ones arrive).</summary>
    [Id(5)] public List<Violation> Violations { get; set; } = [];

    [Id(6)] public DateTimeOffset? BarredUntil { get; set; }

    /// <summary>When staff last lifted a bar: violations before it do not count towards a new one.</summary>
    [Id(7)] public DateTimeOffset? ForgivenBefore { get; set; }

    /// <summary>Bookings the seat ended on its own, so a late or repeated notice changes nothing.</summary>
    [Id(8)] public List<string> EndedBookings { get; set; } = [];

    /// <summary>The last booking a seat ended, so a late check-in is told why rather than "no booking".</summary>
    [Id(9)] public BookingEnded? LastEnded { get; set; }
}
