using System.Net;
using LibraryLive.Desk;
using LibraryLive.Seats;
using Microsoft.Extensions.Time.Testing;

namespace LibraryLive.Tests.Http;

public sealed class DeadlineRestartTests : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new();

    public Task InitializeAsync() => _azurite.InitializeAsync();

    public Task DisposeAsync() => _azurite.DisposeAsync();

    [Fact]
    public async Task ANoShowIsReleasedByTheNextHostWhenTheFirstStoppedBeforeTheDeadline()
    {
        var student = TestStudents.Next();
        var clock = new FakeTimeProvider(ClusterFixture.Morning);
        var start = TestTimes.NextQuarter(clock.GetUtcNow());
        await using (var first = new LibraryHost(_azurite.ConnectionString, clusterId: "deadline", clock: clock))
        {
            var booked = await first.CreateHttpClient().PostJson("/api/bookings",
                new { commandId = "b1", seatId = "4F-QUIET-Q100", start, end = start.AddHours(2) }, student.Id);
            Assert.Equal(HttpStatusCode.OK, booked.StatusCode);
        }

        await using var second = new LibraryHost(_azurite.ConnectionString, clusterId: "deadline", clock: clock);
        var http = second.CreateHttpClient();
        await using var desk = await DeskWatcher.Start(second.Services.GetRequiredService<IGrainFactory>());
        clock.SetUtcNow(start.AddMinutes(30));
        var noShow = await clock.AfterReminder(desk.WaitFor(DeskEventKind.NoShow, student.Id));

        var seat = await (await http.GetAsync("/api/staff/seats/4F-QUIET-Q100")).Json();
        Assert.Equal("4F-QUIET-Q100", noShow.SeatId);
        Assert.Equal("free", seat.GetProperty("view").GetProperty("status").GetString());
        Assert.Equal(0, seat.GetProperty("bookings").GetArrayLength());
    }
}
