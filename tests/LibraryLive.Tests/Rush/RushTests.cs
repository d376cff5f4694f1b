using LibraryLive.Messages;
using LibraryLive.Rush;
using LibraryLive.Seats;
using LibraryLive.Students;

namespace LibraryLive.Tests.Rush;

/// <summary>The rush on the two-silo cluster: the clock moves to each evening's opening, then past it.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RushTests(ClusterFixture fixture)
{
    private const string Room = "5F-GROUP";

    [Fact]
    public async Task ThousandsAskingAtOnceGetAtMostOneSeatEachAndNoSeatTwice()
    {
        using var evening = RushEvening.Next(fixture.Clock);
        var rush = fixture.Grains.GetGrain<IRushGrain>(evening.Key);
        var seats = RushEvening.Layout.RoomsById[Room].Seats.Select(s => s.Id).ToArray();
        var wanted = new Random(7);
        var requests = Enumerable.Range(0, 2000)
            .Select(n => evening.Request(
                $"rush-{evening.Key}-{n}",
                seats[wanted.Next(20)],
                seats[wanted.Next(seats.Length)],
                seats[wanted.Next(seats.Length)]))
            .ToArray();
        fixture.Clock.SetUtcNow(evening.Times.Opens);

        var early = requests[..1000].Select(rush.Request).ToArray();
        await rush.UntilEntrants(1000);
        fixture.Clock.SetUtcNow(evening.Times.Closes.AddSeconds(-1));
        var late = requests[1000..].Select(rush.Request).ToArray();
        await rush.UntilEntrants(2000);
        fixture.Clock.SetUtcNow(evening.Times.Closes);
        var answers = await early.Concat(late).Answers();

        var seated = answers.Where(a => a.Status == ReceiptStatus.Accepted).ToArray();
        var booked = (await Task.WhenAll(seats.Select(s => fixture.Grains.GetGrain<ISeatGrain>(s).GetDetail())))
            .SelectMany(detail => detail.Bookings.Select(b => (detail.View.SeatId, Booking: b)))
            .Where(b => b.Booking.Start == evening.Tomorrow(9))
            .ToArray();
        Assert.Equal(seats.Length, seated.Length);
        Assert.Equal(seats.Length, seated.Select(a => a.SeatId).Distinct().Count());
        Assert.Equal(
            seated.Select(a => (a.SeatId, a.BookingId)).Order(),
            booked.Select(b => ((string?)b.SeatId, (string?)b.Booking.BookingId)).Order());
        Assert.Equal(booked.Length, booked.Select(b => b.Booking.StudentId).Distinct().Count());
        Assert.All(answers.Where(a => a.Status != ReceiptStatus.Accepted), a =>
            Assert.EndsWith("went to students drawn before you in the lottery", a.Reason));

        // Half of the students asked nine seconds after the others: a fair draw seats about half of them. The
        // count of late arrivals among 100 seated out of 2,000 has mean 50 and standard deviation 4.9; the
        // bound is six of those (first come first served would seat none).
        var lateIds = requests[1000..].Select(r => r.CommandId).ToHashSet();
        Assert.InRange(seated.Count(a => lateIds.Contains(a.MessageId)), 21, 79);
    }

    [Fact]
    public async Task TheWindowTakesRequestsFromOpeningToItsLastTickThenFirstComeFirstServed()
    {
        using var evening = RushEvening.Next(fixture.Clock);
        var rush = fixture.Grains.GetGrain<IRushGrain>(evening.Key);
        var atOpening = evening.Request($"edge-{evening.Key}-open", "5F-GROUP-G012", "5F-GROUP-G013");
        var atLastTick = evening.Request($"edge-{evening.Key}-last", "5F-GROUP-G012", "5F-GROUP-G013");
        var atClose = evening.Request($"edge-{evening.Key}-close", "5F-GROUP-G012", "5F-GROUP-G013");

        fixture.Clock.SetUtcNow(evening.Times.Opens);
        var first = rush.Request(atOpening);
        await rush.UntilEntrants(1);
        fixture.Clock.SetUtcNow(evening.Times.Closes.AddTicks(-1));
        var second = rush.Request(atLastTick);
        await rush.UntilEntrants(2);
        var waitingBeforeTheDraw = first.IsCompleted || second.IsCompleted;
        fixture.Clock.SetUtcNow(evening.Times.Closes);
        var third = await rush.Request(atClose);
        var drawn = await new[] { first, second }.Answers();

        Assert.False(waitingBeforeTheDraw);
        Assert.Equal(["5F-GROUP-G012", "5F-GROUP-G013"], drawn.Select(a => a.SeatId).Order());
        Assert.Equal(ReceiptStatus.Refused, third.Status);
        Assert.Equal(Refusal.Conflict, third.Refusal);
        Assert.StartsWith("seat G012 is already booked from 09:00 to 11:00", third.Reason);
        Assert.Equal(new RushSummary(evening.Key, 2, true), await rush.GetSummary());
    }

    [Fact]
    public async Task TheReminderAtTheWindowsEndMakesTheDrawWithoutAnotherRequest()
    {
        using var evening = RushEvening.Next(fixture.Clock);
        var rush = fixture.Grains.GetGrain<IRushGrain>(evening.Key);
        fixture.Clock.SetUtcNow(evening.Times.Opens.AddSeconds(3));
        var waiting = rush.Request(evening.Request($"alone-{evening.Key}", "5F-GROUP-G020"));
        await rush.UntilEntrants(1);

        fixture.Clock.SetUtcNow(evening.Times.Closes);
        var answer = await waiting.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ReceiptStatus.Accepted, answer.Status);
        Assert.Equal("5F-GROUP-G020", answer.SeatId);
    }

    [Fact]
    public async Task LosersGetTheNearestSimilarSeatAndThenAreToldTheRoomHasNoneLeft()
    {
        using var evening = RushEvening.Next(fixture.Clock);
        var rush = fixture.Grains.GetGrain<IRushGrain>(evening.Key);
        var likeG001 = WithPowerAndWindow();
        fixture.Clock.SetUtcNow(evening.Times.Opens);

        var requests = Enumerable.Range(0, likeG001.Length + 1)
            .Select(n => rush.Request(evening.Request($"window-{evening.Key}-{n}", "5F-GROUP-G001")))
            .ToArray();
        await rush.UntilEntrants(requests.Length);
        fixture.Clock.SetUtcNow(evening.Times.Closes);
        var answers = await requests.Answers();

        Assert.Equal(likeG001.Order(), answers.Where(a => a.SeatId is not null).Select(a => a.SeatId!).Order());
        var refused = Assert.Single(answers, a => a.Status == ReceiptStatus.Refused);
        Assert.Equal(Refusal.Conflict, refused.Refusal);
        Assert.StartsWith(
            "Group study area has no seat with power and window left from 09:00 to 11:00 tomorrow", refused.Reason);
    }

    [Fact]
    public async Task ARepeatedRequestGetsTheSameAnswerAndASecondOneIsToldItIsAlreadyInTheDraw()
    {
        using var evening = RushEvening.Next(fixture.Clock);
        var rush = fixture.Grains.GetGrain<IRushGrain>(evening.Key);
        var request = evening.Request($"twice-{evening.Key}", "5F-GROUP-G030");
        fixture.Clock.SetUtcNow(evening.Times.Opens);

        var original = rush.Request(request);
        await rush.UntilEntrants(1);
        var repeated = rush.Request(request);
        var another = await rush.Request(request with { CommandId = "another", Choices = ["5F-GROUP-G031"] });
        fixture.Clock.SetUtcNow(evening.Times.Closes);
        var answers = await new[] { original, repeated }.Answers();

        Assert.Equal(Refusal.Conflict, another.Refusal);
        Assert.Equal($"you are already in the lottery for tomorrow's seats with request '{request.CommandId}'; "
            + "the draw is at 20:00:10", another.Reason);
        Assert.Equal([ReceiptStatus.Accepted, ReceiptStatus.Duplicate], answers.Select(a => a.Status));
        Assert.Equal(answers[0].BookingId, answers[1].BookingId);
        Assert.Equal(new RushSummary(evening.Key, 1, true), await rush.GetSummary());
    }

    [Fact]
    public async Task AStudentRefusedByTheirOwnRulesGivesTheSeatBackToThoseDrawnAfter()
    {
        using var evening = RushEvening.Next(fixture.Clock);
        var rush = fixture.Grains.GetGrain<IRushGrain>(evening.Key);
        var holder = $"holder-{evening.Key}";
        var tonight = evening.Times.Opens.AddMinutes(30);
        var held = await fixture.Grains.GetGrain<IStudentGrain>(holder)
            .Book(new BookSeat("tonight", "1F-PER-P001", tonight, tonight.AddHours(1)));
        var likeG001 = WithPowerAndWindow().Length;
        fixture.Clock.SetUtcNow(evening.Times.Opens);

        var holding = rush.Request(evening.Request(holder, "5F-GROUP-G001"));
        var others = Enumerable.Range(0, likeG001)
            .Select(n => rush.Request(evening.Request($"fair-{evening.Key}-{n}", "5F-GROUP-G001")))
            .ToArray();
        await rush.UntilEntrants(likeG001 + 1);
        fixture.Clock.SetUtcNow(evening.Times.Closes);
        var answers = await others.Answers();

        // When the holder is drawn among the first ten (10 times in 11), the others are seated only if the seat
        // the holder's grain refused goes back to the pool.
        Assert.Equal(ReceiptStatus.Accepted, held.Status);
        Assert.Equal(ReceiptStatus.Refused, (await holding).Status);
        Assert.All(answers, a => Assert.Equal(ReceiptStatus.Accepted, a.Status));
    }

    private static string[] WithPowerAndWindow() => RushEvening.Layout.RoomsById[Room].Seats
        .Where(s => s.Features.Contains("power") && s.Features.Contains("window"))
        .Select(s => s.Id)
        .ToArray();
}
