using LibraryLive.Rules;
using LibraryLive.Rush;

namespace LibraryLive.Tests.Rush;

/// <summary>Which bookings the front door sends to the rush: the exact edges, without a cluster.</summary>
public sealed class RushTimesTests
{
    private static readonly SeatRulesOptions Rules = new();

    private static readonly RushTimes Evening = RushTimes.For(new DateOnly(2026, 12, 4), RushEvening.Layout, Rules);

    private static readonly DateTimeOffset TomorrowAtNine = new(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void TheWindowOpensAtEightInTheEveningLibraryTimeAndLastsTenSeconds()
    {
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 20, 0, 0, TimeSpan.FromHours(8)), Evening.Opens);
        Assert.Equal(Evening.Opens.AddSeconds(10), Evening.Closes);
        Assert.Equal("2026-12-04", Evening.GrainKey);
        Assert.True(Evening.InWindow(Evening.Opens));
        Assert.True(Evening.InWindow(Evening.Closes.AddTicks(-1)));
        Assert.False(Evening.InWindow(Evening.Closes));
    }

    [Fact]
    public void BookingsForTomorrowGoThroughTheRushFromOpeningUntilTheHandOverEnds()
    {
        Assert.Null(Covering(TomorrowAtNine, Evening.Opens.AddTicks(-1)));
        Assert.Equal(Evening, Covering(TomorrowAtNine, Evening.Opens));
        Assert.Equal(Evening, Covering(TomorrowAtNine, Evening.HandsOver.AddTicks(-1)));
        Assert.Null(Covering(TomorrowAtNine, Evening.HandsOver));
    }

    [Fact]
    public void BookingsForTonightAndARushWindowOfZeroBypassTheRush()
    {
        Assert.Null(Covering(Evening.Opens.AddMinutes(30), Evening.Opens));
        Assert.Null(RushTimes.Covering(
            TomorrowAtNine, Evening.Opens, RushEvening.Layout, new SeatRulesOptions { RushWindow = TimeSpan.Zero }));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(20, true)]
    [InlineData(21, false)]
    public void TheWindowMustLeaveTimeToAnswerWithinTheResponseTimeout(int seconds, bool valid)
    {
        var options = new SeatRulesOptions { RushWindow = TimeSpan.FromSeconds(seconds) };

        Assert.Equal(valid, new SeatRulesOptionsValidator().Validate(null, options).Succeeded);
    }

    private static RushTimes? Covering(DateTimeOffset start, DateTimeOffset now) =>
        RushTimes.Covering(start, now, RushEvening.Layout, Rules);
}
