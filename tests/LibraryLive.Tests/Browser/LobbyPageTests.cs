using System.Diagnostics;
using System.Net;
using LibraryLive.Tests.Http;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LibraryLive.Tests.Browser;

/// <summary>The lobby page in a real headless Chromium (Debian's; scripts/prepare.sh installs it).</summary>
[Collection(HostCollection.Name)]
public sealed class LobbyPageTests(HostFixture fixture, ITestOutputHelper output)
{
    private const string Chromium = "/usr/lib/chromium/chromium";

    [Fact]
    public async Task ASeatTurnsOccupiedOnTheLobbyPageWhenItsStudentSwipesIn()
    {
        var student = TestStudents.Next();
        var start = TestTimes.NextQuarter(fixture.Now);
        var booked = await fixture.Http.PostJson("/api/bookings",
            new { commandId = "page-book", seatId = "B1-C-B200", start, end = start.AddHours(1) }, student.Id);
        Assert.Equal(HttpStatusCode.OK, booked.StatusCode);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.Host.BaseAddress, "/?show=room:B1-C").ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        var seat = page.Locator("[data-seat='B1-C-B200']");
        var before = await seat.GetAttributeAsync("data-status");

        var clock = Stopwatch.StartNew();
        await fixture.Http.PostJson("/api/swipes", new
        {
            eventId = "page-swipe-" + Guid.NewGuid().ToString("N"),
            cardId = student.CardId,
            gateId = "G-MAIN-2",
            direction = "in",
            at = fixture.Now,
        });
        await page.WaitForSelectorAsync("[data-seat='B1-C-B200'][data-status='occupied']", new() { Timeout = 10_000 });
        clock.Stop();

        Assert.Equal("booked", before);
        Assert.Contains("free", await page.Locator("#room-B1-C .free-count").InnerTextAsync());
        output.WriteLine($"Swipe posted to seat drawn occupied: {clock.ElapsedMilliseconds} ms");
        await page.ScreenshotAsync(
            new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "lobby.png") });
    }
}
