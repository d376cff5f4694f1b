using LibraryLive.Layout;
using LibraryLive.Registry;
using LibraryLive.Rooms;
using LibraryLive.Students;

namespace LibraryLive.Web.Api;

/// <summary>Read-only views: the library's plan for screens, a student's own status, and staff views.</summary>
internal static class LibraryEndpoints
{
    public static IEndpointRouteBuilder MapLibraryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/library", (LibraryLayout layout) => new LibraryPlan(
            layout.Library.Name,
            layout.Library.TimeZone,
            layout.Library.Opens,
            layout.Library.Closes,
            layout.Floors.OrderBy(f => f.Level).Select(f => new FloorPlan(
                f.Id,
                f.Name,
                layout.RoomsOnFloor(f.Id)
                    .Select(r => new RoomSummary(r.Id, r.Name, r.OpenAllHours, r.Seats.Count))
                    .ToArray()))
            .ToArray()))
            .WithSummary("The library's floors and rooms.");

        app.MapGet("/api/rooms/{roomId}/plan", (string roomId, LibraryLayout layout) =>
            layout.RoomsById.TryGetValue(roomId, out var room)
                ? Results.Ok(new RoomPlan(room.Id, room.Name, room.FloorId, room.OpenAllHours,
                    room.Seats.Select(s => new SeatPlan(s.Id, s.Label, s.Features, s.X, s.Y)).ToArray()))
                : Results.Problem(
                    $"There is no room '{roomId}'.",
                    statusCode: StatusCodes.Status404NotFound,
                    title: "Not found"))
            .WithSummary("Where the seats of a room are, for drawing it.");

        app.MapGet("/api/rooms/{roomId}", async (string roomId, LibraryLayout layout, IGrainFactory grains) =>
            layout.RoomsById.ContainsKey(roomId)
                ? Results.Ok(await grains.GetGrain<IRoomGrain>(roomId).GetSnapshot())
                : Results.Problem(
                    $"There is no room '{roomId}'.",
                    statusCode: StatusCodes.Status404NotFound,
                    title: "Not found"))
            .WithSummary("The live state of a room's seats.");

        app.MapGet("/api/students/me", async (HttpContext context, StudentRegistry registry, IGrainFactory grains) =>
        {
            var studentId = StudentIdentity.Resolve(context, registry, out var denied);
            return studentId is null
                ? denied!
                : Results.Ok(await grains.GetGrain<IStudentGrain>(studentId).GetStatus());
        })
        .WithSummary("The acting student's own status and booking.");

        return app;
    }
}

public sealed record LibraryPlan(
    string Name,
    string TimeZone,
    TimeOnly Opens,
    TimeOnly Closes,
    IReadOnlyList<FloorPlan> Floors);

public sealed record FloorPlan(string Id, string Name, IReadOnlyList<RoomSummary> Rooms);

public sealed record RoomSummary(string Id, string Name, bool OpenAllHours, int Seats);

public sealed record RoomPlan(string Id, string Name, string FloorId, bool OpenAllHours, IReadOnlyList<SeatPlan> Seats);

public sealed record SeatPlan(string Id, string Label, IReadOnlyList<string> Features, double X, double Y);
