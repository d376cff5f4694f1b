using LibraryLive.Desk;
using LibraryLive.Gates;
using LibraryLive.Layout;
using LibraryLive.Messages;
using LibraryLive.Rules;
using LibraryLive.Seats;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LibraryLive.Students;

public sealed partial class StudentGrain(
    [PersistentState("student", StorageNames.Library)] IPersistentState<StudentState> state,
    LibraryLayout layout,
    IOptions<SeatRulesOptions> rules,
    TimeProvider time,
    ILogger<StudentGrain> logger) : Grain, IStudentGrain
{
    // Enough to recognise a gate or app retrying over minutes; message ids are unique, so an old one
    // falling out of this list would have to be resent after dozens of newer messages to slip through.
    private const int RecentKept = 64;

    private StudentState State => state.State;

    private string StudentId => this.GetPrimaryKeyString();

    public Task<Receipt> Swipe(GateSwipe swipe) => Handle(swipe.EventId, () => ApplySwipe(swipe));

    public Task<Receipt> Book(BookSeat command) => Handle(command.CommandId, () => ApplyBook(command));

    public Task<Receipt> Cancel(CancelBooking command) => Handle(command.CommandId, () => ApplyCancel(command));

    public Task<Receipt> CheckIn(CheckInAtSeat command) => Handle(command.CommandId, () => ApplyCheckIn(command));

    public Task<Receipt> Leave(LeaveSeat command) => Handle(command.CommandId, () => ApplyLeave(command));

    public Task<Receipt> StepAway(StepAway command) => Handle(command.CommandId, () => ApplyStepAway(command));

    public async Task BookingEnded(BookingEnded ended)
    {
        if (State.EndedBookings.Contains(ended.BookingId))
        {
            return;
        }

        State.EndedBookings.Add(ended.BookingId);
        if (State.EndedBookings.Count > 16)
        {
            State.EndedBookings.RemoveAt(0);
        }

        if (State.Booking?.BookingId == ended.BookingId)
        {
            State.Booking = null;
        }

        State.LastEnded = ended;

        if (ended.Reason is BookingEnd.NoShow or BookingEnd.AwayExpired)
        {
            RecordViolation(new Violation(ended.At, ended.Reason, ended.SeatId));
        }

        await state.WriteStateAsync();
    }

    public async Task LiftBar()
    {
        var now = time.GetUtcNow();
        State.BarredUntil = null;
        State.ForgivenBefore = now;
        await state.WriteStateAsync();
        Tell(DeskEventKind.BarLifted, now, null, "Staff lifted your booking bar.");
    }

    public Task<StudentStatus> GetStatus() =>
        Task.FromResult(new StudentStatus(StudentId, State.InBuilding, State.InRoom, State.Booking, State.Today,
            State.Violations.ToArray(), State.BarredUntil > time.GetUtcNow() ? State.BarredUntil : null));

    private async Task<Receipt> Handle(string messageId, Func<Task<Receipt>> apply)
    {
        var earlier = State.Recent.Find(r => r.MessageId == messageId);
        if (earlier is not null)
        {
            LogDuplicate(StudentId, messageId);
            return earlier.AsDuplicate();
        }

        var receipt = await apply();

        State.Recent.Add(receipt);
        if (State.Recent.Count > RecentKept)
        {
            State.Recent.RemoveAt(0);
        }

        // The answer goes back only once the state is stored: an acknowledged message survives a crash.
        await state.WriteStateAsync();
        return receipt;
    }

    private async Task<Receipt> ApplySwipe(GateSwipe swipe)
    {
        if (!layout.GatesById.TryGetValue(swipe.GateId, out var gate))
        {
            return Receipt.Refused(swipe.EventId, Refusal.NotFound, $"there is no gate '{swipe.GateId}'");
        }

        var entering = swipe.Direction == SwipeDirection.In;
        if (gate.Kind == GateKind.Building)
        {
            State.InBuilding = entering;
            if (entering)
            {
                CountVisit(swipe.At);
            }
        }
        else
        {
            State.InRoom = entering ? gate.RoomId : State.InRoom == gate.RoomId ? null : State.InRoom;
        }

        // The gates are linked to the seats: a building gate serves every seat, a room's gate its own seats.
        if (State.Booking is { } booking
            && (gate.Kind == GateKind.Building || gate.RoomId == layout.SeatsById[booking.SeatId].RoomId))
        {
            if (entering && booking.CheckedInAt is null && CheckInWindowContains(booking, swipe.At))
            {
                await CheckInBooking(booking, swipe.At);
            }
            else if (entering && booking.AwayUntil is not null)
            {
                await CheckInBooking(booking, swipe.At);
            }
            else if (!entering && booking is { CheckedInAt: not null, AwayUntil: null })
            {
                await StepAwayFrom(booking, swipe.At);
            }
        }

        await GrainFactory.CountSwipe(layout, StudentId, swipe);
        return Receipt.Accepted(swipe.EventId);
    }

    private async Task<Receipt> ApplyBook(BookSeat command)
    {
        var id = command.CommandId;
        if (!layout.SeatsById.TryGetValue(command.SeatId, out var seat))
        {
            return Receipt.Refused(id, Refusal.NotFound, $"there is no seat '{command.SeatId}'");
        }

        var now = time.GetUtcNow();
        if (CurrentBooking(now) is { } held)
        {
            return Receipt.Refused(id, Refusal.Conflict,
                $"you already hold a booking for seat {Label(held.SeatId)} from {Local(held.Start):HH:mm} "
                + $"to {Local(held.End):HH:mm}; cancel it first");
        }

        if (BookingRuleBroken(command, seat, now) is { } broken)
        {
            return Receipt.Refused(id, Refusal.RuleBroken, broken);
        }

        var bookingId = $"{StudentId}-{id}";
        var answer = await GrainFactory.GetGrain<ISeatGrain>(seat.Id)
            .Reserve(new Booking(bookingId, StudentId, command.Start, command.End));
        if (!answer.Ok)
        {
            return Receipt.Refused(id, Refusal.Conflict, answer.Reason!);
        }

        State.Booking = new StudentBooking(bookingId, seat.Id, command.Start, command.End, null);
        LogBooked(StudentId, seat.Id, command.Start, command.End);
        return Receipt.Accepted(id, bookingId);
    }

    private async Task<Receipt> ApplyCancel(CancelBooking command)
    {
        if (State.Booking is not { } booking || booking.BookingId != command.BookingId)
        {
            return Receipt.Refused(command.CommandId, Refusal.NotFound,
                $"you hold no booking '{command.BookingId}'");
        }

        if (booking.CheckedInAt is not null)
        {
            return Receipt.Refused(command.CommandId, Refusal.RuleBroken,
                $"you are already checked in at seat {Label(booking.SeatId)}; leave the seat instead");
        }

        await GrainFactory.GetGrain<ISeatGrain>(booking.SeatId)
            .Release(booking.BookingId, BookingEnd.Cancelled, time.GetUtcNow());
        State.Booking = null;
        return Receipt.Accepted(command.CommandId, booking.BookingId);
    }

    private async Task<Receipt> ApplyCheckIn(CheckInAtSeat command)
    {
        var id = command.CommandId;
        if (State.Booking is not { } booking || booking.SeatId != command.SeatId)
        {
            return State.LastEnded is { Reason: BookingEnd.NoShow } missed && missed.SeatId == command.SeatId
                ? Receipt.Refused(id, Refusal.RuleBroken,
                    $"the check-in window for seat {Label(command.SeatId)} closed at {Local(missed.At):HH:mm}")
                : Receipt.Refused(id, Refusal.NotFound, $"you have no booking for seat {Label(command.SeatId)}");
        }

        if (booking.CheckedInAt is not null && booking.AwayUntil is null)
        {
            return Receipt.Accepted(id, booking.BookingId);
        }

        if (!State.InBuilding && State.InRoom is null)
        {
            return Receipt.Refused(id, Refusal.RuleBroken,
                $"checking in at seat {Label(booking.SeatId)} needs you inside the library: swipe in at a gate first");
        }

        var now = time.GetUtcNow();
        if (booking.CheckedInAt is null && !CheckInWindowContains(booking, now))
        {
            var options = rules.Value;
            var reason = now < booking.Start - options.CheckInOpensBefore
                ? $"the check-in window for seat {Label(booking.SeatId)} opens at "
                  + $"{Local(booking.Start - options.CheckInOpensBefore):HH:mm}"
                : $"the check-in window for seat {Label(booking.SeatId)} closed at "
                  + $"{Local(booking.Start + options.CheckInClosesAfter):HH:mm}";
            return Receipt.Refused(id, Refusal.RuleBroken, reason);
        }

        await CheckInBooking(booking, now);
        return Receipt.Accepted(id, booking.BookingId);
    }

    private async Task<Receipt> ApplyLeave(LeaveSeat command)
    {
        var id = command.CommandId;
        if (State.Booking is not { CheckedInAt: not null } booking || booking.SeatId != command.SeatId)
        {
            return Receipt.Refused(id, Refusal.NotFound, $"you are not checked in at seat {Label(command.SeatId)}");
        }

        await GrainFactory.GetGrain<ISeatGrain>(booking.SeatId)
            .Release(booking.BookingId, BookingEnd.Left, time.GetUtcNow());
        State.Booking = null;
        return Receipt.Accepted(id, booking.BookingId);
    }

    private async Task<Receipt> ApplyStepAway(StepAway command)
    {
        var id = command.CommandId;
        if (State.Booking is not { CheckedInAt: not null } booking || booking.SeatId != command.SeatId)
        {
            return Receipt.Refused(id, Refusal.NotFound, $"you are not checked in at seat {Label(command.SeatId)}");
        }

        var answer = await StepAwayFrom(booking, time.GetUtcNow());
        return answer.Ok
            ? Receipt.Accepted(id, booking.BookingId)
            : Receipt.Refused(id, Refusal.Conflict, answer.Reason!);
    }

    private async Task CheckInBooking(StudentBooking booking, DateTimeOffset at)
    {
        var answer = await GrainFactory.GetGrain<ISeatGrain>(booking.SeatId).CheckIn(booking.BookingId, at);
        if (answer.Ok)
        {
            State.Booking = booking with { CheckedInAt = booking.CheckedInAt ?? at, AwayUntil = null };
        }
        else
        {
            // The seat is the authority: it may have released the booking a moment ago.
            LogSeatDisagrees(StudentId, booking.SeatId, answer.Reason);
        }
    }

    private async Task<SeatAnswer> StepAwayFrom(StudentBooking booking, DateTimeOffset at)
    {
        var answer = await GrainFactory.GetGrain<ISeatGrain>(booking.SeatId).StepAway(booking.BookingId, at);
        if (answer.Ok)
        {
            State.Booking = booking with { AwayUntil = answer.HeldUntil };
        }
        else
        {
            LogSeatDisagrees(StudentId, booking.SeatId, answer.Reason);
        }

        return answer;
    }

    private void RecordViolation(Violation violation)
    {
        var options = rules.Value;
        var counted = violation.At - options.ViolationPeriod;
        State.Violations.RemoveAll(v => v.At <= counted);
        State.Violations.Add(violation);
        Tell(DeskEventKind.Violation, violation.At, violation.SeatId,
            $"A violation was recorded: {(violation.Kind == BookingEnd.NoShow ? "no-show" : "not back in time")} "
            + $"at seat {Label(violation.SeatId)}.");

        var since = State.ForgivenBefore is { } forgiven && forgiven > counted ? forgiven : counted;
        var recent = State.Violations.Count(v => v.At > since);
        if (recent >= options.ViolationsBeforeBar && !(State.BarredUntil > violation.At + options.BarLength))
        {
            State.BarredUntil = violation.At + options.BarLength;
            LogBarred(StudentId, recent, State.BarredUntil.Value);
            Tell(DeskEventKind.Barred, violation.At, null,
                $"After {recent} violations in {options.ViolationPeriod.TotalDays:0} days you cannot book a seat "
                + $"until {Local(State.BarredUntil.Value):yyyy-MM-dd HH:mm}.");
        }
    }

    private void Tell(DeskEventKind kind, DateTimeOffset at, string? seatId, string message) =>
        GrainFactory.GetGrain<IFrontDeskGrain>(IFrontDeskGrain.Key)
            .Record(new DeskEvent(kind, at, StudentId, seatId, seatId is null ? null : Label(seatId), null,
                kind == DeskEventKind.Barred ? State.BarredUntil : null, message))
            .Ignore();

    private void CountVisit(DateTimeOffset at)
    {
        var date = layout.LocalDate(at);
        State.Today = State.Today is { } today && today.Date == date
            ? today with { Entries = today.Entries + 1 }
            : new Visit(date, at, 1);
    }

    // Limitation: a booking whose end has passed is forgotten here lazily; the seat keeps it until
    // the durable end-of-booking deadline of the seat rules (issue 3) releases it.
    private StudentBooking? CurrentBooking(DateTimeOffset now) => State.Booking is { } b && b.End > now ? b : null;

    private string? BookingRuleBroken(BookSeat command, Seat seat, DateTimeOffset now)
    {
        var options = rules.Value;
        if (State.BarredUntil is { } barred && barred > now)
        {
            return $"you cannot book a seat until {Local(barred):yyyy-MM-dd HH:mm}: "
                + $"{options.ViolationsBeforeBar} violations in {options.ViolationPeriod.TotalDays:0} days";
        }

        var length = command.End - command.Start;
        if (length <= TimeSpan.Zero)
        {
            return "a booking must end after it starts";
        }

        if (length < options.ShortestBooking || length > options.LongestBooking)
        {
            return $"a booking lasts from {options.ShortestBooking.TotalMinutes:0} minutes "
                + $"to {options.LongestBooking.TotalHours:0.#} hours";
        }

        var step = options.BookingStep.Ticks;
        if (Local(command.Start).TimeOfDay.Ticks % step != 0 || Local(command.End).TimeOfDay.Ticks % step != 0)
        {
            return $"bookings start and end on a multiple of {options.BookingStep.TotalMinutes:0} minutes";
        }

        if (command.Start < now - options.BookingStep)
        {
            return $"the booking would start at {Local(command.Start):HH:mm}, which has passed";
        }

        var today = layout.LocalDate(now);
        var day = layout.LocalDate(command.Start);
        if (day > today.AddDays(1))
        {
            return "seats can be booked for today and tomorrow only";
        }

        if (day > today && TimeOnly.FromDateTime(Local(now).DateTime) < options.TomorrowOpensAt)
        {
            return $"tomorrow's seats can be booked from {options.TomorrowOpensAt:HH:mm}";
        }

        var room = layout.RoomsById[seat.RoomId];
        var hours = layout.Library;
        if (!room.OpenAllHours
            && (TimeOnly.FromDateTime(Local(command.Start).DateTime) < hours.Opens
                || layout.LocalDate(command.End) != day
                || TimeOnly.FromDateTime(Local(command.End).DateTime) > hours.Closes))
        {
            return $"{room.Name} is open from {hours.Opens:HH:mm} to {hours.Closes:HH:mm}";
        }

        return null;
    }

    private bool CheckInWindowContains(StudentBooking booking, DateTimeOffset at)
    {
        var options = rules.Value;
        return booking.Start - options.CheckInOpensBefore <= at && at <= booking.Start + options.CheckInClosesAfter;
    }

    private string Label(string seatId) => layout.SeatsById.TryGetValue(seatId, out var seat) ? seat.Label : seatId;

    private DateTimeOffset Local(DateTimeOffset instant) => layout.ToLocal(instant);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Student {StudentId} repeated message {MessageId}")]
    private partial void LogDuplicate(string studentId, string messageId);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Student {StudentId} booked seat {SeatId} from {Start} to {End}")]
    private partial void LogBooked(string studentId, string seatId, DateTimeOffset start, DateTimeOffset end);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Student {StudentId} barred after {Violations} violations until {Until}")]
    private partial void LogBarred(string studentId, int violations, DateTimeOffset until);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Seat {SeatId} refused check-in for student {StudentId}: {Reason}")]
    private partial void LogSeatDisagrees(string studentId, string seatId, string? reason);
}
