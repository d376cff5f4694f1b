using LibraryLive.Gates;
using LibraryLive.Messages;
using LibraryLive.Seats;
using LibraryLive.Students;

namespace LibraryLive.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class BookingTests(ClusterFixture fixture)
{
    private DateTimeOffset Now => fixture.Clock.GetUtcNow();

    [Fact]
    public async Task SwipeInAtBuildingGateChecksInABookingThatStartsSoon()
    {
        var student = TestStudents.Next();
        var grain = fixture.Grains.GetGrain<IStudentGrain>(student.Id);
        var start = TestTimes.NextQuarter(Now);
        await grain.Book(new BookSeat("book", "B1-C-B101", start, start.AddHours(2)));

        var receipt = await grain.Swipe(new GateSwipe("swipe-in", student.CardId, "G-MAIN-1", SwipeDirection.In, Now));

        Assert.Equal(ReceiptStatus.Accepted, receipt.Status);
        Assert.Equal(SeatStatus.Occupied, (await fixture.Grains.GetGrain<ISeatGrain>("B1-C-B101").GetView()).Status);
        Assert.Equal(Now, (await grain.GetStatus()).Booking!.CheckedInAt);
    }

    [Theory]
    [InlineData(-15 * 60, true, "B1-C-B301")]
    [InlineData(-15 * 60 - 1, false, "B1-C-B302")]
    [InlineData(30 * 60, true, "B1-C-B303")]
    [InlineData(30 * 60 + 1, false, "B1-C-B304")]
    public async Task ASwipeChecksInExactlyWithinTheWindowEdges(int secondsFromStart, bool checksIn, string seatId)
    {
        var student = TestStudents.Next();
        var grain = fixture.Grains.GetGrain<IStudentGrain>(student.Id);
        var start = TestTimes.NextQuarter(Now).AddHours(1);
        var booked = await grain.Book(new BookSeat("book", seatId, start, start.AddHours(2)));
        Assert.Equal(Messages.ReceiptStatus.Accepted, booked.Status);

        // The swipe carries the gate's time; the window is judged by it, not by when the message arrives.
        await grain.Swipe(new GateSwipe(
            "edge",
            student.CardId,
            "G-MAIN-1",
            SwipeDirection.In,
            start.AddSeconds(secondsFromStart)));

        Assert.Equal(checksIn, (await grain.GetStatus()).Booking!.CheckedInAt is not null);
    }

    [Fact]
    public async Task SwipeInLongBeforeTheBookingDoesNotCheckIn()
    {
        var student = TestStudents.Next();
        var grain = fixture.Grains.GetGrain<IStudentGrain>(student.Id);
        var start = TestTimes.NextQuarter(Now).AddHours(2);
        await grain.Book(new BookSeat("book", "B1-C-B102", start, start.AddHours(1)));

        await grain.Swipe(new GateSwipe("swipe-in", student.CardId, "G-MAIN-2", SwipeDirection.In, Now));

        Assert.Null((await grain.GetStatus()).Booking!.CheckedInAt);
        Assert.Equal(SeatStatus.Free, (await fixture.Grains.GetGrain<ISeatGrain>("B1-C-B102").GetView()).Status);
    }

    [Fact]
    public async Task RepeatedSwipeIsRecognisedAndCountedOnce()
    {
        var student = TestStudents.Next();
        var grain = fixture.Grains.GetGrain<IStudentGrain>(student.Id);
        var swipe = new GateSwipe("gate-event-77", student.CardId, "G-MAIN-1", SwipeDirection.In, Now);

        var first = await grain.Swipe(swipe);
        var again = await grain.Swipe(swipe);

        Assert.Equal(ReceiptStatus.Accepted, first.Status);
        Assert.Equal(ReceiptStatus.Duplicate, again.Status);
        Assert.Equal(1, (await grain.GetStatus()).Today!.Entries);
    }

    [Fact]
    public async Task OverlappingBookingOfTheSameSeatIsRefusedButBackToBackIsNot()
    {
        var first = fixture.Grains.GetGrain<IStudentGrain>(TestStudents.Next().Id);
        var second = fixture.Grains.GetGrain<IStudentGrain>(TestStudents.Next().Id);
        var third = fixture.Grains.GetGrain<IStudentGrain>(TestStudents.Next().Id);
        var start = TestTimes.NextQuarter(Now).AddHours(1);
        await first.Book(new BookSeat("book", "B1-C-B103", start, start.AddHours(2)));

        var overlapping = await second.Book(new BookSeat("book", "B1-C-B103", start.AddHours(1), start.AddHours(3)));
        var afterwards = await third.Book(new BookSeat("book", "B1-C-B103", start.AddHours(2), start.AddHours(3)));

        Assert.Equal(ReceiptStatus.Refused, overlapping.Status);
        Assert.Equal(Refusal.Conflict, overlapping.Refusal);
        Assert.Equal(
            $"seat B103 is already booked from {start:HH:mm}"
            + $" to {start.AddHours(2):HH:mm}",
            overlapping.Reason);
        Assert.Equal(ReceiptStatus.Accepted, afterwards.Status);
    }

