using LibraryLive.Gates;
using LibraryLive.Inventory;

namespace LibraryLive.Tests.Inventory;

public sealed class ReaderDiaryTests
{
    private static readonly LibraryCalendar Shanghai =
        new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), new TimeOnly(8, 0), new TimeOnly(22, 0));

    private static readonly DateOnly June2 = new(2025, 6, 2);

    [Fact]
    public void AnInWithoutAnOutAtTheBuildingClosesAtClosingTime()
    {
        var diary = Write(Swipe("e1", ReaderPlace.Building, SwipeDirection.In, "2025-06-02T20:00:00+08:00"));

        Assert.Equal(TimeSpan.FromHours(2), diary[June2].Inside);
        Assert.True(diary[June2].NightOwl);
    }

    [Fact]
    public void AnOutWithoutAnInAddsNothing()
    {
        var diary = Write(Swipe("e1", ReaderPlace.Building, SwipeDirection.Out, "2025-06-02T20:00:00+08:00"));

        Assert.Empty(diary);
    }

    [Fact]
    public void AStayInTheAllHoursRoomAcrossMidnightCountsForTheNightAndTheDateItBegan()
    {
        var diary = Write(
            Swipe("e1", ReaderPlace.AllHoursRoom, SwipeDirection.In, "2025-06-01T23:00:00+08:00"),
            Swipe("e2", ReaderPlace.AllHoursRoom, SwipeDirection.Out, "2025-06-02T01:30:00+08:00"));

        Assert.Equal(TimeSpan.FromHours(2.5), diary[June2.AddDays(-1)].Inside);
        Assert.True(diary[June2].Midnight);
        Assert.True(diary[June2].Night);
        Assert.False(diary[June2.AddDays(-1)].Midnight);
    }

    [Fact]
    public void AnAllHoursRoomStayLeftOpenAtNightEndsAtOpening()
    {
        var diary = Write(Swipe("e1", ReaderPlace.AllHoursRoom, SwipeDirection.In, "2025-06-02T06:00:00+08:00"));

        Assert.Equal(TimeSpan.FromHours(2), diary[June2].Inside);
        Assert.False(diary[June2].Midnight);
        Assert.True(diary[June2].Night);
    }

    [Fact]
    public void DuplicateAndUnorderedSwipesCountOnce()
    {
        var diary = Write(
            Swipe("e2", ReaderPlace.Building, SwipeDirection.Out, "2025-06-02T12:00:00+08:00"),
            Swipe("e1", ReaderPlace.Building, SwipeDirection.In, "2025-06-02T08:05:00+08:00"),
            Swipe("e1", ReaderPlace.Building, SwipeDirection.In, "2025-06-02T08:05:00+08:00"));

        Assert.Equal(1, diary[June2].Visits);
        Assert.True(diary[June2].EarlyBird);
        Assert.Equal(TimeSpan.FromMinutes(235), diary[June2].Inside);
    }

    [Fact]
    public void TimeInTheRoomWhileInTheBuildingCountsOnce()
    {
        var diary = Write(
            Swipe("e1", ReaderPlace.Building, SwipeDirection.In, "2025-06-02T10:00:00+08:00"),
            Swipe("e2", ReaderPlace.AllHoursRoom, SwipeDirection.In, "2025-06-02T11:00:00+08:00"),
            Swipe("e3", ReaderPlace.AllHoursRoom, SwipeDirection.Out, "2025-06-02T12:00:00+08:00"),
            Swipe("e4", ReaderPlace.Building, SwipeDirection.Out, "2025-06-02T13:00:00+08:00"));

        Assert.Equal(TimeSpan.FromHours(3), diary[June2].Inside);
    }

    [Fact]
    public void DatesAreTheLibrarysEvenWhenTheSwipeIsGivenInUtc()
    {
        var diary = Write(Swipe("e1", ReaderPlace.Building, SwipeDirection.In, "2025-06-02T00:03:00+00:00"));

        Assert.Equal([June2], diary.Keys);
        Assert.True(diary[June2].EarlyBird);
    }

    [Fact]
    public void TheStreakIsTheLongestRunOfConsecutiveDatesAndTheCurrentOneEndsAtTheLastVisit()
    {
        var swipes = new[] { 1, 2, 3, 5, 6 }
            .Select(day => Swipe($"e{day}", ReaderPlace.Building, SwipeDirection.In, $"2025-06-0{day}T10:00:00+08:00"));

        var figures = ReaderFigures.Over(
            ReaderDiary.Write(swipes, Shanghai).Values,
            new(2025, 1, 1),
            new(2025, 12, 31));

        Assert.Equal((3, 2, 5, 5), (figures.Streak, figures.CurrentStreak, figures.Days, figures.Visits));
    }

    private static SortedDictionary<DateOnly, ReaderDay> Write(params ReaderSwipe[] swipes) =>
        ReaderDiary.Write(swipes, Shanghai);

    private static ReaderSwipe Swipe(string id, ReaderPlace place, SwipeDirection direction, string at) =>
        new(id, place, direction, DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture));
}
