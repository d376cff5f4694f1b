using System.Net;
using LibraryLive.Rooms;
using LibraryLive.Seats;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace LibraryLive.Tests.Http;

[Collection(HostCollection.Name)]
public sealed class SwipeToScreenTests(HostFixture fixture)
{
    [Fact]
    public async Task ASwipePostedOverHttpReachesAScreenWatchingTheRoom()
    {
        var student = TestStudents.Next();
        var start = TestTimes.NextQuarter(fixture.Now);
        var booking = await fixture.Http.PostJson("/api/bookings",
            new { commandId = "book-1", seatId = "B1-C-B596", start, end = start.AddHours(2) }, student.Id);
        Assert.Equal(HttpStatusCode.OK, booking.StatusCode);

        await using var screen = fixture.Host.CreateLobbyConnection();
        var occupied = new TaskCompletionSource<RoomUpdate>(TaskCreationOptions.RunContinuationsAsynchronously);
        screen.On<RoomUpdate>("RoomChanged", update =>
        {
            if (update.Changes.Any(c => c.SeatId == "B1-C-B596" && c.Status == SeatStatus.Occupied))
            {
                occupied.TrySetResult(update);
            }
        });
        await screen.StartAsync();
        var snapshot = await screen.InvokeAsync<RoomSnapshot[]>("Watch", "room", "B1-C");

        var swipe = await fixture.Http.PostJson("/api/swipes", new
        {
            eventId = "swipe-" + Guid.NewGuid().ToString("N"),
            cardId = student.CardId,
            gateId = "G-MAIN-1",
            direction = "in",
            at = fixture.Now,
        });
        var update = await occupied.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, swipe.StatusCode);
        Assert.Equal("B1-C", Assert.Single(snapshot).RoomId);
        Assert.Equal(600, snapshot[0].Counts.Total);
        Assert.Equal("B1-C", update.RoomId);
        Assert.True(update.Counts.Occupied >= 1);
    }

    [Fact]
    public async Task WatchingAFloorAnswersWithASnapshotOfEachOfItsRooms()
    {
        await using var screen = fixture.Host.CreateLobbyConnection();
        await screen.StartAsync();

        var snapshots = await screen.InvokeAsync<RoomSnapshot[]>("Watch", "floor", "B1");

        Assert.Equal(["B1-24H", "B1-C"], snapshots.Select(s => s.RoomId).Order().ToArray());
        Assert.Equal(760, snapshots.Sum(s => s.Seats.Count));
    }

    [Fact]
    public async Task WatchingAnUnknownRoomIsRefusedByName()
    {
        await using var screen = fixture.Host.CreateLobbyConnection();
        await screen.StartAsync();

        var error = await Assert.ThrowsAsync<HubException>(
            () => screen.InvokeAsync<RoomSnapshot[]>("Watch", "room", "9F-NOWHERE"));

        Assert.Contains("There is no room '9F-NOWHERE'.", error.Message);
    }

    [Fact]
    public async Task TheLobbyPageAndTheSignalRClientAreServed()
    {
        var page = await fixture.Http.GetStringAsync("/");
        var client = await fixture.Http.GetAsync("/signalr.min.js");

        Assert.Contains("<script src=\"lobby.js\"></script>", page);
        Assert.Equal(HttpStatusCode.OK, client.StatusCode);
    }
}
