using Microsoft.Extensions.Logging;

namespace LibraryLive.Web.Lobby;

/// <summary>
/// Keeps a host's grain-observer subscriptions alive: subscribes at once, renews well inside the
/// subscription lifetime, and retries quickly while the cluster is not reachable yet.
/// </summary>
internal static partial class Renewal
{
    public static async Task Run(
        Func<Task> subscribe,
        TimeSpan every,
        TimeProvider time,
        ILogger logger,
        CancellationToken stopping)
    {
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var subscribed = true;
                try
                {
                    await subscribe();
                }
                catch (Exception ex) when (ex is OrleansException or TimeoutException)
                {
                    LogSubscribeFailed(logger, ex);
                    subscribed = false;
                }

                await Task.Delay(subscribed ? every : TimeSpan.FromSeconds(1), time, stopping);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Could not subscribe to grains for pushing to screens; retrying shortly")]
    private static partial void LogSubscribeFailed(ILogger logger, Exception exception);
}
