using LibraryLive.Desk;
using LibraryLive.Messages;
using LibraryLive.Students;
using LibraryLive.Waitlists;

namespace LibraryLive.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class WaitlistTests(ClusterFixture fixture)
{
    private DateTimeOffset Now => fixture.Clock.GetUtcNow();

    [Fact]
    public async Task AFreedSeatIsOfferedToTheFirstWaiterItSuitsAndKeptForThemAlone()
    {
        await using var desk = await DeskWatcher.Start(fixture.Grains);
        var holder = TestStudents.Next();
        var wantsWindow = TestStudents.Next();
        var wantsPower = TestStudents.Next();
        var stranger = TestStudents.Next();
        var waitlist = fixture.Grains.GetGrain<IWaitlistGrain>("2F-CLIN");
        var start = TestTimes.NextQuarter(Now);
        var seatId = "2F-CLIN-C001"; // first row and first column: window and power
        var held = await fixture.Grains.GetGrain<IStudentGrain>(holder.Id)
            .Book(new BookSeat("book", seatId, start, start.AddHours(1)));
        await waitlist.Join(wantsWindow.Id, "window");
        await waitlist.Join(wantsPower.Id, "power");

        await fixture.Grains.GetGrain<IStudentGrain>(holder.Id).Cancel(new CancelBooking("cancel", held.BookingId!));
        var offer = await desk.WaitFor(DeskEventKind.SeatOffered, wantsWindow.Id);
        var taken = await fixture.Grains.GetGrain<IStudentGrain>(stranger.Id)
            .Book(new BookSeat("book", seatId, start, start.AddHours(1)));
        var accepted = await fixture.Grains.GetGrain<IStudentGrain>(wantsWindow.Id)
            .Book(new BookSeat("book", seatId, start, start.AddHours(1)));

        Assert.Equal(Now + TimeSpan.FromMinutes(5), offer.Deadline);
        Assert.StartsWith("seat C001 is offered to a waiting student until", taken.Reason);
        Assert.Equal(ReceiptStatus.Accepted, accepted.Status);
        Assert.Equal([wantsPower.Id], (await waitlist.List()).Select(w => w.StudentId));
        await waitlist.Leave(wantsPower.Id);
    }

    [Fact]
    public async Task AnOfferNotTakenUpPassesToTheNextWaiter()
    {
        await using var desk = await DeskWatcher.Start(fixture.Grains);
        var holder = TestStudents.Next();
        var first = TestStudents.Next();
        var second = TestStudents.Next();
        var waitlist = fixture.Grains.GetGrain<IWaitlistGrain>("2F-CLIN");
        var start = TestTimes.NextQuarter(Now);
        var held = await fixture.Grains.GetGrain<IStudentGrain>(holder.Id)
            .Book(new BookSeat("book", "2F-CLIN-C100", start, start.AddHours(1)));
        await waitlist.Join(first.Id, null);
        await waitlist.Join(second.Id, null);

        await fixture.Grains.GetGrain<IStudentGrain>(holder.Id).Cancel(new CancelBooking("cancel", held.BookingId!));
        var offered = await desk.WaitFor(DeskEventKind.SeatOffered, first.Id);
        fixture.Clock.SetUtcNow(offered.Deadline!.Value);
        var passedOn = await fixture.AfterReminder(desk.WaitFor(DeskEventKind.SeatOffered, second.Id));

        Assert.Equal("2F-CLIN-C100", passedOn.SeatId);
        Assert.Empty(await waitlist.List());
    }
}
