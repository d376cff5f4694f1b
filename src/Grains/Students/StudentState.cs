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
}
