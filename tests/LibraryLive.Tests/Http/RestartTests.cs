using System.Net;
using LibraryLive.Layout;
using Microsoft.Extensions.Time.Testing;

namespace LibraryLive.Tests.Http;

public sealed class RestartTests : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new();

    public Task InitializeAsync() => _azurite.InitializeAsync();

    public Task DisposeAsync() => _azurite.DisposeAsync();

    [Fact]
    public async Task StateWrittenThroughOneHostIsReadBackByTheNext()
    {
        var student = TestStudents.Next();
        var clock = new FakeTimeProvider(ClusterFixture.Morning);
        var start = TestTimes.NextQuarter(clock.GetUtcNow()).AddHours(1);
        await using (var first = new LibraryHost(_azurite.ConnectionString, clusterId: "restart", clock: clock))
        {
            var booked = await first.CreateHttpClient().PostJson("/api/bookings",
                new { commandId = "b1", seatId = "5F-GROUP-G007", start, end = start.AddHours(2) }, student.Id);
            Assert.Equal(HttpStatusCode.OK, booked.StatusCode);
        }

        await using var second = new LibraryHost(_azurite.ConnectionString, clusterId: "restart", clock: clock);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/students/me");
        request.Headers.Add("X-Student-Id", student.Id);
        var status = await (await second.CreateHttpClient().SendAsync(request)).Json();
        var seat = await (await second.CreateHttpClient().GetAsync("/api/staff/seats/5F-GROUP-G007")).Json();

        Assert.Equal("5F-GROUP-G007", status.GetProperty("booking").GetProperty("seatId").GetString());
        Assert.Equal(student.Id, seat.GetProperty("bookings")[0].GetProperty("studentId").GetString());
    }

    [Fact]
    public async Task ABadLayoutStopsTheStartAndSaysWhatIsWrong()
    {
        var path = Path.Combine(Path.GetTempPath(), $"layout-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """
            { "library": { "id": "x", "name": "X", "timeZone": "Asia/Shanghai", "opens": "08:00", "closes": "22:00" },
              "floors": [ { "id": "F1", "name": "F", "level": 1 } ],
              "rooms": [ { "id": "R1", "floor": "F2", "name": "R", "seats": [] } ],
              "gates": [ { "id": "G1", "name": "G", "kind": "building" } ] }
            """);
        await using var host = new LibraryHost(
            _azurite.ConnectionString,
            settings: new Dictionary<string, string?> { ["Library:Layout"] = path });

        var error = Assert.Throws<LayoutException>(() => host.CreateHttpClient());

        Assert.Contains("room 'R1' is on floor 'F2', which the layout does not define", error.Problems);
    }
}
