using System.Net;
using System.Text;

namespace LibraryLive.Tests.Http;

/// <summary>Every refused input is answered with RFC 7807 problem details that say what was wrong.</summary>
[Collection(HostCollection.Name)]
public sealed class RefusalTests(HostFixture fixture)
{
    [Fact]
    public async Task MalformedJsonSaysWhereItIsWrong()
    {
        var response = await fixture.Http.PostAsync("/api/swipes",
            new StringContent("{\"eventId\": \"e1\", \"direction\": \"sideways\"}", Encoding.UTF8, "application/json"));
        var problem = await response.Json();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Path: $.direction", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIsRefused()
    {
        var response = await fixture.Http.PostAsync(
            "/api/swipes",
            new StringContent("eventId=e1", Encoding.UTF8, "text/plain"));
        var problem = await response.Json();

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(
            "The body must be JSON (Content-Type: application/json).",
            problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task MissingFieldsAreNamed()
    {
        var response = await fixture.Http.PostJson("/api/swipes", new { eventId = "e2", gateId = "G-MAIN-1" });
        var errors = (await response.Json()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["at", "cardId", "direction"], errors.EnumerateObject().Select(e => e.Name).Order().ToArray());
    }

    [Fact]
    public async Task AnUnknownGateIsNamed()
    {
        var response = await fixture.Http.PostJson("/api/swipes",
            new { eventId = "e3", cardId = "60668E79", gateId = "G-BACKDOOR", direction = "in", at = fixture.Now });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(
            "There is no gate 'G-BACKDOOR' in Medical Library.",
            (await response.Json()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ASwipeFarFromNowIsRefused()
    {
        var response = await fixture.Http.PostJson("/api/swipes",
            new
            {
                eventId = "e4",
                cardId = "60668E79",
                gateId = "G-MAIN-1",
                direction = "in",
                at = fixture.Now.AddDays(-3),
            });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("is too far from now", (await response.Json()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnUnknownSeatIsNamed()
    {
        var start = TestTimes.NextQuarter(fixture.Now);
        var response = await fixture.Http.PostJson("/api/bookings",
            new { commandId = "b1", seatId = "B1-C-B999", start, end = start.AddHours(1) }, TestStudents.Next().Id);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(
            "There is no seat 'B1-C-B999' in Medical Library.",
            (await response.Json()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ABookingWithoutAKnownStudentIsRefused()
    {
        var start = TestTimes.NextQuarter(fixture.Now);
        var response = await fixture.Http.PostJson("/api/bookings",
            new { commandId = "b2", seatId = "B1-C-B001", start, end = start.AddHours(1) }, "not-a-student");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("X-Student-Id", (await response.Json()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ABookingThatClashesIsAConflictInTheStudentsTerms()
    {
        var start = TestTimes.NextQuarter(fixture.Now).AddHours(1);
        await fixture.Http.PostJson("/api/bookings",
            new { commandId = "b3", seatId = "2F-CLIN-C001", start, end = start.AddHours(1) }, TestStudents.Next().Id);

        var response = await fixture.Http.PostJson("/api/bookings",
            new { commandId = "b3", seatId = "2F-CLIN-C001", start, end = start.AddHours(1) }, TestStudents.Next().Id);
        var problem = await response.Json();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.StartsWith("seat C001 is already booked from", problem.GetProperty("detail").GetString());
        Assert.Equal("b3", problem.GetProperty("messageId").GetString());
        Assert.False(problem.GetProperty("duplicate").GetBoolean());
    }

    [Fact]
    public async Task ARepeatedRefusedMessageIsRefusedAgainAndMarkedAsADuplicate()
    {
        var student = TestStudents.Next().Id;
        var start = TestTimes.NextQuarter(fixture.Now);
        var booking = new { commandId = "too-long", seatId = "2F-CLIN-C002", start, end = start.AddHours(6) };

        var first = await fixture.Http.PostJson("/api/bookings", booking, student);
        var again = await fixture.Http.PostJson("/api/bookings", booking, student);
        var problem = await again.Json();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.True(problem.GetProperty("duplicate").GetBoolean());
        Assert.Equal("a booking lasts from 30 minutes to 4 hours", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ARepeatedMessageIsAnsweredAsADuplicate()
    {
        var student = TestStudents.Next();
        var swipe = new
        {
            eventId = "repeat-1",
            cardId = student.CardId,
            gateId = "G-MAIN-2",
            direction = "in",
            at = fixture.Now,
        };

        var first = await (await fixture.Http.PostJson("/api/swipes", swipe)).Json();
        var second = await (await fixture.Http.PostJson("/api/swipes", swipe)).Json();

        Assert.False(first.GetProperty("duplicate").GetBoolean());
        Assert.True(second.GetProperty("duplicate").GetBoolean());
    }

    [Fact]
    public async Task ASwipeOfAnUnknownCardIsKeptAndShownToStaff()
    {
        var at = fixture.Now;
        var response = await fixture.Http.PostJson("/api/swipes",
            new { eventId = "stray-1", cardId = "DEADBEEF", gateId = "G-EAST-1", direction = "in", at });
        var date = at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd");

        var kept = await fixture.Http.GetStringAsync($"/api/staff/unknown-cards/{date}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("kept for staff", (await response.Json()).GetProperty("note").GetString());
        Assert.Contains("DEADBEEF", kept);
    }
}
