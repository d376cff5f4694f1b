using LibraryLive.Desk;
using LibraryLive.Gates;
using LibraryLive.Messages;
using LibraryLive.Registry;
using LibraryLive.Seats;
using LibraryLive.Students;

namespace LibraryLive.Tests.Cluster;

/// <summary>The seat rules on fake time: the clock moves only when a test moves it, and reminders follow it.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SeatRuleTests(ClusterFixture fixture)
{
    private DateTimeOffset Now => fixture.Clock.GetUtcNow();

    [Fact]
    public async Task ABookingNotCheckedInIsReleasedWhenTheWindowClosesAndCountsAsAViolation()
    {
        await using var desk = await DeskWatcher.Start(fixture.Grains);
        var student = TestStudents.Next();
        var grain = fixture.Grains.GetGrain<IStudentGrain>(student.Id);
        var start = TestTimes.NextQuarter(Now);
        var booked = await grain.Book(new BookSeat("book", "3F-BASIC-M101", start, start.AddHours(2)));

        fixture.Clock.SetUtcNow(start.AddMinutes(30));
        var noShow = await fixture.AfterReminder(desk.WaitFor(DeskEventKind.NoShow, student.Id));
        await fixture.AfterReminder(desk.WaitFor(DeskEventKind.Violation, student.Id));

        Assert.Equal(booked.BookingId, noShow.BookingId);
        Assert.Equal(
            "Your booking of seat M101 was released: "
            + $"the check-in window closed at {start.AddMinutes(30):HH:mm}.",
            noShow.Message);
        Assert.Equal(SeatStatus.Free, (await fixture.Grains.GetGrain<ISeatGrain>("3F-BASIC-M101").GetView()).Status);
        var status = await grain.GetStatus();
        Assert.Null(status.Booking);
        Assert.Equal(BookingEnd.NoShow, Assert.Single(status.Violations).Kind);
    }

    [Fact]
    public async Task TheStudentIsRemindedTenMinutesBeforeTheCheckInWindowCloses()
    {
        await using var desk = await DeskWatcher.Start(fixture.Grains);
        var student = TestStudents.Next();
        var start = TestTimes.NextQuarter(Now);
        await fixture.Grains.GetGrain<IStudentGrain>(student.Id)
            .Book(new BookSeat("book", "3F-BASIC-M102", start, start.AddHours(1)));

        fixture.Clock.SetUtcNow(start.AddMinutes(20));
        var reminder = await fixture.AfterReminder(desk.WaitFor(DeskEventKind.CheckInReminder, student.Id));

        Assert.Equal(start.AddMinutes(30), reminder.Deadline);
        Assert.Equal(
            $"Check in at seat M102 by {start.AddMinutes(30):HH:mm}, or the seat is released.",
            reminder.Message);
    }

    [Fact]
    public async Task SwipingOutWhileSeatedHoldsTheSeatAndSwipingBackInKeepsIt()
    {
        var student = TestStudents.Next();
        var grain = fixture.Grains.GetGrain<IStudentGrain>(student.Id);
        var seat = fixture.Grains.GetGrain<ISeatGrain>("3F-BASIC-M103");
        await Seat(student, "3F-BASIC-M103");

        await grain.Swipe(new GateSwipe("out", student.CardId, "G-MAIN-1", SwipeDirection.Out, Now));
        var away = await seat.GetView();
        var held = (await grain.GetStatus()).Booking!.AwayUntil;
        fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        await grain.Swipe(new GateSwipe("back", student.CardId, "G-MAIN-1", SwipeDirection.In, Now));

        Assert.Equal(SeatStatus.Away, away.Status);
        Assert.NotNull(held);
        Assert.Equal(SeatStatus.Occupied, (await seat.GetView()).Status);
        Assert.Null((await grain.GetStatus()).Booking!.AwayUntil);
    }

    [Fact]
    public async Task AStudentNotBackWhenTheHoldRunsOutLosesTheSeatWithAViolation()
    {
        await using var desk = await DeskWatcher.Start(fixture.Grains);
        var student = TestStudents.Next();
        var grain = fixture.Grains.GetGrain<IStudentGrain>(student.Id);
        await Seat(student, "3F-BASIC-M104", hours: 4);

        var stepped = await grain.StepAway(new StepAway("away", "3F-BASIC-M104"));
        var until = (await grain.GetStatus()).Booking!.AwayUntil!.Value;
        fixture.Clock.SetUtcNow(until - TimeSpan.FromMinutes(5));
        var reminder = await fixture.AfterReminder(desk.WaitFor(DeskEventKind.AwayReminder, student.Id));
        fixture.Clock.SetUtcNow(until);
        var expired = await fixture.AfterReminder(desk.WaitFor(DeskEventKind.AwayExpired, student.Id));
        await fixture.AfterReminder(desk.WaitFor(DeskEventKind.Violation, student.Id));

        Assert.Equal(ReceiptStatus.Accepted, stepped.Status);
        Assert.Equal(until, reminder.Deadline);
        Assert.Equal(
            $"Seat M104 was released: you were not back by {until.ToOffset(TimeSpan.FromHours(8)):HH:mm}.",
            expired.Message);
        Assert.Equal(SeatStatus.Free, (await fixture.Grains.GetGrain<ISeatGrain>("3F-BASIC-M104").GetView()).Status);
        Assert.Equal(BookingEnd.AwayExpired, Assert.Single((await grain.GetStatus()).Violations).Kind);
    }

    [Theory]
    [InlineData(11, 29, 30)]
    [InlineData(11, 30, 90)]
    [InlineData(12, 59, 90)]
    [InlineData(13, 0, 30)]
    [InlineData(17, 0, 90)]
    [InlineData(18, 30, 30)]
    public void TheAwayHoldIsLongerDuringMealWindows(int hour, int minute, int minutes)
    {
        var rules = new Rules.SeatRulesOptions();

        Assert.Equal(TimeSpan.FromMinutes(minutes), rules.AwayHoldAt(new TimeOnly(hour, minute)));
    }

    [Fact]
    public async Task ThreeViolationsWithinThirtyDaysBarBookingForSevenDaysUntilStaffLiftIt()
    {
        var student = TestStudents.Next();
        var grain = fixture.Grains.GetGrain<IStudentGrain>(student.Id);
        var at = Now;
        foreach (var n in new[] { 1, 2, 3 })
        {
            await grain.BookingEnded(
                new BookingEnded($"old-{n}", "3F-BASIC-M105", BookingEnd.NoShow, at.AddDays(n - 3)));
        }

        var status = await grain.GetStatus();
        var start = TestTimes.NextQuarter(Now).AddHours(1);
        var refused = await grain.Book(new BookSeat("book", "3F-BASIC-M105", start, start.AddHours(1)));
        await grain.LiftBar();
        var accepted = await grain.Book(new BookSeat("book-after-lift", "3F-BASIC-M105", start, start.AddHours(1)));

        Assert.Equal(at.AddDays(7), status.BarredUntil);
        Assert.Equal(Refusal.RuleBroken, refused.Refusal);
        Assert.Equal(
            $"you cannot book a seat until {at.AddDays(7).ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}"
            + ": 3 violations in 30 days",
            refused.Reason);
        Assert.Equal(ReceiptStatus.Accepted, accepted.Status);
    }

    [Fact]
    public async Task ViolationsOlderThanThirtyDaysDoNotCount()
    {
        var grain = fixture.Grains.GetGrain<IStudentGrain>(TestStudents.Next().Id);

        await grain.BookingEnded(new BookingEnded("v1", "3F-BASIC-M106", BookingEnd.NoShow, Now.AddDays(-40)));
        await grain.BookingEnded(new BookingEnded("v2", "3F-BASIC-M106", BookingEnd.NoShow, Now.AddDays(-2)));
        await grain.BookingEnded(new BookingEnded("v3", "3F-BASIC-M106", BookingEnd.AwayExpired, Now));
        await grain.BookingEnded(new BookingEnded("v3", "3F-BASIC-M106", BookingEnd.AwayExpired, Now));

        var status = await grain.GetStatus();
        Assert.Null(status.BarredUntil);
        Assert.Equal(2, status.Violations.Count);
    }

    [Fact]
    public async Task TheEndOfTheBookedTimeFreesTheSeatWithoutAViolation()
    {
        await using var desk = await DeskWatcher.Start(fixture.Grains);
        var student = TestStudents.Next();
        var grain = fixture.Grains.GetGrain<IStudentGrain>(student.Id);
        var start = await Seat(student, "3F-BASIC-M107", hours: 1);

        fixture.Clock.SetUtcNow(start.AddHours(1));
        var ended = await fixture.AfterReminder(desk.WaitFor(e =>
            e.Kind == DeskEventKind.BookingEnded
            && e.StudentId == student.Id));

        Assert.Equal($"Your booking of seat M107 has ended.", ended.Message);
        Assert.Equal(SeatStatus.Free, (await fixture.Grains.GetGrain<ISeatGrain>("3F-BASIC-M107").GetView()).Status);
        Assert.Empty((await grain.GetStatus()).Violations);
    }

    [Fact]
    public async Task TomorrowsSeatsOpenForBookingAtEightInTheEvening()
    {
        var grain = fixture.Grains.GetGrain<IStudentGrain>(TestStudents.Next().Id);
        var tomorrow = new DateTimeOffset(
            Now.ToOffset(TimeSpan.FromHours(8)).Date.AddDays(1).AddHours(9),
            TimeSpan.FromHours(8));
        Assert.True(Now.ToOffset(TimeSpan.FromHours(8)).Hour < 20, "this test expects the shared clock before 20:00");

        var refused = await grain.Book(new BookSeat("book", "3F-BASIC-M108", tomorrow, tomorrow.AddHours(2)));

        Assert.Equal("tomorrow's seats can be booked from 20:00", refused.Reason);
    }

    [Fact]
    public async Task ABookingOutsideOpeningHoursIsRefusedExceptInTheTwentyFourHourRoom()
    {
        var grain = fixture.Grains.GetGrain<IStudentGrain>(TestStudents.Next().Id);
        var other = fixture.Grains.GetGrain<IStudentGrain>(TestStudents.Next().Id);
        var evening = new DateTimeOffset(Now.ToOffset(TimeSpan.FromHours(8)).Date.AddHours(21), TimeSpan.FromHours(8));

        var refused = await grain.Book(new BookSeat("book", "3F-BASIC-M109", evening, evening.AddHours(2)));
        var accepted = await other.Book(new BookSeat("book", "B1-24H-Z009", evening, evening.AddHours(2)));

        Assert.Equal("Basic medicine reading room is open from 08:00 to 22:00", refused.Reason);
        Assert.Equal(ReceiptStatus.Accepted, accepted.Status);
    }

    [Fact]
    public async Task StaffClosingAnOccupiedSeatEndsTheBookingWithoutAViolation()
    {
        await using var desk = await DeskWatcher.Start(fixture.Grains);
        var student = TestStudents.Next();
        var seat = fixture.Grains.GetGrain<ISeatGrain>("3F-BASIC-M110");
        await Seat(student, "3F-BASIC-M110");

        await seat.Close();
        await fixture.AfterReminder(desk.WaitFor(e =>
            e.Kind == DeskEventKind.BookingEnded
            && e.StudentId == student.Id));
        var closed = await seat.GetView();
        var rebook = await fixture.Grains.GetGrain<IStudentGrain>(TestStudents.Next().Id)
            .Book(new BookSeat(
                "book",
                "3F-BASIC-M110",
                TestTimes.NextQuarter(Now).AddHours(1),
                TestTimes.NextQuarter(Now).AddHours(2)));
        await seat.Reopen();

        Assert.Equal(SeatStatus.Blocked, closed.Status);
        Assert.Equal("seat M110 is closed by the library", rebook.Reason);
        Assert.Equal(SeatStatus.Free, (await seat.GetView()).Status);
        Assert.Empty((await fixture.Grains.GetGrain<IStudentGrain>(student.Id).GetStatus()).Violations);
    }

    [Fact]
    public async Task TheFrontDeskShowsCheckInsAwaitedAndAwayHoldsWithTheirDeadlines()
    {
        await using var desk = await DeskWatcher.Start(fixture.Grains);
        var waiting = TestStudents.Next();
        var away = TestStudents.Next();
        var start = TestTimes.NextQuarter(Now);
        await fixture.Grains.GetGrain<IStudentGrain>(waiting.Id)
            .Book(new BookSeat("book", "3F-BASIC-M111", start, start.AddHours(1)));
        await Seat(away, "3F-BASIC-M112");
        await fixture.Grains.GetGrain<IStudentGrain>(away.Id).StepAway(new StepAway("away", "3F-BASIC-M112"));
        await fixture.AfterReminder(desk.WaitFor(DeskEventKind.SteppedAway, away.Id));
        await fixture.AfterReminder(desk.WaitFor(DeskEventKind.AwaitingCheckIn, waiting.Id));

        var board = await fixture.Grains.GetGrain<IFrontDeskGrain>(IFrontDeskGrain.Key).GetBoard();

        Assert.Equal(start.AddMinutes(30), board.AwaitingCheckIn.Single(e => e.StudentId == waiting.Id).Deadline);
        Assert.Equal("M112", board.Away.Single(e => e.StudentId == away.Id).SeatLabel);
    }

    private async Task<DateTimeOffset> Seat(Student student, string seatId, int hours = 2)
    {
        var grain = fixture.Grains.GetGrain<IStudentGrain>(student.Id);
        var start = TestTimes.NextQuarter(Now);
        var booked = await grain.Book(new BookSeat("seat-" + seatId, seatId, start, start.AddHours(hours)));
        Assert.Equal(ReceiptStatus.Accepted, booked.Status);
        await grain.Swipe(new GateSwipe("seat-in-" + seatId, student.CardId, "G-MAIN-1", SwipeDirection.In, Now));
        Assert.NotNull((await grain.GetStatus()).Booking!.CheckedInAt);
        return start;
    }
}
