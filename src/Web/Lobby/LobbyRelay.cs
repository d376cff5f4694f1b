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
public sealed class LobbyRelay(
    IGrainFactory grains,
    LibraryLayout layout,
    IHubContext<LobbyHub, ILobbyScreen> hub,
    IOptions<PushOptions> options,
    TimeProvider time,
    ILogger<LobbyRelay> logger) : BackgroundService, IRoomObserver
{
    public Task RoomChanged(RoomUpdate update) =>
        hub.Clients.Group(LobbyGroups.Room(update.RoomId)).RoomChanged(update);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The reference must live as long as the relay: a collected observer silently stops receiving.
        var self = grains.CreateObjectReference<IRoomObserver>(this);
        try
        {
            await Renewal.Run(
                () => Task.WhenAll(layout.Rooms.Select(r => grains.GetGrain<IRoomGrain>(r.Id).Subscribe(self))),
                options.Value.SubscriptionLifetime / 3,
                time,
                logger,
                stoppingToken);
        }
        finally
        {
            grains.DeleteObjectReference<IRoomObserver>(self);
        }
    }
}
