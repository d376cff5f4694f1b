using System.Net;
using System.Net.Http.Json;
using LibraryLive.Tests.Http;
using LibraryLive.Web.Rankings;
using Microsoft.AspNetCore.SignalR.Client;

namespace LibraryLive.Tests.Inventory;

[Collection(HostCollection.Name)]
public sealed class LiveRankingsTests(HostFixture fixture)
{
    [Fact]
    public async Task SwipesInMoveTheWeeksVisitsRankingOnAWatchingScreenAndTheStudentSeesTheirPlace()
    {
        var student = TestStudents.Next();
        var consent = new HttpRequestMessage(HttpMethod.Put, "/api/students/me/consent")
        {
            Content = JsonContent.Create(new { disclosure = "named" }, options: HttpJson.Options),
        };
        consent.Headers.Add("X-Student-Id", student.Id);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Http.SendAsync(consent)).StatusCode);

        await using var screen = new HubConnectionBuilder()
            .WithUrl(new Uri(fixture.Host.BaseAddress, RankingsHub.Path))
            .Build();
        var named = new TaskCompletionSource<RankingView>(TaskCreationOptions.RunContinuationsAsynchronously);
        screen.On<RankingView>(nameof(IRankingsScreen.RankingChanged), view =>
        {
            if (view.Places.Any(p => p.Name == student.Name && p.Value == 3))
            {
                named.TrySetResult(view);
            }
        });
        await screen.StartAsync();
        var before = await screen.InvokeAsync<RankingView>(nameof(RankingsHub.Watch), "week", "visits");

        // Three entries this week put the student above the readers other tests swipe in once or twice.
        var swipes = new List<HttpResponseMessage>();
        foreach (var entry in new[] { "first", "second", "third" })
        {
            swipes.Add(await fixture.Http.PostJson("/api/swipes", new
            {
                eventId = $"swipe-{entry}-{Guid.NewGuid():N}",
                cardId = student.CardId,
                gateId = "G-MAIN-2",
                direction = "in",
                at = fixture.Now,
            }));
        }

        var pushed = await named.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var own = await OwnPlace(student.Id);

        Assert.All(swipes, swipe => Assert.Equal(HttpStatusCode.OK, swipe.StatusCode));
        Assert.DoesNotContain(before.Places, p => p.Name == student.Name);
        Assert.Equal(("visits", "week"), (pushed.Award, pushed.Period));
        Assert.Equal(3, pushed.Places.Single(p => p.Name == student.Name).Value);
        Assert.Equal(3, own.GetProperty("value").GetDouble());
        Assert.True(own.GetProperty("place").GetInt64() >= 1);
    }

    [Theory]
    [InlineData("/rankings.html", "<script src=\"rankings.js\"></script>")]
    [InlineData("/inventory.html", "<script src=\"inventory.js\"></script>")]
    public async Task TheRankingsAndInventoryPagesAreServed(string page, string script)
    {
        var html = await fixture.Http.GetStringAsync(page);

        Assert.Contains(script, html);
    }

    private async Task<System.Text.Json.JsonElement> OwnPlace(string studentId)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/rankings/week/visits");
        request.Headers.Add("X-Student-Id", studentId);
        return (await (await fixture.Http.SendAsync(request)).Json()).GetProperty("me");
    }
}
