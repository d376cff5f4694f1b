using LibraryLive.Messages;

namespace LibraryLive.Rush;

/// <summary>
/// The evening rush for one library-local date ("yyyy-MM-dd"): requests for that day arriving in the first
/// seconds after bookings open are gathered and allocated by lottery, then first come first served.
/// </summary>
public interface IRushGrain : IGrainWithStringKey
{
    /// <summary>
    /// Enters the draw during the window and answers once the student's seat is booked (or refused); after the
    /// window, waits for the draw to finish and books the first choice, first come first served.
    /// </summary>
    Task<Receipt> Request(RushRequest request);

    /// <summary>For staff and tests: how many students are in the draw and whether it has been made.</summary>
    Task<RushSummary> GetSummary();
}

/// <summary>A booking for tomorrow: the first choice, then alternatives in the student's order of preference.</summary>
[GenerateSerializer, Immutable, Alias("rush-request")]
public sealed record RushRequest(
    [property: Id(0)] string StudentId,
    [property: Id(1)] string CommandId,
    [property: Id(2)] IReadOnlyList<string> Choices,
    [property: Id(3)] DateTimeOffset Start,
    [property: Id(4)] DateTimeOffset End)
{
    /// <summary>Beyond a few alternatives the nearest similar seat serves better than a longer list.</summary>
    public const int MostAlternatives = 5;

    public string FirstChoice => Choices[0];
}

[GenerateSerializer, Immutable, Alias("rush-summary")]
public sealed record RushSummary(
    [property: Id(0)] string Date,
    [property: Id(1)] int Entrants,
    [property: Id(2)] bool Drawn);
