using LibraryLive.Layout;
using LibraryLive.Rooms;
using LibraryLive.Rules;
using LibraryLive.Seats;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Utilities;

namespace LibraryLive.Desk;

[GenerateSerializer, Alias("front-desk-state")]
public sealed class FrontDeskState
{
    /// <summary>The latest notable events (no-shows, expired holds, violations, bars, closed seats).</summary>
    [Id(0)] public List<DeskEvent> Recent { get; set; } = [];

    [Id(1)] public Dictionary<string, DateTimeOffset> Bars { get; set; } = [];
}

public sealed class FrontDeskGrain(
    [PersistentState("front-desk", StorageNames.Library)] IPersistentState<FrontDeskState> state,
    LibraryLayout layout,
    IOptions<SeatRulesOptions> rules,
    IOptions<PushOptions> push,
    TimeProvider time,
    ILogger<FrontDeskGrain> logger) : Grain, IFrontDeskGrain
{
    private const int RecentKept = 100;

    private static readonly HashSet<DeskEventKind> Notable =
    [
        DeskEventKind.NoShow, DeskEventKind.AwayExpired, DeskEventKind.Violation, DeskEventKind.Barred,
        DeskEventKind.BarLifted, DeskEventKind.SeatClosed, DeskEventKind.SeatReopened,
    ];

    // What is live now is rebuilt from the seats on activation, so only the history is stored.
    private readonly Dictionary<string, DeskEntry> _awaiting = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DeskEntry> _away = new(StringComparer.Ordinal);
    private ObserverManager<IDeskObserver> _observers = null!;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _observers = new ObserverManager<IDeskObserver>(push.Value.SubscriptionLifetime, logger);

        var now = time.GetUtcNow();
        var seats = await Task.WhenAll(layout.SeatsById.Keys
            .Select(id => GrainFactory.GetGrain<ISeatGrain>(id).GetDetail()));
        foreach (var seat in seats)
        {
            var label = seat.View.Label;
            foreach (var booking in seat.Bookings)
            {
                if (booking.CheckedInAt is null && booking.Start - rules.Value.CheckInOpensBefore <= now)
                {
                    _awaiting[booking.BookingId] = new DeskEntry(booking.BookingId, booking.StudentId, seat.View.SeatId,
                        label, booking.Start + rules.Value.CheckInClosesAfter);
                }
                else if (booking.AwayUntil is { } until)
                {
                    _away[booking.BookingId] = new DeskEntry(
                        booking.BookingId,
                        booking.StudentId,
                        seat.View.SeatId,
                        label,
                        until);
                }
            }
        }
    }

    public async Task Record(DeskEvent deskEvent)
    {
        Apply(deskEvent);
        await _observers.Notify(o => o.Happened(deskEvent));

        if (Notable.Contains(deskEvent.Kind))
        {
            state.State.Recent.Add(deskEvent);
            if (state.State.Recent.Count > RecentKept)
            {
                state.State.Recent.RemoveAt(0);
            }

            await state.WriteStateAsync();
        }
    }

    public Task<DeskBoard> GetBoard()
    {
        var now = time.GetUtcNow();
        var bars = state.State.Bars.Where(b => b.Value > now).ToDictionary();
        return Task.FromResult(new DeskBoard(
            now,
            _awaiting.Values.OrderBy(e => e.Deadline).ToArray(),
            _away.Values.OrderBy(e => e.Deadline).ToArray(),
            state.State.Recent.AsEnumerable().Reverse().ToArray(),
            bars));
    }

    public Task Subscribe(IDeskObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IDeskObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    /// <summary>The board line an event about a booking makes, with its deadline.</summary>
    private static DeskEntry? EntryOf(DeskEvent e) =>
        e is { BookingId: { } booking, StudentId: { } student, SeatId: { } seat }
            ? new DeskEntry(booking, student, seat, e.SeatLabel ?? seat, e.Deadline ?? e.At)
            : null;

    private void Apply(DeskEvent e)
    {
        switch (e.Kind)
        {
            case DeskEventKind.AwaitingCheckIn when EntryOf(e) is { } entry:
                _awaiting[entry.BookingId] = entry;
                break;
            case DeskEventKind.SteppedAway when EntryOf(e) is { } entry:
                _away[entry.BookingId] = entry;
                break;
            case DeskEventKind.CheckedIn or DeskEventKind.NoShow when e.BookingId is not null:
                _awaiting.Remove(e.BookingId);
                break;
            case DeskEventKind.Returned or DeskEventKind.AwayExpired when e.BookingId is not null:
                _away.Remove(e.BookingId);
                break;
            case DeskEventKind.BookingEnded when e.BookingId is not null:
                _awaiting.Remove(e.BookingId);
                _away.Remove(e.BookingId);
                break;
            case DeskEventKind.Barred when e is { StudentId: not null, Deadline: not null }:
                state.State.Bars[e.StudentId] = e.Deadline.Value;
                break;
            case DeskEventKind.BarLifted when e.StudentId is not null:
                state.State.Bars.Remove(e.StudentId);
                break;
        }
    }
}
