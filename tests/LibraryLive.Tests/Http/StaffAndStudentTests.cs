using System.Net;
using LibraryLive.Desk;
using Microsoft.AspNetCore.SignalR.Client;

namespace LibraryLive.Tests.Http;

[Collection(HostCollection.Name)]
public sealed class StaffAndStudentTests(HostFixture fixture)
{
    [Fact]
    public async Task AStudentsOwnConnectionHearsAboutTheirSeatAndNobodyElses()
    {
        var student = TestStudents.Next();
        var stranger = TestStudents.Next();
        await using var own = StudentConnection(student.Id);
        await using var other = StudentConnection(stranger.Id);
        var notices = new List<DeskEvent>();
        var awaiting = new TaskCompletionSource<DeskEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        own.On<DeskEvent>("Notice", n => awaiting.TrySetResult(n));
        other.On<DeskEvent>("Notice", n => { lock (notices) { notices.Add(n); } });
        await own.StartAsync();
        await other.StartAsync();
        var start = TestTimes.NextQuarter(fixture.Now);

        await fixture.Http.PostJson(
            "/api/bookings",
            new { commandId = "b1", seatId = "2F-CLIN-C050", start, end = start.AddHours(1) },
            student.Id);
        var notice = await awaiting.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(DeskEventKind.AwaitingCheckIn, notice.Kind);
        Assert.Equal(
            "Seat C050 is waiting for you: "
            + $"check in by {start.AddMinutes(30).ToOffset(TimeSpan.FromHours(8)):HH:mm}.",
            notice.Message);
        lock (notices)
        {
            Assert.DoesNotContain(notices, n => n.StudentId == student.Id);
        }
    }

    [Fact]
    public async Task StepAwayOverHttpHoldsTheSeatAndTheStaffBoardShowsIt()
    {
        var student = TestStudents.Next();
        var start = TestTimes.NextQuarter(fixture.Now);
        await fixture.Http.PostJson(
            "/api/bookings",
            new { commandId = "b1", seatId = "2F-CLIN-C051", start, end = start.AddHours(2) },
            student.Id);
        await fixture.Http.PostJson("/api/swipes",
            new
            {
                eventId = "in-c051",
                cardId = student.CardId,
                gateId = "G-MAIN-1",
                direction = "in",
                at = fixture.Now,
            });

        var away = await fixture.Http.PostJson(
            "/api/seats/2F-CLIN-C051/away",
            new { commandId = "away-1" },
            student.Id);
        var seat = await (await fixture.Http.GetAsync("/api/staff/seats/2F-CLIN-C051")).Json();
        var board = await (await fixture.Http.GetAsync("/api/staff/board")).Json();

        Assert.Equal(HttpStatusCode.OK, away.StatusCode);
        Assert.Equal("away", seat.GetProperty("view").GetProperty("status").GetString());
        Assert.Contains(
            board.GetProperty("away").EnumerateArray(),
            e => e.GetProperty("seatId").GetString() == "2F-CLIN-C051");
    }

    [Fact]
    public async Task EveryOtherSeatPatternClosesHalfTheFreeSeatsAndNoneReopensThem()
    {
        var closed = await (await fixture.Http.PostJson(
            "/api/staff/rooms/5F-GROUP/pattern",
            new { pattern = "everyOther" })).Json();
        var room = await (await fixture.Http.GetAsync("/api/rooms/5F-GROUP")).Json();
        var reopened = await (await fixture.Http.PostJson(
            "/api/staff/rooms/5F-GROUP/pattern",
            new { pattern = "none" })).Json();

        Assert.Equal(50, closed.GetProperty("closed").GetInt32());
        Assert.Equal(50, room.GetProperty("counts").GetProperty("blocked").GetInt32());
        Assert.Equal(0, reopened.GetProperty("closed").GetInt32());
    }

    [Fact]
    public async Task CappingARoomKeepsThatManySeatsOpen()
    {
        var capped = await (await fixture.Http.PostJson("/api/staff/rooms/1F-PER/capacity", new { seats = 24 })).Json();
        var refused = await fixture.Http.PostJson("/api/staff/rooms/1F-PER/capacity", new { seats = -1 });
        await fixture.Http.PostJson("/api/staff/rooms/1F-PER/pattern", new { pattern = "none" });

        Assert.Equal(72, capped.GetProperty("closed").GetInt32());
        Assert.Equal(24, capped.GetProperty("open").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task StaffReleaseASeatByHandAndItsStudentIsNotPenalised()
    {
        var student = TestStudents.Next();
        var start = TestTimes.NextQuarter(fixture.Now);
        await fixture.Http.PostJson(
            "/api/bookings",
            new { commandId = "b1", seatId = "2F-CLIN-C052", start, end = start.AddHours(2) },
            student.Id);
        await fixture.Http.PostJson("/api/swipes",
            new
            {
                eventId = "in-c052",
                cardId = student.CardId,
                gateId = "G-MAIN-1",
                direction = "in",
                at = fixture.Now,
            });

        var released = await fixture.Http.PostAsync("/api/staff/seats/2F-CLIN-C052/release", null);
        var again = await fixture.Http.PostAsync("/api/staff/seats/2F-CLIN-C052/release", null);
        var status = await (await fixture.Http.GetAsync($"/api/staff/students/{student.Id}")).Json();

        Assert.Equal("free", (await released.Json()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(0, status.GetProperty("violations").GetArrayLength());
    }

    private HubConnection StudentConnection(string studentId) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(fixture.Host.BaseAddress, $"/hubs/student?student={studentId}"))
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(
                new System.Text.Json.Serialization.JsonStringEnumConverter(
                    System.Text.Json.JsonNamingPolicy.CamelCase)))
            .Build();
}
