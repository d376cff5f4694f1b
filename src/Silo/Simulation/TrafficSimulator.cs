using LibraryLive.Gates;
using LibraryLive.Layout;
using LibraryLive.Messages;
using LibraryLive.Registry;
using LibraryLive.Web.Intake;
using Microsoft.Extensions.Options;

namespace LibraryLive.Silo.Simulation;

/// <summary>
/// Plays a day of the library through the same intake as the HTTP API, on an accelerated clock, so a
/// newcomer sees the screens move. The plan is drawn once from a seeded random source: arrivals around
/// opening, lunch breaks, about one booking in ten never checked in, night owls in the 24-hour room.
/// </summary>
public sealed partial class TrafficSimulator(
    LibraryIntake intake,
    LibraryLayout layout,
    StudentRegistry registry,
    IOptions<SimulatorOptions> options,
    TimeProvider clock,
    ILogger<TrafficSimulator> logger) : BackgroundService
{
    private int _sent;
    private int _refused;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the silo and the lobby relay come up before traffic starts.
        await Task.Delay(TimeSpan.FromSeconds(2), TimeProvider.System, stoppingToken);

        var plan = SimulatedDay.Plan(layout, registry, options.Value, layout.LocalDate(clock.GetUtcNow()));
        LogStarting(plan.Count, options.Value.Speed);

        // Steps go out at their time without waiting for earlier answers, so a slow answer never holds back
        // the rest of the library; one student's steps still go out in order.
        var lastByStudent = new Dictionary<string, Task>();
        foreach (var step in plan)
        {
            var wait = step.At - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, stoppingToken);
            }

            var previous = lastByStudent.GetValueOrDefault(step.StudentId, Task.CompletedTask);
            lastByStudent[step.StudentId] = SendAfter(previous, step, plan.Count);
        }

        await Task.WhenAll(lastByStudent.Values);
        LogDone(_sent, _refused);
    }

    private async Task SendAfter(Task previous, SimulatedStep step, int total)
    {
        await previous;
        var result = await Send(step);
        var sent = Interlocked.Increment(ref _sent);
        if (result.Problem is not null || result.Receipt?.Status == ReceiptStatus.Refused)
        {
            Interlocked.Increment(ref _refused);
            LogRefused(step.Kind, step.StudentId, result.Problem?.Detail ?? result.Receipt?.Reason);
        }

        if (sent % 500 == 0)
        {
            LogProgress(sent, total, _refused, layout.ToLocal(clock.GetUtcNow()));
        }
    }

    private Task<IntakeResult> Send(SimulatedStep step)
    {
        var now = clock.GetUtcNow();
        var id = $"sim-{step.Sequence}";
        return step.Kind switch
        {
            StepKind.Book => intake.Book(
                step.StudentId,
                new BookingRequest(id, step.SeatId, step.BookingStart, step.BookingEnd)),
            StepKind.Leave => intake.Leave(step.StudentId, step.SeatId!, new SeatCommandRequest(id)),
            _ => intake.Swipe(new SwipeRequest(
                id,
                step.CardId,
                step.GateId,
                step.Kind == StepKind.SwipeIn ? SwipeDirection.In : SwipeDirection.Out,
                now)),
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulating a day: {Steps} messages at {Speed}x real time")]
    private partial void LogStarting(int steps, double speed);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Simulated {Sent}/{Total} messages ({Refused} refused); library time {LocalTime:HH:mm}")]
    private partial void LogProgress(int sent, int total, int refused, DateTimeOffset localTime);

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulated {Kind} for {StudentId} refused: {Reason}")]
    private partial void LogRefused(StepKind kind, string studentId, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulated day over: {Sent} messages, {Refused} refused")]
    private partial void LogDone(int sent, int refused);
}
