using LibraryLive.Layout;
using LibraryLive.Rooms;
using LibraryLive.Web.Relays;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LibraryLive.Web.Lobby;

/// <summary>
/// Each host observes every room grain, wherever in the cluster it lives, and relays the room's batched
/// changes to the screens connected to this host.
/// </summary>
public sealed class LobbyRelay(
    IGrainFactory grains,
    LibraryLayout layout,
    IHubContext<LobbyHub, ILobbyScreen> hub,
    IOptions<PushOptions> options,
    TimeProvider time,
    ILogger<LobbyRelay> logger) : RenewedSubscriptions<IRoomObserver>(grains, options, time, logger), IRoomObserver
{
    public Task RoomChanged(RoomUpdate update) => hub.Clients.Group(LobbyGroups.Room(update.RoomId)).RoomChanged(update);

    protected override Task SubscribeAll(IRoomObserver self) =>
        Task.WhenAll(layout.Rooms.Select(r => Grains.GetGrain<IRoomGrain>(r.Id).Subscribe(self)));
}
