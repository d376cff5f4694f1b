using LibraryLive.Layout;
using LibraryLive.Messages;
using LibraryLive.Rules;
using LibraryLive.Rush;
using Microsoft.Extensions.Time.Testing;

namespace LibraryLive.Tests.Rush;

/// <summary>
/// The next evening whose rush no test has used: the clock is put a minute before bookings open, and once the
/// test is done it moves on to the next morning, where the other tests of the shared cluster expect to be.
/// </summary>
public sealed class RushEvening : IDisposable
{
    public static readonly LibraryLayout Layout = LayoutLoader.Load(LibraryFiles.Resolve(LibraryFiles.DefaultLayout));

    private readonly FakeTimeProvider _clock;

    private RushEvening(FakeTimeProvider clock, RushTimes times)
    {
        _clock = clock;
        Times = times;
        clock.SetUtcNow(times.Opens.AddMinutes(-1));
    }

    public RushTimes Times { get; }

    public string Key => Times.GrainKey;

    public static RushEvening Next(FakeTimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var rules = new SeatRulesOptions();
        var date = Layout.LocalDate(now).AddDays(1);
        if (RushTimes.For(date, Layout, rules).Opens.AddMinutes(-1) <= now)
        {
            date = date.AddDays(1);
        }

        return new RushEvening(clock, RushTimes.For(date, Layout, rules));
    }

    /// <summary>A library-local time of day on the date the rush books.</summary>
    public DateTimeOffset Tomorrow(int hour, int minute = 0)
    {
        var local = Times.Date.ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(local, Layout.TimeZone.GetUtcOffset(local));
    }

    public RushRequest Request(string student, string seatId, params string[] alternatives) =>
        new(student, $"{student}-book", [seatId, .. alternatives], Tomorrow(9), Tomorrow(11));

    public void Dispose()
    {
        var morning = Times.Date.AddDays(1).ToDateTime(new TimeOnly(9, 0));
        _clock.SetUtcNow(new DateTimeOffset(morning, Layout.TimeZone.GetUtcOffset(morning)));
    }
}

public static class RushWaiting
{
    /// <summary>Waits, on real time and without sleeping, until the draw holds this many students.</summary>
    public static async Task UntilEntrants(this IRushGrain rush, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((await rush.GetSummary()).Entrants < count)
        {
            timeout.Token.ThrowIfCancellationRequested();
            await Task.Yield();
        }
    }

    public static Task<Receipt[]> Answers(this IEnumerable<Task<Receipt>> requests) =>
        Task.WhenAll(requests).WaitAsync(TimeSpan.FromSeconds(30));
}
