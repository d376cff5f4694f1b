using Microsoft.Extensions.Time.Testing;

namespace LibraryLive.Tests.Infrastructure;

public static class FakeClockExtensions
{
    /// <summary>
    /// Awaits something a reminder causes after the clock moved. Orleans arms a reminder's next wait
    /// asynchronously after each tick; when it arms it only after the clock already passed the due time, it
    /// waits a minimum due time on the clock, which a fake clock never reaches by itself. So while the signal
    /// has not come, the clock is moved on by a millisecond (at most 15 s of real waiting in all).
    /// </summary>
    public static async Task<T> AfterReminder<T>(this FakeTimeProvider clock, Task<T> signal)
    {
        for (var attempt = 0; attempt < 150 && !signal.IsCompleted; attempt++)
        {
            await Task.WhenAny(signal, Task.Delay(TimeSpan.FromMilliseconds(100)));
            if (!signal.IsCompleted)
            {
                clock.Advance(TimeSpan.FromMilliseconds(1));
            }
        }

        return await signal;
    }
}
