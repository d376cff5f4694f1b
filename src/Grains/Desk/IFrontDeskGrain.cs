using Orleans.Concurrency;

namespace LibraryLive.Desk;

/// <summary>
/// The library's front desk: what staff watch live (check-ins awaited with their countdowns, away holds,
/// no-shows, violations, bars) and the relay of each student's own notices. One per library, key "library".
/// </summary>
public interface IFrontDeskGrain : IGrainWithStringKey
{
    public const string Key = "library";

    [OneWay]
    Task Record(DeskEvent deskEvent);

    Task<DeskBoard> GetBoard();

    Task Subscribe(IDeskObserver observer);

    Task Unsubscribe(IDeskObserver observer);
}

public interface IDeskObserver : IGrainObserver
{
    [OneWay]
    Task Happened(DeskEvent deskEvent);
}

[GenerateSerializer, Immutable, Alias("desk-entry")]
public sealed record DeskEntry(
    [property: Id(0)] string BookingId,
    [property: Id(1)] string StudentId,
    [property: Id(2)] string SeatId,
    [property: Id(3)] string SeatLabel,
    [property: Id(4)] DateTimeOffset Deadline);

[GenerateSerializer, Immutable, Alias("desk-board")]
public sealed record DeskBoard(
    [property: Id(0)] DateTimeOffset Now,
    [property: Id(1)] IReadOnlyList<DeskEntry> AwaitingCheckIn,
    [property: Id(2)] IReadOnlyList<DeskEntry> Away,
    [property: Id(3)] IReadOnlyList<DeskEvent> Recent,
    [property: Id(4)] IReadOnlyDictionary<string, DateTimeOffset> Bars);
