using LibraryLive.Registry;
using LibraryLive.Web.Intake;

namespace LibraryLive.Web.Api;

internal static class BookingEndpoints
{
    public static IEndpointRouteBuilder MapBookingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/bookings", async (HttpContext context, StudentRegistry registry, LibraryIntake intake) =>
        {
            var studentId = StudentIdentity.Resolve(context, registry, out var denied);
            if (studentId is null)
            {
                return denied!;
            }

            var (body, problem) = await JsonBody.Read<BookingRequest>(context.Request);
            return Answers.From(problem ?? await intake.Book(studentId, body!));
        })
        .WithSummary("Book a seat for a time range.");

        app.MapPost("/api/bookings/{bookingId}/cancel", (
            HttpContext context,
            string bookingId,
            StudentRegistry registry,
            LibraryIntake intake) =>
            ForStudent(context, registry, (studentId, body) => intake.Cancel(studentId, bookingId, body)))
            .WithSummary("Cancel a booking before checking in.");

        app.MapPost("/api/seats/{seatId}/check-in", (
            HttpContext context,
            string seatId,
            StudentRegistry registry,
            LibraryIntake intake) =>
            ForStudent(context, registry, (studentId, body) => intake.CheckIn(studentId, seatId, body)))
            .WithSummary("Check in at the seat (the QR code on the desk).");

        app.MapPost("/api/seats/{seatId}/away", (
            HttpContext context,
            string seatId,
            StudentRegistry registry,
            LibraryIntake intake) =>
            ForStudent(context, registry, (studentId, body) => intake.StepAway(studentId, seatId, body)))
            .WithSummary("Step away from the seat; it is held for a while (longer at mealtimes).");

        app.MapPost("/api/seats/{seatId}/leave", (
            HttpContext context,
            string seatId,
            StudentRegistry registry,
            LibraryIntake intake) =>
            ForStudent(context, registry, (studentId, body) => intake.Leave(studentId, seatId, body)))
            .WithSummary("Leave the seat for good; it is free at once.");

        return app;
    }

    private static async Task<IResult> ForStudent(
        HttpContext context,
        StudentRegistry registry,
        Func<string, SeatCommandRequest, Task<IntakeResult>> send)
    {
        var studentId = StudentIdentity.Resolve(context, registry, out var denied);
        if (studentId is null)
        {
            return denied!;
        }

        var (body, problem) = await JsonBody.Read<SeatCommandRequest>(context.Request);
        return Answers.From(problem ?? await send(studentId, body!));
    }
}
