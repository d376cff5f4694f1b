using LibraryLive.Desk;
using LibraryLive.Layout;
using LibraryLive.Registry;
using LibraryLive.Seats;
using LibraryLive.Staff;
using LibraryLive.Students;
using LibraryLive.Web.Api;
using LibraryLive.Web.Intake;

namespace LibraryLive.Web.Staff;

// Limitation: staff routes are open until access is secured (a later issue); their answers may show ids.
internal static class StaffEndpoints
{
    public static IEndpointRouteBuilder MapStaffEndpoints(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/staff").WithTags("Staff");

        staff.MapGet("/board", (IGrainFactory grains) =>
            grains.GetGrain<IFrontDeskGrain>(IFrontDeskGrain.Key).GetBoard())
            .WithSummary("Check-ins awaited with their deadlines, away holds, recent no-shows and violations, bars.");

        staff.MapGet("/unknown-cards/{date}", async (DateOnly date, IGrainFactory grains) =>
            await grains.GetGrain<IUnknownCardsGrain>(date.ToString("yyyy-MM-dd")).List())
            .WithSummary("Swipes of cards the registry does not know, for one library-local date.");

        staff.MapGet("/seats/{seatId}", (string seatId, LibraryLayout layout, IGrainFactory grains) =>
            ForSeat(seatId, layout, async seat => Results.Ok(await grains.GetGrain<ISeatGrain>(seat.Id).GetDetail())))
            .WithSummary("A seat with its bookings and their students.");

        staff.MapPost("/seats/{seatId}/close", (string seatId, LibraryLayout layout, IGrainFactory grains) =>
            ForSeat(seatId, layout, async seat =>
            {
                await grains.GetGrain<ISeatGrain>(seat.Id).Close();
                return Results.Ok(await grains.GetGrain<ISeatGrain>(seat.Id).GetView());
            }))
            .WithSummary("Close a seat; its bookings end and their students are told.");

        staff.MapPost("/seats/{seatId}/reopen", (string seatId, LibraryLayout layout, IGrainFactory grains) =>
            ForSeat(seatId, layout, async seat =>
            {
                await grains.GetGrain<ISeatGrain>(seat.Id).Reopen();
                return Results.Ok(await grains.GetGrain<ISeatGrain>(seat.Id).GetView());
            }))
            .WithSummary("Open a closed seat again.");

        staff.MapPost("/seats/{seatId}/release", (string seatId, LibraryLayout layout, IGrainFactory grains) =>
            ForSeat(seatId, layout, async seat =>
            {
                var answer = await grains.GetGrain<ISeatGrain>(seat.Id).ReleaseByStaff();
                return answer.Ok
                    ? Results.Ok(await grains.GetGrain<ISeatGrain>(seat.Id).GetView())
                    : Results.Problem(answer.Reason, statusCode: StatusCodes.Status409Conflict, title: "Refused");
            }))
            .WithSummary("Free a seat by hand (a bag left on a desk); its student is told, without a violation.");

        staff.MapPost("/rooms/{roomId}/close", (string roomId, LibraryLayout layout, StaffActions actions) =>
            ForRoom(roomId, layout, async room => Results.Ok(await actions.CloseRoom(room))))
            .WithSummary("Close every free seat of a room; seats in use are listed, to close once free.");

        staff.MapPost("/rooms/{roomId}/reopen", (string roomId, LibraryLayout layout, StaffActions actions) =>
            ForRoom(roomId, layout, async room => Results.Ok(await actions.ApplyPattern(room, RoomPattern.None))))
            .WithSummary("Open every seat of a room again.");

        staff.MapPost("/rooms/{roomId}/pattern", (
            string roomId,
            HttpRequest http,
            LibraryLayout layout,
            StaffActions actions) =>
            ForRoom(roomId, layout, async room =>
            {
                var (request, problem) = await JsonBody.Read<PatternRequest>(http);
                return problem is not null
                    ? Answers.From(problem)
                    : Results.Ok(await actions.ApplyPattern(room, request!.Pattern));
            }))
            .WithSummary("Apply a distancing pattern: everyOther closes every other seat; none opens all.");

        staff.MapPost("/rooms/{roomId}/capacity", (
            string roomId,
            HttpRequest http,
            LibraryLayout layout,
            StaffActions actions) =>
            ForRoom(roomId, layout, async room =>
            {
                var (request, problem) = await JsonBody.Read<CapacityRequest>(http);
                if (problem is not null || request!.Seats < 0)
                {
                    return Answers.From(problem ?? IntakeResult.Invalid("The capacity must be zero or more seats."));
                }

                return Results.Ok(await actions.Cap(room, request.Seats));
            }))
            .WithSummary("Cap a room: keep this many seats open, spread over the room, and close the rest.");

        staff.MapGet("/students/{studentId}", (string studentId, StudentRegistry registry, IGrainFactory grains) =>
            ForStudent(studentId, registry, async id =>
                Results.Ok(await grains.GetGrain<IStudentGrain>(id).GetStatus())))
            .WithSummary("A student's status, violations and bar.");

        staff.MapPost("/students/{studentId}/lift-bar", (
            string studentId,
            StudentRegistry registry,
            IGrainFactory grains) =>
            ForStudent(studentId, registry, async id =>
            {
                await grains.GetGrain<IStudentGrain>(id).LiftBar();
                return Results.Ok(await grains.GetGrain<IStudentGrain>(id).GetStatus());
            }))
            .WithSummary("Lift a student's booking bar.");

        return app;
    }

    private static Task<IResult> ForSeat(string seatId, LibraryLayout layout, Func<Seat, Task<IResult>> act) =>
        layout.SeatsById.TryGetValue(seatId, out var seat)
            ? act(seat)
            : Task.FromResult(NotFound($"There is no seat '{seatId}'."));

    private static Task<IResult> ForRoom(string roomId, LibraryLayout layout, Func<Room, Task<IResult>> act) =>
        layout.RoomsById.TryGetValue(roomId, out var room)
            ? act(room)
            : Task.FromResult(NotFound($"There is no room '{roomId}'."));

    private static Task<IResult> ForStudent(
        string studentId,
        StudentRegistry registry,
        Func<string, Task<IResult>> act) =>
        registry.TryGetById(studentId, out _)
            ? act(studentId)
            : Task.FromResult(NotFound($"There is no student '{studentId}'."));

    private static IResult NotFound(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}

public sealed record PatternRequest(RoomPattern Pattern);

public sealed record CapacityRequest(int Seats);