    [Fact]
    public async Task AStudentHoldsOneBookingAtATime()
    {
        var grain = fixture.Grains.GetGrain<IStudentGrain>(TestStudents.Next().Id);
        var start = TestTimes.NextQuarter(Now).AddHours(1);
        await grain.Book(new BookSeat("book-1", "B1-C-B104", start, start.AddHours(1)));

        var second = await grain.Book(new BookSeat("book-2", "B1-C-B105", start.AddHours(2), start.AddHours(3)));

        Assert.Equal(Refusal.Conflict, second.Refusal);
        Assert.StartsWith("you already hold a booking for seat B104", second.Reason);
    }

    [Fact]
    public async Task CheckInAtTheSeatFromOutsideTheLibraryIsRefused()
    {
        var grain = fixture.Grains.GetGrain<IStudentGrain>(TestStudents.Next().Id);
        var start = TestTimes.NextQuarter(Now);
        await grain.Book(new BookSeat("book", "B1-C-B106", start, start.AddHours(1)));

        var receipt = await grain.CheckIn(new CheckInAtSeat("check-in", "B1-C-B106"));

        Assert.Equal(Refusal.RuleBroken, receipt.Refusal);
        Assert.Equal("checking in at seat B106 needs you inside the library: swipe in at a gate first", receipt.Reason);
    }

    [Fact]
    public async Task CheckInAfterTheWindowClosedSaysWhenItClosed()
    {
        var student = TestStudents.Next();
        var grain = fixture.Grains.GetGrain<IStudentGrain>(student.Id);
        var start = TestTimes.NextQuarter(Now).AddHours(3);
        await grain.Book(new BookSeat("book", "B1-C-B107", start, start.AddHours(1)));
        await grain.Swipe(new GateSwipe("early-in", student.CardId, "G-MAIN-1", SwipeDirection.In, Now));
        await using var desk = await DeskWatcher.Start(fixture.Grains);
        fixture.Clock.SetUtcNow(start.AddMinutes(31));
        await fixture.AfterReminder(desk.WaitFor(Desk.DeskEventKind.NoShow, student.Id));

        var receipt = await grain.CheckIn(new CheckInAtSeat("check-in", "B1-C-B107"));

        Assert.Equal(Refusal.RuleBroken, receipt.Refusal);
        Assert.Equal($"the check-in window for seat B107 closed at {start.AddMinutes(30):HH:mm}", receipt.Reason);
    }

    [Fact]
    public async Task CheckingInAtTheSeatThenLeavingFreesIt()
    {
        var student = TestStudents.Next();
        var grain = fixture.Grains.GetGrain<IStudentGrain>(student.Id);
        var seat = fixture.Grains.GetGrain<ISeatGrain>("B1-C-B108");
        var start = TestTimes.NextQuarter(Now);
        await grain.Book(new BookSeat("book", "B1-C-B108", start, start.AddHours(1)));
        await grain.Swipe(new GateSwipe("in", student.CardId, "G-EAST-1", SwipeDirection.In, start.AddMinutes(-20)));

        var checkedIn = await grain.CheckIn(new CheckInAtSeat("check-in", "B1-C-B108"));
        var occupied = (await seat.GetView()).Status;
        var left = await grain.Leave(new LeaveSeat("leave", "B1-C-B108"));

        Assert.Equal(ReceiptStatus.Accepted, checkedIn.Status);
        Assert.Equal(SeatStatus.Occupied, occupied);
        Assert.Equal(ReceiptStatus.Accepted, left.Status);
        Assert.Equal(SeatStatus.Free, (await seat.GetView()).Status);
        Assert.Null((await grain.GetStatus()).Booking);
    }

    [Fact]
    public async Task CancellingBeforeCheckInReleasesTheSeatForOthers()
    {
        var grain = fixture.Grains.GetGrain<IStudentGrain>(TestStudents.Next().Id);
        var other = fixture.Grains.GetGrain<IStudentGrain>(TestStudents.Next().Id);
        var start = TestTimes.NextQuarter(Now).AddHours(1);
        var booked = await grain.Book(new BookSeat("book", "B1-C-B109", start, start.AddHours(1)));

        var cancelled = await grain.Cancel(new CancelBooking("cancel", booked.BookingId!));
        var rebooked = await other.Book(new BookSeat("book", "B1-C-B109", start, start.AddHours(1)));

        Assert.Equal(ReceiptStatus.Accepted, cancelled.Status);
        Assert.Equal(ReceiptStatus.Accepted, rebooked.Status);
    }

    [Theory]
    [InlineData(0, 300, "a booking lasts from 30 minutes to 4 hours")]
    [InlineData(0, 15, "a booking lasts from 30 minutes to 4 hours")]
    [InlineData(7, 60, "bookings start and end on a multiple of 15 minutes")]
    [InlineData(60, 0, "a booking must end after it starts")]
    [InlineData(3 * 24 * 60, 60, "seats can be booked for today and tomorrow only")]
    public async Task BookingsOutsideTheRulesAreRefusedWithTheRule(
        int startInMinutes,
        int lengthInMinutes,
        string reason)
    {
        var grain = fixture.Grains.GetGrain<IStudentGrain>(TestStudents.Next().Id);
        var start = TestTimes.NextQuarter(Now).AddMinutes(startInMinutes);

        var receipt = await grain.Book(new BookSeat("book", "B1-C-B110", start, start.AddMinutes(lengthInMinutes)));

        Assert.Equal(Refusal.RuleBroken, receipt.Refusal);
        Assert.Equal(reason, receipt.Reason);
    }
}
