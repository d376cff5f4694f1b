using LibraryLive.Registry;

namespace LibraryLive.Tests.Infrastructure;

/// <summary>
/// Hands each test its own students from the sample registry, so tests sharing a cluster do not meet.
/// </summary>
public static class TestStudents
{
    private static readonly Student[] All =
        StudentRegistry.Load(LibraryFiles.Resolve(LibraryFiles.DefaultStudents)).All.OrderBy(s => s.Id).ToArray();

    private static int _next;

    public static Student Next() => All[Interlocked.Increment(ref _next) % All.Length];
}

public static class TestTimes
{
    /// <summary>The first quarter hour at or after the given moment.</summary>
    public static DateTimeOffset NextQuarter(DateTimeOffset now)
    {
        var quarter = TimeSpan.FromMinutes(15).Ticks;
        var ticks = (now.UtcTicks + quarter - 1) / quarter * quarter;
        return new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(TimeSpan.FromHours(8));
    }
}
