using LibraryLive;
using LibraryLive.Bench;
using LibraryLive.Registry;

// Measures a running LibraryLive host end to end (see docs/performance.md; scripts/bench.sh starts one):
//   1. swipes accepted per second over HTTP, each stored durably before its answer;
//   2. the time from a swipe's acceptance to the seat change arriving at a subscribed SignalR client.
var baseAddress = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:5090");
var seconds = args.Length > 1 ? int.Parse(args[1]) : 10;
var concurrency = args.Length > 2 ? int.Parse(args[2]) : 32;
var rounds = args.Length > 3 ? int.Parse(args[3]) : 3;

var students = StudentRegistry.Load(LibraryFiles.Resolve(LibraryFiles.DefaultStudents)).All
    .OrderBy(s => s.Id)
    .ToArray();
using var http = new HttpClient { BaseAddress = baseAddress };

var throughputs = new List<double>();
var acceptLatencies = new List<double>();
for (var round = 1; round <= rounds; round++)
{
    var result = await SwipeLoad.Run(http, students, TimeSpan.FromSeconds(seconds), concurrency, round);
    throughputs.Add(result.PerSecond);
    acceptLatencies.AddRange(result.LatenciesMs);
    Console.WriteLine($"round {round}: {result.Accepted} swipes accepted in {seconds} s = {result.PerSecond:F0}/s "
        + $"(p50 {Stats.Percentile(result.LatenciesMs, 50):F1} ms, "
        + $"p99 {Stats.Percentile(result.LatenciesMs, 99):F1} ms, "
        + $"{result.Failed} failed)");
}

var push = await PushLatency.Run(http, baseAddress, students, samples: 150);

Console.WriteLine();
Console.WriteLine($"swipes accepted per second, median of {rounds} rounds of {seconds} s with {concurrency} callers: "
    + $"{Stats.Median(throughputs):F0}");
Console.WriteLine($"swipe answer latency under that load: p50 {Stats.Percentile(acceptLatencies, 50):F1} ms, "
    + $"p99 {Stats.Percentile(acceptLatencies, 99):F1} ms");
Console.WriteLine($"acceptance to SignalR arrival ({push.Count} seat changes): p50 {Stats.Percentile(push, 50):F1} ms, "
    + $"p99 {Stats.Percentile(push, 99):F1} ms");
