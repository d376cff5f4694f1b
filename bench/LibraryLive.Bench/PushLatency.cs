using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using LibraryLive.Registry;
using LibraryLive.Rooms;
using LibraryLive.Seats;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryLive.Bench;

/// <summary>
/// Books seats for students, then swipes each in (which checks the booking in) and times how long after
/// the swipe's answer the seat's "occupied" arrives at a screen watching the whole library.
/// </summary>
internal static class PushLatency
{
    public static async Task<List<double>> Run(HttpClient http, Uri baseAddress, Student[] students, int samples)
    {
        var enums = new JsonStringEnumConverter(JsonNamingPolicy.CamelCase);
        await using var screen = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "/hubs/lobby"))
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(enums))
            .Build();
        var arrivals = new ConcurrentDictionary<string, long>();
        screen.On<RoomUpdate>("RoomChanged", update =>
        {
            var now = Stopwatch.GetTimestamp();
            foreach (var change in update.Changes.Where(c => c.Status == SeatStatus.Occupied))
            {
                arrivals.TryAdd(change.SeatId, now);
            }
        });
        await screen.StartAsync();
        await screen.InvokeAsync<RoomSnapshot[]>("Watch", "library", null);

        var run = Guid.NewGuid().ToString("N")[..6];
        var start = NextQuarter(DateTimeOffset.UtcNow);
        // The 24-hour room can be booked at any hour, so the benchmark runs whatever the library's time of day.
        var seats = Enumerable.Range(1, samples).Select(n => $"B1-24H-Z{n:000}").ToArray();
        var riders = students.Skip(students.Length - samples).ToArray();
        for (var i = 0; i < samples; i++)
        {
            var booking = new { commandId = $"push-{run}-{i}", seatId = seats[i], start, end = start.AddMinutes(30) };
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/bookings")
            {
                Content = JsonContent.Create(booking),
            };
            request.Headers.Add("X-Student-Id", riders[i].Id);
            using var _ = await http.SendAsync(request);
        }

        var accepted = new Dictionary<string, long>();
        for (var i = 0; i < samples; i++)
        {
            var swipe = new
            {
                eventId = $"push-{run}-in-{i}",
                cardId = riders[i].CardId,
                gateId = "G-MAIN-2",
                direction = "in",
                at = DateTimeOffset.UtcNow,
            };
            using var response = await http.PostAsJsonAsync("/api/swipes", swipe);
            accepted[seats[i]] = Stopwatch.GetTimestamp();
            await Task.Delay(5);
        }

        // Wait for stragglers, bounded.
        var deadline = Stopwatch.StartNew();
        while (arrivals.Count < samples && deadline.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(50);
        }

        var latencies = accepted
            .Where(a => arrivals.ContainsKey(a.Key))
            .Select(a => Stopwatch.GetElapsedTime(a.Value, arrivals[a.Key]).TotalMilliseconds)
            .ToList();

        // Let the seats go again so a rerun starts from free seats.
        for (var i = 0; i < samples; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/seats/{seats[i]}/leave")
            {
                Content = JsonContent.Create(new { commandId = $"push-{run}-leave-{i}" }),
            };
            request.Headers.Add("X-Student-Id", riders[i].Id);
            using var _ = await http.SendAsync(request);
        }

        Console.WriteLine($"push: {latencies.Count} of {samples} seat changes arrived");
        return latencies;
    }

    private static DateTimeOffset NextQuarter(DateTimeOffset now)
    {
        var quarter = TimeSpan.FromMinutes(15).Ticks;
        return new DateTimeOffset((now.UtcTicks + quarter - 1) / quarter * quarter, TimeSpan.Zero);
    }
}
