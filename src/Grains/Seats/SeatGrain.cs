using LibraryLive.Layout;
using LibraryLive.Rooms;
using LibraryLive.Rules;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LibraryLive.Seats;

[GenerateSerializer, Alias("seat-state")]
public sealed class SeatState
{
    [Id(0)] public List<Booking> Bookings { get; set; } = [];

    /// <summary>Bookings that ended recently, so that a repeated release is recognised.</summary>
    [Id(1)] public List<string> RecentlyEnded { get; set; } = [];

    [Id(2)] public long Version { get; set; }

    [Id(3)] public bool Blocked { get; set; }

    [Id(4)] public SeatStatus LastStatus { get; set; }
}

public sealed partial class SeatGrain(
    [PersistentState("seat", StorageNames.Library)] IPersistentState<SeatState> state,
    LibraryLayout layout,
    IOptions<SeatRulesOptions> rules,
    TimeProvider time,
    ILogger<SeatGrain> logger) : Grain, ISeatGrain
{
    private const int RecentlyEndedKept = 32;

    private Seat _seat = null!;

    private SeatState State => state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var id = this.GetPrimaryKeyString();
        _seat = layout.SeatsById.TryGetValue(id, out var seat)
            ? seat
            : throw new InvalidOperationException($"Seat '{id}' is not in the library layout.");
        return Task.CompletedTask;
    }

    public async Task<SeatAnswer> Reserve(Booking booking)
    {
        if (State.Bookings.Any(b => b.BookingId == booking.BookingId))
        {
            return SeatAnswer.Done;
        }

        if (State.Blocked)
        {
            return SeatAnswer.No($"seat {_seat.Label} is closed by the library");
        }

        var clash = State.Bookings.FirstOrDefault(b => b.Overlaps(booking.Start, booking.End));
        if (clash is not null)
        {
            return SeatAnswer.No(
                $"seat {_seat.Label} is already booked from {Local(clash.Start):HH:mm} to {Local(clash.End):HH:mm}");
        }

        State.Bookings.Add(booking);
        State.Bookings.Sort((a, b) => a.Start.CompareTo(b.Start));
        await SaveAndPublish();
        return SeatAnswer.Done;
    }

    public async Task<SeatAnswer> CheckIn(string bookingId, DateTimeOffset at)
    {
        var index = State.Bookings.FindIndex(b => b.BookingId == bookingId);
        if (index < 0)
        {
            return SeatAnswer.No($"seat {_seat.Label} holds no such booking");
        }

        if (State.Bookings[index].CheckedInAt is not null)
        {
            return SeatAnswer.Done;
        }

        State.Bookings[index] = State.Bookings[index] with { CheckedInAt = at };
        await SaveAndPublish();
        LogCheckedIn(_seat.Id, bookingId);
        return SeatAnswer.Done;
    }

    public async Task<SeatAnswer> Release(string bookingId, BookingEnd reason, DateTimeOffset at)
    {
        var index = State.Bookings.FindIndex(b => b.BookingId == bookingId);
        if (index < 0)
        {
            return State.RecentlyEnded.Contains(bookingId)
                ? SeatAnswer.Done
                : SeatAnswer.No($"seat {_seat.Label} holds no such booking");
        }

        State.Bookings.RemoveAt(index);
        State.RecentlyEnded.Add(bookingId);
        if (State.RecentlyEnded.Count > RecentlyEndedKept)
        {
            State.RecentlyEnded.RemoveAt(0);
        }

        await SaveAndPublish();
        LogReleased(_seat.Id, bookingId, reason);
        return SeatAnswer.Done;
    }

    public Task<SeatView> GetView() => Task.FromResult(View());

    public Task<SeatDetail> GetDetail() => Task.FromResult(new SeatDetail(View(), State.Bookings.ToArray()));

    private SeatView View() => new(_seat.Id, _seat.Label, CurrentStatus(), State.Version);

    // Limitation: a booking made for later turns the seat "booked" only when the seat next handles a
    // message; the durable deadlines of the seat rules (issue 3) will wake the seat when its window opens.
    private SeatStatus CurrentStatus()
    {
        if (State.Blocked)
        {
            return SeatStatus.Blocked;
        }

        if (State.Bookings.Any(b => b.CheckedInAt is not null))
        {
            return SeatStatus.Occupied;
        }

        var now = time.GetUtcNow();
        var options = rules.Value;
        var held = State.Bookings.Any(b =>
            b.Start - options.CheckInOpensBefore <= now && now <= b.Start + options.CheckInClosesAfter);
        return held ? SeatStatus.Booked : SeatStatus.Free;
    }

    private async Task SaveAndPublish()
    {
        var status = CurrentStatus();
        var changed = status != State.LastStatus;
        if (changed)
        {
            State.LastStatus = status;
            State.Version++;
        }

        await state.WriteStateAsync();

        if (changed)
        {
            await GrainFactory.GetGrain<IRoomGrain>(_seat.RoomId).SeatChanged(View());
        }
    }

    private DateTimeOffset Local(DateTimeOffset instant) => layout.ToLocal(instant);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Seat {SeatId} checked in for booking {BookingId}")]
    private partial void LogCheckedIn(string seatId, string bookingId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Seat {SeatId} released booking {BookingId}: {Reason}")]
    private partial void LogReleased(string seatId, string bookingId, BookingEnd reason);
}
