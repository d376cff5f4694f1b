namespace LibraryLive.Silo.Simulation;

/// <summary>A clock that starts at a chosen moment and runs <c>speed</c> times faster than real time.</summary>
public sealed class AcceleratedClock(DateTimeOffset start, double speed) : TimeProvider
{
    private readonly long _origin = System.GetTimestamp();

    public double Speed => speed;

    public override DateTimeOffset GetUtcNow() =>
        start.ToUniversalTime() + System.GetElapsedTime(_origin) * speed;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        System.CreateTimer(callback, state, Scale(dueTime), Scale(period));

    private TimeSpan Scale(TimeSpan span) => span == Timeout.InfiniteTimeSpan ? span : span / speed;
}
