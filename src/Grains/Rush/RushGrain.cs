using LibraryLive.Layout;
using LibraryLive.Messages;
using LibraryLive.Rules;
using LibraryLive.Seats;
using LibraryLive.Students;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace LibraryLive.Rush;

/// <summary>
/// Gathers the requests of the rush window and draws once, when the window closes: by the reminder set for its
/// end, or by the first request that comes later, whichever is first. Every booking goes through the student's
/// own grain, which applies the student's rules; the seat grains refuse any double booking.
/// Reentrant: thousands of requests wait here at once, and the reminder must get in while they wait; every
/// change to the fields happens between awaits, so no call sees another half-done.
/// </summary>
[Reentrant]
public sealed partial class RushGrain(
    LibraryLayout layout,
    IOptions<SeatRulesOptions> rules,
    TimeProvider time,
    ILogger<RushGrain> logger) : Grain, IRushGrain, IRemindable
{
    private const string DrawReminder = "draw";

    // Limitation: the entrants live in memory only. A silo lost during the window fails their waiting calls;
    // nothing was acknowledged, so their clients retry, into the window again or first come first served.
    private readonly Dictionary<string, Entrant> _entrants = new(StringComparer.Ordinal);
    private readonly List<Entrant> _arrivals = [];

    private RushTimes _times = null!;
    private Task? _draw;
    private int _seated;

    private string Date => _times.GrainKey;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _times = RushTimes.ForKey(this.GetPrimaryKeyString(), layout, rules.Value);

        var now = time.GetUtcNow();
        if (now < _times.Closes)
        {
            // Due at the window's end on the library's clock. The period is Orleans' shortest and only matters
            // if the first tick is missed: the first tick that finds the draw made unregisters the reminder.
            await this.RegisterOrUpdateReminder(DrawReminder, _times.Closes - now, TimeSpan.FromMinutes(1));
        }
    }

    public async Task<Receipt> Request(RushRequest request)
    {
        // Checked here as well as at the front door: one unknown seat must not break the whole draw.
        var unknown = request.Choices.DefaultIfEmpty("").FirstOrDefault(id => !layout.SeatsById.ContainsKey(id));
        if (unknown is not null)
        {
            return Receipt.Refused(request.CommandId, Refusal.NotFound, $"there is no seat '{unknown}'");
        }

        if (_entrants.TryGetValue(request.StudentId, out var entrant))
        {
            if (entrant.Request.CommandId == request.CommandId && !entrant.Answer.Task.IsFaulted)
            {
                return (await entrant.Answer.Task).AsDuplicate();
            }

            if (_draw is null)
            {
                return Receipt.Refused(request.CommandId, Refusal.Conflict,
                    $"you are already in the lottery for tomorrow's seats with request '{entrant.Request.CommandId}'; "
                    + $"the draw is at {layout.ToLocal(_times.Closes):HH:mm:ss}");
            }
        }

        if (_draw is null && _times.InWindow(time.GetUtcNow()))
        {
            entrant = new Entrant(request);
            _entrants[request.StudentId] = entrant;
            _arrivals.Add(entrant);
            return await entrant.Answer.Task;
        }

        // Late, or a retry after a failed booking: after the draw, in the order requests come.
        await Draw();
        return await Book(request, request.FirstChoice);
    }

    public Task<RushSummary> GetSummary() => Task.FromResult(new RushSummary(Date, _arrivals.Count, _draw is not null));

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        await Draw();

        var reminder = await this.GetReminder(DrawReminder);
        if (reminder is not null)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private Task Draw() => _draw ??= DrawOnce();

    private async Task DrawOnce()
    {
        var order = RushLottery.Draw(_arrivals, Random.Shared);
        LogDrawing(Date, order.Length);

        var lottery = new RushLottery(layout);
        var pool = new RushSeatPool();
        try
        {
            IReadOnlyList<Entrant> waiting = order;
            while (waiting.Count > 0)
            {
                var offers = lottery.Offer(waiting.Select(e => e.Request).ToArray(), pool);
                var freed = await Task.WhenAll(waiting
                    .Select((entrant, i) => (entrant, seat: offers[i]))
                    .Where(offer => offer.seat is not null)
                    .Select(offer => Seat(offer.entrant, offer.seat!, pool)));

                var unseated = waiting.Where((_, i) => offers[i] is null).ToArray();

                // A seat refused by a student's own rules (a bar, a booking already held) goes back to the pool
                // for those still without a seat, in their drawn order; those seated already keep theirs.
                if (!freed.Contains(true))
                {
                    foreach (var entrant in unseated)
                    {
                        entrant.Answer.TrySetResult(Receipt.Refused(
                            entrant.Request.CommandId, Refusal.Conflict, lottery.NoSeatLeft(entrant.Request)));
                    }

                    break;
                }

                waiting = unseated;
            }

            LogDrawn(Date, order.Length, _seated);
        }
        finally
        {
            foreach (var entrant in order)
            {
                entrant.Answer.TrySetException(new InvalidOperationException($"The draw for {Date} did not finish."));
            }
        }
    }

    /// <summary>Books the offered seat through the student's grain; true if a refusal gave the seat back.</summary>
    private async Task<bool> Seat(Entrant entrant, string seatId, RushSeatPool pool)
    {
        var request = entrant.Request;
        Receipt receipt;
        try
        {
            receipt = await Book(request, seatId);
        }
        catch (Exception ex)
        {
            // Not hidden: the waiting caller gets the failure, and a retry with the same command id is booked
            // first come first served, where the student's grain recognises a booking that did get through.
            LogBookingFailed(Date, request.StudentId, seatId, ex);
            entrant.Answer.SetException(ex);
            return false;
        }

        entrant.Answer.SetResult(receipt);
        if (receipt.Status == ReceiptStatus.Accepted)
        {
            _seated++;
            return false;
        }

        return await IsFree(seatId, request.Start, request.End) && pool.Return(seatId, request.Start, request.End);
    }

    private async Task<Receipt> Book(RushRequest request, string seatId)
    {
        var receipt = await GrainFactory.GetGrain<IStudentGrain>(request.StudentId)
            .Book(new BookSeat(request.CommandId, seatId, request.Start, request.End));
        return receipt.Status == ReceiptStatus.Accepted ? receipt with { SeatId = seatId } : receipt;
    }

    private async Task<bool> IsFree(string seatId, DateTimeOffset start, DateTimeOffset end)
    {
        var seat = await GrainFactory.GetGrain<ISeatGrain>(seatId).GetDetail();
        return !seat.Closed && !seat.Bookings.Any(b => b.Overlaps(start, end));
    }

    private sealed class Entrant(RushRequest request)
    {
        public RushRequest Request { get; } = request;

        public TaskCompletionSource<Receipt> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rush {Date}: drawing {Entrants} students")]
    private partial void LogDrawing(string date, int entrants);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rush {Date}: drawn, {Seated} of {Entrants} seated")]
    private partial void LogDrawn(string date, int entrants, int seated);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rush {Date}: booking seat {SeatId} for {StudentId} failed")]
    private partial void LogBookingFailed(string date, string studentId, string seatId, Exception exception);
}
