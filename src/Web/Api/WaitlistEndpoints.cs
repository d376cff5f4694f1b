using LibraryLive.Layout;
using LibraryLive.Registry;
using LibraryLive.Waitlists;
using LibraryLive.Web.Intake;

namespace LibraryLive.Web.Api;

internal static class WaitlistEndpoints
{
    public static IEndpointRouteBuilder MapWaitlistEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/rooms/{roomId}/waitlist", async (HttpContext context, string roomId, LibraryLayout layout,
            StudentRegistry registry, IGrainFactory grains) =>
        {
            var studentId = StudentIdentity.Resolve(context, registry, out var denied);
            if (studentId is null)
            {
                return denied!;
            }

            var (body, problem) = await JsonBody.Read<WaitlistRequest>(context.Request);
            if (problem is not null)
            {
                return Answers.From(problem);
            }

            if (!layout.RoomsById.TryGetValue(roomId, out var room))
            {
                return Answers.From(IntakeResult.NotFound($"There is no room '{roomId}'."));
            }

            if (body!.Feature is { } feature && !room.Seats.Any(s => s.Features.Contains(feature)))
            {
                return Answers.From(IntakeResult.Unprocessable($"No seat in {room.Name} has the feature '{feature}'."));
            }

            var position = await grains.GetGrain<IWaitlistGrain>(roomId).Join(studentId, body.Feature);
            return Results.Ok(new WaitlistAnswer(roomId, body.Feature, position));
        })
        .WithSummary("Wait for a seat in a room, or for one with a feature; a freed seat is offered for 5 minutes.");

        app.MapDelete("/api/rooms/{roomId}/waitlist", async (HttpContext context, string roomId, LibraryLayout layout,
            StudentRegistry registry, IGrainFactory grains) =>
        {
            var studentId = StudentIdentity.Resolve(context, registry, out var denied);
            if (studentId is null)
            {
                return denied!;
            }

            if (!layout.RoomsById.ContainsKey(roomId))
            {
                return Answers.From(IntakeResult.NotFound($"There is no room '{roomId}'."));
            }

            await grains.GetGrain<IWaitlistGrain>(roomId).Leave(studentId);
            return Results.NoContent();
        })
        .WithSummary("Stop waiting for a seat in a room.");

        return app;
    }
}

public sealed record WaitlistRequest(string? Feature);

public sealed record WaitlistAnswer(string RoomId, string? Feature, int Position);
