namespace LibraryLive.Waitlists;

/// <summary>
/// The students waiting for a seat in one room, first come first served, each for any seat or for a seat
/// with a feature (a power outlet, a window). Keyed by room id.
/// </summary>
public interface IWaitlistGrain : IGrainWithStringKey
{
    /// <summary>Joins the queue; a student already waiting keeps their place.</summary>
    Task<int> Join(string studentId, string? feature);

    Task Leave(string studentId);

    /// <summary>A seat of the room became free: it is offered to the first waiter it suits.</summary>
    Task SeatFreed(string seatId);

    Task<IReadOnlyList<Waiter>> List();
}

[GenerateSerializer, Immutable, Alias("waiter")]
public sealed record Waiter(
    [property: Id(0)] string StudentId,
    [property: Id(1)] string? Feature,
    [property: Id(2)] DateTimeOffset Since);
