using LibraryLive.Gates;
using LibraryLive.Layout;
using LibraryLive.Registry;
using LibraryLive.Rules;
using LibraryLive.Rush;
using LibraryLive.Staff;
using LibraryLive.Students;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LibraryLive.Web.Intake;

/// <summary>
/// The front door for every message: checks what can be checked without state (ids known to the layout,
/// fields present, times near now) and hands the rest to the student's grain. The HTTP API and the
/// traffic simulator both come through here, so both obey the same checks.
/// </summary>
public sealed partial class LibraryIntake(
    IGrainFactory grains,
    LibraryLayout layout,
    StudentRegistry registry,
    IOptions<SeatRulesOptions> rules,
    TimeProvider time,
    ILogger<LibraryIntake> logger)
{
    public async Task<IntakeResult> Swipe(SwipeRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "eventId", request.EventId);
        Require(errors, "cardId", request.CardId);
        Require(errors, "gateId", request.GateId);
        if (request.Direction is null)
        {
            errors["direction"] = ["direction is required: \"in\" or \"out\""];
        }

        if (request.At is null)
        {
            errors["at"] = ["at is required: an ISO 8601 time with offset"];
        }

        if (errors.Count > 0)
        {
            return Refuse(IntakeResult.Invalid("The swipe is missing required fields.", errors));
        }

        if (!layout.GatesById.ContainsKey(request.GateId!))
        {
            return Refuse(IntakeResult.NotFound($"There is no gate '{request.GateId}' in {layout.Library.Name}."));
        }

        var now = time.GetUtcNow();
        var options = rules.Value;
        if (request.At < now - options.OldestAcceptedSwipe || request.At > now + options.FurthestFutureSwipe)
        {
            return Refuse(IntakeResult.Unprocessable(
                $"The swipe time {request.At:O} is too far from now ({now:O}): swipes are accepted from "
                + $"{options.OldestAcceptedSwipe.TotalHours:0.#} hours before to "
                + $"{options.FurthestFutureSwipe.TotalMinutes:0} minutes after the present."));
        }

        var swipe = new GateSwipe(
            request.EventId!,
            request.CardId!,
            request.GateId!,
            request.Direction!.Value,
            request.At!.Value);
        if (!registry.TryGetByCard(swipe.CardId, out var student))
        {
            var kept = await grains.GetGrain<IUnknownCardsGrain>(layout.LocalDate(swipe.At).ToString("yyyy-MM-dd"))
                .Keep(swipe);
            var receipt = kept
                ? Messages.Receipt.Accepted(swipe.EventId)
                : Messages.Receipt.Accepted(swipe.EventId).AsDuplicate();
            return new IntakeResult(receipt, null, UnknownCard: true);
        }

        return IntakeResult.Of(await grains.GetGrain<IStudentGrain>(student.Id).Swipe(swipe));
    }

    public async Task<IntakeResult> Book(string studentId, BookingRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "commandId", request.CommandId);
        Require(errors, "seatId", request.SeatId);
        if (request.Start is null || request.End is null)
        {
            errors["start"] = ["start and end are required: ISO 8601 times with offset"];
        }

        if (errors.Count > 0)
        {
            return Refuse(IntakeResult.Invalid("The booking is missing required fields.", errors));
        }

        if (!layout.SeatsById.ContainsKey(request.SeatId!))
        {
            return Refuse(IntakeResult.NotFound($"There is no seat '{request.SeatId}' in {layout.Library.Name}."));
        }

        if (request.Alternatives?.Count > RushRequest.MostAlternatives)
        {
            return Refuse(IntakeResult.Invalid("Too many alternatives.", new Dictionary<string, string[]>
            {
                ["alternatives"] = [$"alternatives lists at most {RushRequest.MostAlternatives} seats"],
            }));
        }

        if (request.Alternatives?.FirstOrDefault(id => !layout.SeatsById.ContainsKey(id)) is { } unknown)
        {
            return Refuse(IntakeResult.NotFound($"There is no seat '{unknown}' in {layout.Library.Name}."));
        }

        var command = new BookSeat(request.CommandId!, request.SeatId!, request.Start!.Value, request.End!.Value);
        if (RushTimes.Covering(command.Start, time.GetUtcNow(), layout, rules.Value) is { } rush)
        {
            var entry = new RushRequest(
                studentId,
                command.CommandId,
                [command.SeatId, .. request.Alternatives ?? []],
                command.Start,
                command.End);
            return IntakeResult.Of(await grains.GetGrain<IRushGrain>(rush.GrainKey).Request(entry));
        }

        return IntakeResult.Of(await grains.GetGrain<IStudentGrain>(studentId).Book(command));
    }

    public Task<IntakeResult> Cancel(string studentId, string bookingId, SeatCommandRequest request) =>
        Send(request, id => grains.GetGrain<IStudentGrain>(studentId).Cancel(new CancelBooking(id, bookingId)));

    public Task<IntakeResult> CheckIn(string studentId, string seatId, SeatCommandRequest request) =>
        KnownSeat(seatId)
            ?? Send(request, id => grains.GetGrain<IStudentGrain>(studentId).CheckIn(new CheckInAtSeat(id, seatId)));

    public Task<IntakeResult> Leave(string studentId, string seatId, SeatCommandRequest request) =>
        KnownSeat(seatId)
            ?? Send(request, id => grains.GetGrain<IStudentGrain>(studentId).Leave(new LeaveSeat(id, seatId)));

    public Task<IntakeResult> StepAway(string studentId, string seatId, SeatCommandRequest request) =>
        KnownSeat(seatId)
            ?? Send(request, id => grains.GetGrain<IStudentGrain>(studentId).StepAway(new StepAway(id, seatId)));

    private Task<IntakeResult>? KnownSeat(string seatId) =>
        layout.SeatsById.ContainsKey(seatId)
            ? null
            : Task.FromResult(Refuse(IntakeResult.NotFound($"There is no seat '{seatId}' in {layout.Library.Name}.")));

    private async Task<IntakeResult> Send(SeatCommandRequest request, Func<string, Task<Messages.Receipt>> send)
    {
        if (string.IsNullOrWhiteSpace(request.CommandId))
        {
            return Refuse(IntakeResult.Invalid("The command has no id.",
                new Dictionary<string, string[]> { ["commandId"] = ["commandId is required"] }));
        }

        return IntakeResult.Of(await send(request.CommandId));
    }

    private IntakeResult Refuse(IntakeResult result)
    {
        LogRefused(result.Problem!.Status, result.Problem.Detail);
        return result;
    }

    private static void Require(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [$"{field} is required"];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a message ({Status}): {Detail}")]
    private partial void LogRefused(int status, string detail);
}
