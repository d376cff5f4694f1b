using System.Net;
using LibraryLive.Rush;
using LibraryLive.Tests.Http;
using Microsoft.Extensions.Time.Testing;
using Orleans;

namespace LibraryLive.Tests.Rush;

/// <summary>The real host on a fake clock that starts a minute before tomorrow's bookings open.</summary>
public sealed class RushHostFixture : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 3, 19, 59, 0, TimeSpan.FromHours(8)));

    public LibraryHost Host { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        Host = new LibraryHost(_azurite.ConnectionString, clock: Clock);
        Http = Host.CreateHttpClient();
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        await _azurite.DisposeAsync();
    }
}

public sealed class RushHttpTests(RushHostFixture fixture) : IClassFixture<RushHostFixture>
{
    [Fact]
    public async Task BookingsForTomorrowInTheWindowAreDrawnThenLaterOnesAreFirstComeFirstServed()
    {
        var opens = new DateTimeOffset(2026, 12, 3, 20, 0, 0, TimeSpan.FromHours(8));
        var start = new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(8));
        var rush = fixture.Host.Services.GetRequiredService<IGrainFactory>().GetGrain<IRushGrain>("2026-12-04");
        var (first, second, late) = (TestStudents.Next().Id, TestStudents.Next().Id, TestStudents.Next().Id);
        object Booking(string commandId) => new
        {
            commandId,
            seatId = "4F-QUIET-Q001",
            start,
            end = start.AddHours(2),
            alternatives = new[] { "4F-QUIET-Q002" },
        };
        fixture.Clock.SetUtcNow(opens.AddSeconds(1));

        var firstAnswer = fixture.Http.PostJson("/api/bookings", Booking("rush-1"), first);
        var secondAnswer = fixture.Http.PostJson("/api/bookings", Booking("rush-2"), second);
        await rush.UntilEntrants(2);
        var again = await fixture.Http.PostJson("/api/bookings", Booking("rush-1-again"), first);
        fixture.Clock.SetUtcNow(opens.AddSeconds(10));
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
