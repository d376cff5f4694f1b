using LibraryLive.Rush;

namespace LibraryLive.Tests.Rush;

/// <summary>The draw on its own, without a cluster: many draws with fixed seeds.</summary>
public sealed class RushLotteryTests
{
    private static readonly DateTimeOffset Nine = new(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(8));

    // The ten seats of the group study area with power and a window: 1,000 students want them.
    private static readonly string[] Contested = RushEvening.Layout.RoomsById["5F-GROUP"].Seats
        .Where(s => s.Features.Contains("power") && s.Features.Contains("window"))
        .Select(s => s.Id)
        .ToArray();

    [Fact]
    public void TheDrawDoesNotFavourEarlierArrivals()
    {
        const int students = 1000;
        const int draws = 200;
        var lottery = new RushLottery(RushEvening.Layout);
        var arrivals = Enumerable.Range(0, students)
            .Select(rank => Request($"s{rank}", Contested[rank % Contested.Length]))
            .ToArray();
        var winnerRanks = new List<int>();

        for (var seed = 1; seed <= draws; seed++)
        {
            var order = RushLottery.Draw(Enumerable.Range(0, students), new Random(seed));
            var offers = lottery.Offer(order.Select(rank => arrivals[rank]).ToArray(), new RushSeatPool());
            winnerRanks.AddRange(order.Where((_, i) => offers[i] is not null));
        }

        // 2,000 winners drawn from arrival ranks 0..999: the mean of a fair draw is 499.5 with a standard error
        // of sqrt((1000² - 1) / 12) / sqrt(2000) ≈ 6.5. Five standard errors either side is the bound; first
        // come first served would put it at 4.5.
        Assert.Equal(Contested.Length * draws, winnerRanks.Count);
        Assert.InRange(winnerRanks.Average(), 499.5 - 5 * 6.5, 499.5 + 5 * 6.5);
        Assert.Contains(winnerRanks, rank => rank >= students - 10);
    }

    [Fact]
    public void LosersGetTheirNextChoiceThenTheNearestSimilarSeatThenNothing()
    {
        var lottery = new RushLottery(RushEvening.Layout);
        var pool = new RushSeatPool();
        var order = new[]
        {
            Request("first", "5F-GROUP-G001"),
            Request("second", "5F-GROUP-G001", "5F-GROUP-G012"),
            Request("third", "5F-GROUP-G001"),
        };

        var offers = lottery.Offer(order, pool);

        // G004 is the nearest seat with power and a window to G001 (3.6 m along the window row).
        Assert.Equal(new[] { "5F-GROUP-G001", "5F-GROUP-G012", "5F-GROUP-G004" }, offers.AsEnumerable());
    }

    [Fact]
    public void ASeatIsGivenOnceForOverlappingTimesButTwiceForSeparateOnes()
    {
        var lottery = new RushLottery(RushEvening.Layout);
        var morning = Request("morning", "5F-GROUP-G012");
        var afternoon = morning with { StudentId = "afternoon", Start = Nine.AddHours(4), End = Nine.AddHours(6) };
        var overlapping = morning with { StudentId = "overlapping", Start = Nine.AddHours(1), End = Nine.AddHours(3) };

        var offers = lottery.Offer([morning, afternoon, overlapping], new RushSeatPool());

        Assert.Equal("5F-GROUP-G012", offers[0]);
        Assert.Equal("5F-GROUP-G012", offers[1]);
        Assert.NotEqual("5F-GROUP-G012", offers[2]);
    }

    [Fact]
    public void ASeatRefusedTwiceIsNotGivenBackAgain()
    {
        var pool = new RushSeatPool();
        pool.Take("5F-GROUP-G012", Nine, Nine.AddHours(2));

        var first = pool.Return("5F-GROUP-G012", Nine, Nine.AddHours(2));
        pool.Take("5F-GROUP-G012", Nine, Nine.AddHours(2));
        var second = pool.Return("5F-GROUP-G012", Nine, Nine.AddHours(2));

        Assert.True(first);
        Assert.False(second);
        Assert.False(pool.IsFree("5F-GROUP-G012", Nine, Nine.AddHours(2)));
    }

    [Fact]
    public void NoSeatLeftSaysWhichSeatsWentInTheStudentsTerms()
    {
        var lottery = new RushLottery(RushEvening.Layout);

        Assert.Equal(
            "Group study area has no seat with power and window left from 09:00 to 11:00 tomorrow: seat G001 "
            + "and your other choices and every seat like it went to students drawn before you in the lottery",
            lottery.NoSeatLeft(Request("late", "5F-GROUP-G001", "5F-GROUP-G012")));
        Assert.Equal(
            "Group study area is full from 09:00 to 11:00 tomorrow: seat G012 and every other seat there "
            + "went to students drawn before you in the lottery",
            lottery.NoSeatLeft(Request("late", "5F-GROUP-G012")));
    }

    private static RushRequest Request(string student, string seatId, params string[] alternatives) =>
        new(student, $"{student}-book", [seatId, .. alternatives], Nine, Nine.AddHours(2));
}
