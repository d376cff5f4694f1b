using LibraryLive.Gates;
using LibraryLive.Inventory;
using LibraryLive.Rankings;
using LibraryLive.Students;

namespace LibraryLive.Tests.Inventory;

[Collection(ClusterCollection.Name)]
public sealed class LiveCountingTests(ClusterFixture fixture)
{
    // A seat whose id sorts first, so it is among the places pushed whatever other tests count.
    private const string Seat = "1F-PER-P001";

    private DateTimeOffset Now => fixture.Clock.GetUtcNow();

    [Fact]
    public async Task AcceptedSwipesCountInTheReadersYearOnceEach()
    {
        var student = TestStudents.Next();
        var grain = fixture.Grains.GetGrain<IStudentGrain>(student.Id);
        var swipeIn = new GateSwipe("count-in", student.CardId, "G-MAIN-3", SwipeDirection.In, Now);

        await grain.Swipe(swipeIn);
        await grain.Swipe(swipeIn);
        await grain.Swipe(new GateSwipe("count-out", student.CardId, "G-MAIN-3", SwipeDirection.Out, Now.AddHours(2)));

        var today = fixture.Grains.GetGrain<IReaderYearGrain>(YearKeys.Of(student.Id, Now.Year));
        var figures = await today.GetFigures(new DateOnly(Now.Year, 1, 1), new DateOnly(Now.Year, 12, 31));
        var rank = await fixture.Grains.Board(Award.Visits, Now.Year).GetRank(student.Id);
        Assert.Equal((1, 1, 7200L), (figures.Visits, figures.Days, figures.Seconds));
        Assert.Equal(1, rank.Value);
    }

    [Fact]
    public async Task ABookingUsedAndLeftCountsForItsSeatOnTheYearsPopularSeatRanking()
    {
        var student = TestStudents.Next();
        var grain = fixture.Grains.GetGrain<IStudentGrain>(student.Id);
        var watcher = new RankingWatcher(Seat);
        var reference = fixture.Grains.CreateObjectReference<IRankingObserver>(watcher);
        await fixture.Grains.Board(Award.PopularSeat, Now.Year).Subscribe(reference);
        var start = TestTimes.NextQuarter(Now);
        await grain.Book(new BookSeat("book", Seat, start, start.AddHours(1)));
        await grain.Swipe(new GateSwipe("in", student.CardId, "G-EAST-1", SwipeDirection.In, start.AddMinutes(-10)));

        await grain.CheckIn(new CheckInAtSeat("check-in", Seat));
        await grain.Leave(new LeaveSeat("leave", Seat));
        var pushed = await watcher.Counted.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, pushed.Standings.Top.Single(p => p.Id == Seat).Value);
        Assert.Equal(1, await fixture.Grains.GetGrain<ISeatYearGrain>(YearKeys.Of(Seat, Now.Year)).GetBookings());
        fixture.Grains.DeleteObjectReference<IRankingObserver>(reference);
    }

    private sealed class RankingWatcher(string seatId) : IRankingObserver
    {
        public TaskCompletionSource<RankingUpdate> Counted { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task RankingChanged(RankingUpdate update)
        {
            if (update.Standings.Top.Any(p => p.Id == seatId))
            {
                Counted.TrySetResult(update);
            }

            return Task.CompletedTask;
        }
    }
}
