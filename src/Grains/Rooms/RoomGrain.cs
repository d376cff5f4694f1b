using LibraryLive.Layout;
using LibraryLive.Seats;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Utilities;

namespace LibraryLive.Rooms;

public sealed class RoomGrain(
    LibraryLayout layout,
    IOptions<PushOptions> options,
    ILogger<RoomGrain> logger) : Grain, IRoomGrain
{
    private readonly Dictionary<string, SeatView> _seats = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SeatView> _pending = new(StringComparer.Ordinal);
    private ObserverManager<IRoomObserver> _observers = null!;
    private string _roomId = "";

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _roomId = this.GetPrimaryKeyString();
        if (!layout.RoomsById.TryGetValue(_roomId, out var room))
        {
            throw new InvalidOperationException($"Room '{_roomId}' is not in the library layout.");
        }

        _observers = new ObserverManager<IRoomObserver>(options.Value.SubscriptionLifetime, logger);

        var views = await Task.WhenAll(room.Seats.Select(s => GrainFactory.GetGrain<ISeatGrain>(s.Id).GetView()));
        foreach (var view in views)
        {
            _seats[view.SeatId] = view;
        }

        // Changes are gathered and sent at most once per interval, so a busy room costs one push per
        // interval rather than one per seat change.
        this.RegisterGrainTimer(
            PushPending,
            new GrainTimerCreationOptions(options.Value.PushInterval, options.Value.PushInterval));
    }

    public Task SeatChanged(SeatView seat)
    {
        if (_seats.TryGetValue(seat.SeatId, out var known) && known.Version >= seat.Version)
        {
            return Task.CompletedTask;
        }

        _seats[seat.SeatId] = seat;
        _pending[seat.SeatId] = seat;
        return Task.CompletedTask;
    }

    public Task<RoomSnapshot> GetSnapshot() =>
        Task.FromResult(new RoomSnapshot(_roomId, RoomCounts.Of(_seats.Values), _seats.Values.ToArray()));

    public Task Subscribe(IRoomObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IRoomObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    private Task PushPending(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return Task.CompletedTask;
        }

        var update = new RoomUpdate(_roomId, RoomCounts.Of(_seats.Values), _pending.Values.ToArray());
        _pending.Clear();

        // The observer method is one-way, so this does not wait for any host.
        return _observers.Notify(o => o.RoomChanged(update));
    }
}
