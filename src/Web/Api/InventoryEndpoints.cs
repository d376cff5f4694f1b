using LibraryLive.Inventory;
using LibraryLive.Rankings;
using LibraryLive.Registry;
using LibraryLive.Web.Inventory;
using LibraryLive.Web.Rankings;

namespace LibraryLive.Web.Api;

/// <summary>
/// The annual report (public and staff), the live rankings and their hub, the student's consent, and the staff import.
/// </summary>
internal static class InventoryEndpoints
{
    public static IEndpointRouteBuilder MapInventoryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reports/annual/{year:int}", (int year, AnnualReport report) =>
            report.Build(year, forStaff: false))
            .WithSummary("The year's awards, readers shown only as their consent allows.");

        app.MapGet("/api/reports/annual/{year:int}/calendar", async (int year, IGrainFactory grains) =>
        {
            async Task<Dictionary<string, long>> All(Award award) =>
                (await grains.Board(award, year).GetStandings(int.MaxValue)).Top.ToDictionary(p => p.Id, p => p.Value);
            return new
            {
                days = await All(Award.BusiestDay),
                nights = await All(Award.BusiestNight),
                seats = await All(Award.PopularSeat),
            };
        })
        .WithSummary("For the inventory page: readers per date, readers per night, and bookings per seat.");

        // Limitation: staff routes are open until access is secured (a later issue); they show ids.
        app.MapGet("/api/staff/reports/annual/{year:int}", (int year, AnnualReport report) =>
            report.Build(year, forStaff: true))
            .WithSummary("The year's awards with student and seat ids.");

        app.MapPut("/api/students/me/consent", async (
            HttpContext context,
            StudentRegistry registry,
            IGrainFactory grains) =>
        {
            var studentId = StudentIdentity.Resolve(context, registry, out var denied);
            if (studentId is null)
            {
                return denied!;
            }

            var (body, problem) = await JsonBody.Read<ConsentRequest>(context.Request);
            if (problem is not null || body!.Disclosure is not { } disclosure)
            {
                return Results.Problem("Say how you may be shown: {\"disclosure\": \"named\" | \"masked\" | \"none\"}.",
                    statusCode: StatusCodes.Status400BadRequest, title: "Invalid consent");
            }

            await grains.GetGrain<IReaderConsentGrain>(studentId).Choose(disclosure);
            return Results.Ok(new ConsentRequest(disclosure));
        })
        .WithSummary("The acting student chooses how they may be shown in public rankings and reports.");

        app.MapPost("/api/staff/imports", async (HttpRequest request, InventoryImporter importer) =>
        {
            var (body, problem) = await JsonBody.Read<ImportRequest>(request);
            if (problem is not null || string.IsNullOrWhiteSpace(body!.Folder) || !Directory.Exists(body.Folder))
            {
                return Results.Problem(
                    "Name a folder of the server holding students.csv, gate-events.csv and bookings.csv.",
                    statusCode: StatusCodes.Status400BadRequest, title: "No such folder");
            }

            try
            {
                return Results.Ok(await importer.Import(
                    body.Folder,
                    body.StopOnError,
                    cancellationToken: request.HttpContext.RequestAborted));
            }
            catch (ImportStoppedException stopped)
            {
                return Results.Problem(
                    stopped.Message,
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: "Import stopped");
            }
        })
        .WithSummary("Imports a year of exports from a folder of the server, replaying it through the grains.");

        app.MapGet("/api/rankings/{period}/{award}", async (string period, string award, HttpContext context,
            StudentRegistry registry, LiveRankings rankings) =>
        {
            if (!LiveRankings.TryFind(period, award, out var kind, out var parsed))
            {
                return Results.Problem($"There is no live ranking of '{award}' over a '{period}'.",
                    statusCode: StatusCodes.Status404NotFound, title: "Not found");
            }

            var current = rankings.Current(kind);
            var view = await rankings.View(parsed, current);
            var own = context.Request.Headers.ContainsKey(StudentIdentity.Header)
                && StudentIdentity.Resolve(context, registry, out _) is { } studentId
                ? await rankings.Own(parsed, current, studentId)
                : null;
            return Results.Ok(new { ranking = view, me = own });
        })
        .WithSummary(
            "A live ranking of the current week, month or year; with X-Student-Id, also that student's place.");

        app.MapHub<RankingsHub>(RankingsHub.Path);
        return app;
    }
}
