using LibraryLive.Layout;
using LibraryLive.Rooms;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LibraryLive.Web.Lobby;

/// <summary>
/// Each host observes every room grain, wherever in the cluster it lives, and relays the room's batched
/// changes to the screens connected to this host. Room subscriptions expire, so they are renewed on a
/// period well inside their lifetime; a room that moved or restarted is picked up at the next renewal.
/// </summary>
public sealed partial class LobbyRelay(
    IGrainFactory grains,
    LibraryLayout layout,
    IHubContext<LobbyHub, ILobbyScreen> hub,
    IOptions<PushOptions> options,
    TimeProvider time,
    ILogger<LobbyRelay> logger) : BackgroundService, IRoomObserver
{
    public Task RoomChanged(RoomUpdate update) => hub.Clients.Group(LobbyGroups.Room(update.RoomId)).RoomChanged(update);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The reference must live as long as the relay: a collected observer silently stops receiving.
        var self = grains.CreateObjectReference<IRoomObserver>(this);
        var renewal = options.Value.SubscriptionLifetime / 3;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var subscribed = await SubscribeAll(self);
                await Task.Delay(subscribed ? renewal : TimeSpan.FromSeconds(1), time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            grains.DeleteObjectReference<IRoomObserver>(self);
        }
    }

    private async Task<bool> SubscribeAll(IRoomObserver self)
    {
        try
        {
            await Task.WhenAll(layout.Rooms.Select(r => grains.GetGrain<IRoomGrain>(r.Id).Subscribe(self)));
            return true;
        }
        catch (Exception ex) when (ex is OrleansException or TimeoutException)
        {
            LogSubscribeFailed(ex);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not subscribe to the rooms; retrying shortly")]
    private partial void LogSubscribeFailed(Exception exception);
}
