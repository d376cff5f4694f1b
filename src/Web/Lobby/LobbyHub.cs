using LibraryLive.Layout;
using LibraryLive.Rooms;
using Microsoft.AspNetCore.SignalR;

namespace LibraryLive.Web.Lobby;

/// <summary>What the server calls on a connected screen.</summary>
public interface ILobbyScreen
{
    Task RoomChanged(RoomUpdate update);
}

/// <summary>
/// Lobby screens connect here and watch a room, a floor or the whole library. Watching answers with a
/// full snapshot; after that the screen receives only changes. A reconnected screen watches again and so
/// gets a fresh snapshot.
/// </summary>
public sealed class LobbyHub(LibraryLayout layout, IGrainFactory grains) : Hub<ILobbyScreen>
{
    public const string Path = "/hubs/lobby";

    private const string WatchedRooms = "rooms";

    /// <param name="scope">"room", "floor" or "library".</param>
    /// <param name="id">The room or floor id; ignored for the library.</param>
    public async Task<IReadOnlyList<RoomSnapshot>> Watch(string scope, string? id)
    {
        var rooms = RoomsIn(scope, id);

        if (Context.Items.TryGetValue(WatchedRooms, out var previous) && previous is string[] old)
        {
            foreach (var roomId in old.Except(rooms))
            {
                await Groups.RemoveFromGroupAsync(Context.ConnectionId, LobbyGroups.Room(roomId));
            }
        }

        // Join before taking the snapshot: a change in between arrives twice rather than never, and the
        // seat versions let the screen ignore the older copy.
        foreach (var roomId in rooms)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, LobbyGroups.Room(roomId));
        }

        Context.Items[WatchedRooms] = rooms;
        return await Task.WhenAll(rooms.Select(r => grains.GetGrain<IRoomGrain>(r).GetSnapshot()));
    }

    private string[] RoomsIn(string scope, string? id) => scope switch
    {
        "library" => layout.Rooms.Select(r => r.Id).ToArray(),
        "floor" when id is not null && layout.FloorsById.ContainsKey(id) =>
            layout.RoomsOnFloor(id).Select(r => r.Id).ToArray(),
        "room" when id is not null && layout.RoomsById.ContainsKey(id) => [id],
        "floor" or "room" => throw new HubException($"There is no {scope} '{id}'."),
        _ => throw new HubException($"Unknown scope '{scope}': watch a \"room\", a \"floor\" or the \"library\"."),
    };
}

public static class LobbyGroups
{
    public static string Room(string roomId) => $"room:{roomId}";
}
