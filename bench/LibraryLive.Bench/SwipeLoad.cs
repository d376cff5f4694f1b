using System.Diagnostics;
using System.Net.Http.Json;
using LibraryLive.Registry;

namespace LibraryLive.Bench;

internal sealed record LoadResult(int Accepted, int Failed, double PerSecond, List<double> LatenciesMs);

/// <summary>
/// Callers in parallel, each swiping its own students in and out at a building gate as fast as answered.
/// </summary>
internal static class SwipeLoad
{
    public static async Task<LoadResult> Run(
        HttpClient http,
        Student[] students,
        TimeSpan duration,
        int callers,
        int round)
    {
        var accepted = 0;
        var failed = 0;
        var latencies = new List<double>[callers];
        var stop = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, callers).Select(async caller =>
        {
            latencies[caller] = [];
            var sequence = 0;
            while (stop.Elapsed < duration)
            {
                // Callers own disjoint students, so one student's swipes stay in order.
                var student = students[(caller + callers * (sequence / 2)) % students.Length];
                var swipe = new
                {
                    eventId = $"bench-{round}-{caller}-{sequence}",
                    cardId = student.CardId,
                    gateId = "G-MAIN-1",
                    direction = sequence % 2 == 0 ? "in" : "out",
                    at = DateTimeOffset.UtcNow,
                };
                sequence++;

                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsJsonAsync("/api/swipes", swipe);
                latencies[caller].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref accepted);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }));

        return new LoadResult(
            accepted,
            failed,
            accepted / stop.Elapsed.TotalSeconds,
            latencies.SelectMany(l => l).ToList());
    }
}
