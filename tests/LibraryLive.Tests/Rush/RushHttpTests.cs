using System.Net;
using LibraryLive.Rush;
using LibraryLive.Tests.Http;
using Orleans;

namespace LibraryLive.Tests.Rush;

/// <summary>The rush through the real host and its HTTP intake, on the host's fake clock.</summary>
[Collection(HostCollection.Name)]
public sealed class RushHttpTests(HostFixture fixture)
{
    [Fact]
    public async Task BookingsForTomorrowInTheWindowAreDrawnThenLaterOnesAreFirstComeFirstServed()
    {
        using var evening = RushEvening.Next(fixture.Clock);
        var rush = fixture.Host.Services.GetRequiredService<IGrainFactory>().GetGrain<IRushGrain>(evening.Key);
        var (first, second, late) = (TestStudents.Next().Id, TestStudents.Next().Id, TestStudents.Next().Id);
        object Booking(string commandId) => new
        {
            commandId,
            seatId = "4F-QUIET-Q001",
            start = evening.Tomorrow(9),
            end = evening.Tomorrow(11),
            alternatives = new[] { "4F-QUIET-Q002" },
        };
        fixture.Clock.SetUtcNow(evening.Times.Opens.AddSeconds(1));

        var firstAnswer = fixture.Http.PostJson("/api/bookings", Booking("rush-1"), first);
        var secondAnswer = fixture.Http.PostJson("/api/bookings", Booking("rush-2"), second);
        await rush.UntilEntrants(2);
        var again = await fixture.Http.PostJson("/api/bookings", Booking("rush-1-again"), first);
        fixture.Clock.SetUtcNow(evening.Times.Closes);
        var lateAnswer = await fixture.Http.PostJson("/api/bookings", Booking("rush-3"), late);
        var drawn = await Task.WhenAll(firstAnswer, secondAnswer).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.StartsWith("you are already in the lottery", (await again.Json()).GetProperty("detail").GetString());
        Assert.All(drawn, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        var seats = await Task.WhenAll(drawn.Select(async r => (await r.Json()).GetProperty("seatId").GetString()));
        Assert.Equal(["4F-QUIET-Q001", "4F-QUIET-Q002"], seats.Order());
        Assert.Equal(HttpStatusCode.Conflict, lateAnswer.StatusCode);
        Assert.StartsWith(
            "seat Q001 is already booked from 09:00 to 11:00",
            (await lateAnswer.Json()).GetProperty("detail").GetString());
    }
}
