using LibraryLive.Desk;
using LibraryLive.Layout;
using LibraryLive.Rooms;
using LibraryLive.Rules;
using LibraryLive.Students;
using LibraryLive.Waitlists;
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

    [Id(3)] public bool Closed { get; set; }

    [Id(4)] public SeatStatus LastStatus { get; set; }

    /// <summary>When the deadline reminder is set to fire next, so it is only re-registered on change.</summary>
    [Id(5)] public DateTimeOffset? NextWake { get; set; }

    /// <summary>The seat offered to a waiting student, if it is.</summary>
    [Id(6)] public SeatOffer? Offer { get; set; }
}

public sealed partial class SeatGrain(
    [PersistentState("seat", StorageNames.Library)] IPersistentState<SeatState> state,
    LibraryLayout layout,
    IOptions<SeatRulesOptions> rules,
    TimeProvider time,
    ILogger<SeatGrain> logger) : Grain, ISeatGrain, IRemindable
{
    private const string DeadlineReminder = "deadlines";
    private const int RecentlyEndedKept = 32;

    // What to tell others once the state is stored (one-way calls).
    private readonly List<Action> _outbox = [];

    private Seat _seat = null!;

    private SeatState State => state.State;

    private SeatRulesOptions Rules => rules.Value;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var id = this.GetPrimaryKeyString();
        _seat = layout.SeatsById.TryGetValue(id, out var seat)
            ? seat
            : throw new InvalidOperationException($"Seat '{id}' is not in the library layout.");

        // Catch up on whatever fell due while the seat was not active (a restart, a move to another silo).
        await ApplyDueAndSave();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => ApplyDueAndSave();

    public Task<SeatAnswer> Reserve(Booking booking) => Act(() =>
    {
        if (State.Bookings.Any(b => b.BookingId == booking.BookingId))
        {
            return (SeatAnswer.Done, false);
        }

        if (State.Closed)
        {
            return (SeatAnswer.No($"seat {_seat.Label} is closed by the library"), false);
        }

        var clash = State.Bookings.FirstOrDefault(b => b.Overlaps(booking.Start, booking.End));
        if (clash is not null)
        {
            return (SeatAnswer.No(
                $"seat {_seat.Label} is already booked from {Local(clash.Start):HH:mm} "
                + $"to {Local(clash.End):HH:mm}"), false);
        }

        // An offer keeps the seat for the waiter's booking, which starts within the offer and lasts at most the
        // longest booking; later bookings (tomorrow's, say) are not held up by it.
        if (State.Offer is { } offer && offer.StudentId != booking.StudentId
            && booking.Start < offer.Until + Rules.LongestBooking)
        {
            return (SeatAnswer.No(
                $"seat {_seat.Label} is offered to a waiting student until {Local(offer.Until):HH:mm}"), false);
        }

        State.Offer = null;
        State.Bookings.Add(booking);
        State.Bookings.Sort((a, b) => a.Start.CompareTo(b.Start));
        return (SeatAnswer.Done, true);
    });

    public Task<SeatAnswer> CheckIn(string bookingId, DateTimeOffset at) => Act(() =>
    {
        var index = State.Bookings.FindIndex(b => b.BookingId == bookingId);
        if (index < 0)
        {
            return (SeatAnswer.No($"seat {_seat.Label} holds no such booking"), false);
        }

        var booking = State.Bookings[index];
        if (booking.CheckedInAt is null)
        {
            State.Bookings[index] = booking with { CheckedInAt = at };
            Tell(DeskEventKind.CheckedIn, booking, null, $"You are checked in at seat {_seat.Label}.");
            return (SeatAnswer.Done, true);
        }

        if (booking.AwayUntil is not null)
        {
            State.Bookings[index] = booking with { AwayUntil = null, AwayReminded = false };
            Tell(DeskEventKind.Returned, booking, null, $"Welcome back: seat {_seat.Label} is yours again.");
            return (SeatAnswer.Done, true);
        }

        return (SeatAnswer.Done, false);
    });

    public Task<SeatAnswer> StepAway(string bookingId, DateTimeOffset at) => Act(() =>
    {
        var index = State.Bookings.FindIndex(b => b.BookingId == bookingId && b.CheckedInAt is not null);
        if (index < 0)
        {
            return (SeatAnswer.No($"you are not checked in at seat {_seat.Label}"), false);
        }

        var booking = State.Bookings[index];
        if (booking.AwayUntil is { } already)
        {
            return (new SeatAnswer(true, HeldUntil: already), false);
        }

        var until = at + Rules.AwayHoldAt(TimeOnly.FromDateTime(Local(at).DateTime));
        State.Bookings[index] = booking with { AwayUntil = until, AwayReminded = false };
        Tell(DeskEventKind.SteppedAway, booking, until,
            $"Seat {_seat.Label} is held for you until {Local(until):HH:mm}; "
            + "swipe in or check in at the seat to keep it.");
        return (new SeatAnswer(true, HeldUntil: until), true);
    });

    public Task<SeatAnswer> Release(string bookingId, BookingEnd reason, DateTimeOffset at) => Act(() =>
    {
        var booking = State.Bookings.Find(b => b.BookingId == bookingId);
        if (booking is null)
        {
            return (State.RecentlyEnded.Contains(bookingId)
                ? SeatAnswer.Done
                : SeatAnswer.No($"seat {_seat.Label} holds no such booking"), false);
        }

        End(booking, reason, at, tellStudent: false);
        return (SeatAnswer.Done, true);
    });

    public async Task<bool> Offer(string studentId)
    {
        var answer = await Act(() =>
        {
            if (State.Closed || State.Offer is not null || CurrentStatus() != SeatStatus.Free)
            {
                return (SeatAnswer.No("not free"), false);
            }

            var until = time.GetUtcNow() + Rules.WaitlistOffer;
            State.Offer = new SeatOffer(studentId, until);
            var deskEvent = new DeskEvent(
                DeskEventKind.SeatOffered,
                time.GetUtcNow(),
                studentId,
                _seat.Id,
                _seat.Label,
                null,
                until,
                $"Seat {_seat.Label} is free and kept for you: book it by {Local(until):HH:mm}.");
            _outbox.Add(() => GrainFactory.GetGrain<IFrontDeskGrain>(IFrontDeskGrain.Key).Record(deskEvent).Ignore());
            return (SeatAnswer.Done, true);
        });
        return answer.Ok;
    }

    public Task Close() => Act(() =>
    {
        if (State.Closed)
        {
            return (SeatAnswer.Done, false);
        }

        var now = time.GetUtcNow();
        foreach (var booking in State.Bookings.ToArray())
        {
            End(booking, BookingEnd.ReleasedByStaff, now, tellStudent: true);
        }

        State.Closed = true;
        Tell(DeskEventKind.SeatClosed, null, null, $"Seat {_seat.Label} is closed by staff.");
        return (SeatAnswer.Done, true);
    });

    public Task Reopen() => Act(() =>
    {
        if (!State.Closed)
        {
            return (SeatAnswer.Done, false);
        }

        State.Closed = false;
        Tell(DeskEventKind.SeatReopened, null, null, $"Seat {_seat.Label} is open again.");
        return (SeatAnswer.Done, true);
    });

    public Task<SeatAnswer> ReleaseByStaff() => Act(() =>
    {
        var now = time.GetUtcNow();
        var current = State.Bookings.FirstOrDefault(b => b.CheckedInAt is not null)
            ?? State.Bookings.FirstOrDefault(b => b.Start - Rules.CheckInOpensBefore <= now);
        if (current is null)
        {
            return (SeatAnswer.No($"seat {_seat.Label} is not in use"), false);
        }

        End(current, BookingEnd.ReleasedByStaff, now, tellStudent: true);
        return (SeatAnswer.Done, true);
    });

    public Task<SeatView> GetView() => Task.FromResult(View());

    public Task<SeatDetail> GetDetail() =>
        Task.FromResult(new SeatDetail(View(), State.Bookings.ToArray(), State.Closed));

    private SeatView View() => new(_seat.Id, _seat.Label, CurrentStatus(), State.Version);

    private SeatStatus CurrentStatus()
    {
        if (State.Closed)
        {
            return SeatStatus.Blocked;
        }

        if (State.Bookings.FirstOrDefault(b => b.CheckedInAt is not null) is { } seated)
        {
            return seated.AwayUntil is null ? SeatStatus.Occupied : SeatStatus.Away;
        }

        var now = time.GetUtcNow();
        return State.Bookings.Any(b => b.Start - Rules.CheckInOpensBefore <= now) || State.Offer is not null
            ? SeatStatus.Booked
            : SeatStatus.Free;
    }

    private Task ApplyDueAndSave() => Save(ApplyDue());

    /// <summary>Applies what fell due, then the action, then stores and tells whatever changed.</summary>
    private async Task<SeatAnswer> Act(Func<(SeatAnswer Answer, bool Changed)> action)
    {
        var due = ApplyDue();
        var (answer, changed) = action();
        await Save(due || changed);
        return answer;
    }

    /// <summary>Applies every deadline that has passed; true if anything changed.</summary>
    private bool ApplyDue()
    {
        var now = time.GetUtcNow();
        var changed = false;
        if (State.Offer is { } offer && now >= offer.Until)
        {
            State.Offer = null;
            changed = true;
        }

        foreach (var (step, booking) in SeatAgenda.Due(State.Bookings.ToArray(), Rules, now))
        {
            changed = true;
            switch (step)
            {
                case AgendaStep.NoShow:
                    LogNoShow(_seat.Id, booking.BookingId, booking.StudentId);
                    End(booking, BookingEnd.NoShow, booking.Start + Rules.CheckInClosesAfter, tellStudent: true);
                    break;
                case AgendaStep.AwayExpired:
                    LogAwayExpired(_seat.Id, booking.BookingId, booking.StudentId);
                    End(booking, BookingEnd.AwayExpired, booking.AwayUntil!.Value, tellStudent: true);
                    break;
                case AgendaStep.Finished:
                    End(booking, BookingEnd.Finished, booking.End, tellStudent: true);
                    break;
                case AgendaStep.RemindCheckIn:
                    Replace(booking, booking with { CheckInReminded = true });
                    var closes = booking.Start + Rules.CheckInClosesAfter;
                    Tell(DeskEventKind.CheckInReminder, booking, closes,
                        $"Check in at seat {_seat.Label} by {Local(closes):HH:mm}, or the seat is released.");
                    break;
                case AgendaStep.RemindAway:
                    Replace(booking, booking with { AwayReminded = true });
                    Tell(DeskEventKind.AwayReminder, booking, booking.AwayUntil,
                        $"Seat {_seat.Label} is held for you only until {Local(booking.AwayUntil!.Value):HH:mm}.");
                    break;
            }
        }

        return changed;
    }

    private void End(Booking booking, BookingEnd reason, DateTimeOffset at, bool tellStudent)
    {
        State.Bookings.Remove(booking);
        State.RecentlyEnded.Add(booking.BookingId);
        if (State.RecentlyEnded.Count > RecentlyEndedKept)
        {
            State.RecentlyEnded.RemoveAt(0);
        }

        var (kind, message) = reason switch
        {
            BookingEnd.NoShow => (DeskEventKind.NoShow,
                $"Your booking of seat {_seat.Label} was released: the check-in window closed at {Local(at):HH:mm}."),
            BookingEnd.AwayExpired => (DeskEventKind.AwayExpired,
                $"Seat {_seat.Label} was released: you were not back by {Local(at):HH:mm}."),
            BookingEnd.ReleasedByStaff => (DeskEventKind.BookingEnded, $"Staff released seat {_seat.Label}."),
            _ => (DeskEventKind.BookingEnded, $"Your booking of seat {_seat.Label} has ended."),
        };
        Tell(kind, booking, null, message);

        if (tellStudent)
        {
            var ended = new BookingEnded(booking.BookingId, _seat.Id, reason, at);
            _outbox.Add(() => GrainFactory.GetGrain<IStudentGrain>(booking.StudentId).BookingEnded(ended).Ignore());
        }

        _outbox.Add(() => GrainFactory.CountBookingEnd(layout, _seat.Id, booking, reason).Ignore());
        LogReleased(_seat.Id, booking.BookingId, reason);
    }

    private void Replace(Booking old, Booking updated)
    {
        var index = State.Bookings.IndexOf(old);
        if (index >= 0)
        {
            State.Bookings[index] = updated;
        }
    }

    /// <summary>
    /// Stores the seat, then tells the room, the desk and students what changed. Nothing is told before the
    /// state that it describes is stored, and the deadline reminder is armed before the state is stored.
    /// </summary>
    private async Task Save(bool changed = true)
    {
        var status = CurrentStatus();
        var statusChanged = status != State.LastStatus;
        if (statusChanged)
        {
            State.LastStatus = status;
            State.Version++;
            if (status == SeatStatus.Booked && State.Bookings.FirstOrDefault(b => b.CheckedInAt is null) is { } opened)
            {
                var closes = opened.Start + Rules.CheckInClosesAfter;
                Tell(DeskEventKind.AwaitingCheckIn, opened, closes,
                    $"Seat {_seat.Label} is waiting for you: check in by {Local(closes):HH:mm}.");
            }
        }

        var wakeChanged = await ArmReminder();
        if (changed || statusChanged || wakeChanged)
        {
            await state.WriteStateAsync();
        }

        if (statusChanged)
        {
            GrainFactory.GetGrain<IRoomGrain>(_seat.RoomId).SeatChanged(View()).Ignore();
            if (status == SeatStatus.Free)
            {
                GrainFactory.GetGrain<IWaitlistGrain>(_seat.RoomId).SeatFreed(_seat.Id).Ignore();
            }
        }

        foreach (var send in _outbox)
        {
            send();
        }

        _outbox.Clear();
    }

    /// <summary>Sets the reminder for the next deadline; true if it changed.</summary>
    private async Task<bool> ArmReminder()
    {
        var now = time.GetUtcNow();
        var next = SeatAgenda.NextWake(State.Bookings, Rules, now);
        if (State.Offer is { } offer && (next is null || offer.Until < next))
        {
            next = offer.Until;
        }

        if (next == State.NextWake)
        {
            return false;
        }

        if (next is null)
        {
            if (await this.GetReminder(DeadlineReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }
        }
        else
        {
            // The period is only a safety net: each firing re-arms the reminder for the next deadline.
            await this.RegisterOrUpdateReminder(DeadlineReminder, next.Value - now, TimeSpan.FromMinutes(1));
        }

        State.NextWake = next;
        return true;
    }

    private void Tell(DeskEventKind kind, Booking? booking, DateTimeOffset? deadline, string message)
    {
        var deskEvent = new DeskEvent(kind, time.GetUtcNow(), booking?.StudentId, _seat.Id, _seat.Label,
            booking?.BookingId, deadline, message);
        _outbox.Add(() => GrainFactory.GetGrain<IFrontDeskGrain>(IFrontDeskGrain.Key).Record(deskEvent).Ignore());
    }

    private DateTimeOffset Local(DateTimeOffset instant) => layout.ToLocal(instant);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Seat {SeatId} released for a no-show: booking {BookingId} of {StudentId}")]
    private partial void LogNoShow(string seatId, string bookingId, string studentId);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Seat {SeatId} released: {StudentId} did not come back (booking {BookingId})")]
    private partial void LogAwayExpired(string seatId, string bookingId, string studentId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Seat {SeatId} ended booking {BookingId}: {Reason}")]
    private partial void LogReleased(string seatId, string bookingId, BookingEnd reason);
}
