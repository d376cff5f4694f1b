using LibraryLive.Rooms;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LibraryLive.Web.Relays;

/// <summary>
/// A host's observer of grains that push to it. Grain subscriptions expire, so they are renewed on a period
/// well inside their lifetime; a grain that moved or restarted is picked up at the next renewal, and a
/// failed renewal is retried shortly.
/// </summary>
public abstract partial class RenewedSubscriptions<TObserver>(
    IGrainFactory grains,
    IOptions<PushOptions> options,
    TimeProvider time,
    ILogger logger) : BackgroundService
    where TObserver : class, IGrainObserver
{
    protected IGrainFactory Grains { get; } = grains;

    /// <summary>Subscribes the observer's reference to every grain it should hear from now.</summary>
    protected abstract Task SubscribeAll(TObserver self);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The reference must live as long as the relay: a collected observer silently stops receiving.
        var self = Grains.CreateObjectReference<TObserver>((TObserver)(object)this);
        var renewal = options.Value.SubscriptionLifetime / 3;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var subscribed = await TrySubscribeAll(self);
                await Task.Delay(subscribed ? renewal : TimeSpan.FromSeconds(1), time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            Grains.DeleteObjectReference<TObserver>(self);
        }
    }

    private async Task<bool> TrySubscribeAll(TObserver self)
    {
        try
        {
            await SubscribeAll(self);
            return true;
        }
        catch (Exception ex) when (ex is OrleansException or TimeoutException)
        {
            LogSubscribeFailed(logger, typeof(TObserver).Name, ex);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not subscribe {Observer} to its grains; retrying shortly")]
    private static partial void LogSubscribeFailed(ILogger logger, string observer, Exception exception);
}
