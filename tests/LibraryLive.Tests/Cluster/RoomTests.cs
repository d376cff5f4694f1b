using LibraryLive.Gates;
using LibraryLive.Rooms;
using LibraryLive.Seats;
using LibraryLive.Staff;
using LibraryLive.Students;

namespace LibraryLive.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class RoomTests(ClusterFixture fixture)
{
    private DateTimeOffset Now => fixture.Clock.GetUtcNow();

    [Fact]
    public async Task RoomCountsFollowTheirSeats()
    {
        var room = fixture.Grains.GetGrain<IRoomGrain>("4F-QUIET");
        var before = (await room.GetSnapshot()).Counts;
        var student = TestStudents.Next();

        await CheckIn(student, "4F-QUIET-Q001");
        var after = await room.GetSnapshot();

        Assert.Equal(144, after.Counts.Total);
        Assert.Equal(before.Occupied + 1, after.Counts.Occupied);
        Assert.Equal(before.Free - 1, after.Counts.Free);
        Assert.Equal(SeatStatus.Occupied, after.Seats.Single(s => s.SeatId == "4F-QUIET-Q001").Status);
    }

    [Fact]
    public async Task AnObserverOutsideTheSilosReceivesTheSeatChange()
    {
        var room = fixture.Grains.GetGrain<IRoomGrain>("3F-BASIC");
        var observer = new WaitingObserver("3F-BASIC-M010", SeatStatus.Occupied);
        var reference = fixture.Cluster.Client.CreateObjectReference<IRoomObserver>(observer);
        await room.Subscribe(reference);

        await CheckIn(TestStudents.Next(), "3F-BASIC-M010");
        var update = await observer.Arrived.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("3F-BASIC", update.RoomId);
        Assert.Equal(SeatStatus.Occupied, update.Changes.Single(c => c.SeatId == "3F-BASIC-M010").Status);
        await room.Unsubscribe(reference);
    }

    [Fact]
    public async Task AnUnknownCardIsKeptForStaffOnce()
    {
        var day = fixture.Grains.GetGrain<IUnknownCardsGrain>("2026-12-03");
        var swipe = new GateSwipe("unknown-1", "FFFF0000", "G-MAIN-3", SwipeDirection.In, Now);

        var first = await day.Keep(swipe);
        var again = await day.Keep(swipe);

        Assert.True(first);
        Assert.False(again);
        Assert.Single(await day.List(), s => s.EventId == "unknown-1");
    }

    private async Task CheckIn(Registry.Student student, string seatId)
    {
        var grain = fixture.Grains.GetGrain<IStudentGrain>(student.Id);
        var start = TestTimes.NextQuarter(Now);
        var booked = await grain.Book(new BookSeat("book-" + seatId, seatId, start, start.AddHours(1)));
        Assert.Equal(Messages.ReceiptStatus.Accepted, booked.Status);
        await grain.Swipe(new GateSwipe("in-" + seatId, student.CardId, "G-MAIN-1", SwipeDirection.In, Now));
    }

    private sealed class WaitingObserver(string seatId, SeatStatus status) : IRoomObserver
    {
        private readonly TaskCompletionSource<RoomUpdate> _arrived =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<RoomUpdate> Arrived => _arrived.Task;

        public Task RoomChanged(RoomUpdate update)
        {
            if (update.Changes.Any(c => c.SeatId == seatId && c.Status == status))
            {
                _arrived.TrySetResult(update);
            }

            return Task.CompletedTask;
        }
    }
}
