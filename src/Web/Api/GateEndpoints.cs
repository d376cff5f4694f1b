using LibraryLive.Web.Intake;

namespace LibraryLive.Web.Api;

internal static class GateEndpoints
{
    public static IEndpointRouteBuilder MapGateEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/swipes", async (HttpRequest request, LibraryIntake intake) =>
        {
            var (body, problem) = await JsonBody.Read<SwipeRequest>(request);
            return Answers.From(problem ?? await intake.Swipe(body!));
        })
        .WithName("Swipe")
        .WithSummary("A card swiped at a gate (in or out).");

        return app;
    }
}
