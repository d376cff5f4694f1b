using System.Collections.Concurrent;
using LibraryLive.Inventory;
using LibraryLive.Layout;
using LibraryLive.Rankings;
using Microsoft.Extensions.Logging;

namespace LibraryLive.Web.Inventory;

/// <summary>How far an import is: the stage and how many of its items are done.</summary>
public sealed record ImportProgress(string Stage, int Done, int Total);

public sealed record ImportSummary(
    int Readers,
    int ReadersChanged,
    int Swipes,
    int Bookings,
    int Rankings,
    int BadRows);

/// <summary>
/// Replays a year's exports through the grains: each reader's year gets all its swipes in one call (one
/// write), each seat's year all its bookings, each date all its readers, and each ranking its entries in
/// batches, stored once at the end. Every step sets absolute facts keyed by event or booking id, so
/// importing the same files again changes nothing.
/// </summary>
public sealed partial class YearImport(IGrainFactory grains, LibraryLayout layout, ILogger<YearImport> logger)
{
    // Enough calls in flight to keep the storage busy, few enough that none waits near Orleans' response timeout.
    private const int Concurrency = 24;
    private const int BatchSize = 5000;

    public async Task<ImportSummary> Run(LibraryExport export, int badRows, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var rankings = new ConcurrentDictionary<string, ConcurrentBag<Placing>>(StringComparer.Ordinal);
        var dates = new ConcurrentDictionary<DateOnly, ConcurrentBag<DatePresence>>();
        var changed = await ReplayReaders(export, rankings, dates, progress, cancellationToken);

        await InBatches("dates", dates, (date, presences) =>
            grains.GetGrain<ILibraryDateGrain>(Awards.DateId(date)).Mark(presences), progress, cancellationToken);
        await InBatches("rankings", rankings, (board, entries) =>
            grains.GetGrain<IRankingGrain>(board).Set(entries), progress, cancellationToken);
        var seats = await CountBookings(export, progress, cancellationToken);

        // The readers, dates and seats have set their rankings; each ranking is now stored once.
        var years = dates.Keys.Select(d => d.Year).Concat(seats).Distinct();
        var boards = rankings.Keys
            .Concat(years.SelectMany(y =>
                new[] { Award.PopularSeat, Award.LoyalSeat, Award.BusiestDay, Award.BusiestNight }
                    .Select(a => RankingBoards.Key(a, y))))
            .Distinct().ToArray();
        await ForEach(
            "storing rankings",
            boards,
            board => grains.GetGrain<IRankingGrain>(board).Flush(),
            progress,
            cancellationToken);

        var summary = new ImportSummary(
            export.SwipesByStudent.Count,
            changed,
            export.SwipesByStudent.Values.Sum(s => s.Count),
            export.Bookings.Count,
            boards.Length,
            badRows);
        LogImported(summary.Readers, summary.ReadersChanged, summary.Swipes, summary.Bookings, summary.BadRows);
        return summary;
    }

    private async Task<int> ReplayReaders(
        LibraryExport export,
        ConcurrentDictionary<string, ConcurrentBag<Placing>> rankings,
        ConcurrentDictionary<DateOnly, ConcurrentBag<DatePresence>> dates,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        var profiles = export.Students.ToDictionary(
            s => s.Id,
            s => new ReaderProfile(s.Name, s.Disclosure),
            StringComparer.Ordinal);
        var readerYears = export.SwipesByStudent
            .SelectMany(r => r.Value
                .SelectMany(s => ReaderYears.KeepingYears(layout.LocalDate(s.At))
                    .Select(year => (Year: year, Swipe: s)))
                .GroupBy(x => x.Year, x => x.Swipe)
                .Select(g => (StudentId: r.Key, Year: g.Key, Swipes: (IReadOnlyList<ReaderSwipe>)g.ToArray())))
            .ToArray();

        var changed = 0;
        await ForEach("readers", readerYears, async item =>
        {
            var replay = await grains.GetGrain<IReaderYearGrain>(YearKeys.Of(item.StudentId, item.Year))
                .Replay(item.Swipes, profiles[item.StudentId]);
            if (replay.Changed)
            {
                Interlocked.Increment(ref changed);
            }

            foreach (var period in replay.Periods)
            {
                foreach (var award in Awards.ReaderAwards)
                {
                    var value = period.Figures.Score(award);
                    if (value > 0 || replay.Changed)
                    {
                        rankings.GetOrAdd(RankingBoards.Key(award, period.PeriodKey), _ => [])
                            .Add(new Placing(item.StudentId, value));
                    }
                }
            }

            foreach (var presence in replay.Dates)
            {
                dates.GetOrAdd(presence.Date, _ => []).Add(presence);
            }
        }, progress, cancellationToken);
        return changed;
    }

    private async Task<int[]> CountBookings(
        LibraryExport export,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        var seatYears = export.Bookings
            .Where(b => b.Counts)
            .GroupBy(b => YearKeys.Of(b.SeatId, layout.LocalDate(b.Start).Year), StringComparer.Ordinal)
            .ToArray();
        await ForEach(
            "seats",
            seatYears,
            g => grains.GetGrain<ISeatYearGrain>(g.Key).Count(g.ToArray()),
            progress,
            cancellationToken);
        return seatYears.Select(g => YearKeys.Split(g.Key).Year).Distinct().ToArray();
    }

    private static Task InBatches<TKey, TItem>(
        string stage,
        ConcurrentDictionary<TKey, ConcurrentBag<TItem>> items,
        Func<TKey, IReadOnlyList<TItem>, Task> send,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken)
        where TKey : notnull
    {
        var batches = items.SelectMany(e => e.Value.Chunk(BatchSize).Select(chunk => (e.Key, Items: chunk))).ToArray();
        return ForEach(stage, batches, b => send(b.Key, b.Items), progress, cancellationToken);
    }

    private static async Task ForEach<T>(
        string stage,
        IReadOnlyList<T> items,
        Func<T, Task> act,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        var done = 0;
        progress?.Report(new ImportProgress(stage, 0, items.Count));
        await Parallel.ForEachAsync(
            items,
            new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            async (item, _) =>
            {
                await act(item);
                progress?.Report(new ImportProgress(stage, Interlocked.Increment(ref done), items.Count));
            });
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Imported {Readers} readers ({Changed} changed), {Swipes} swipes, {Bookings} bookings; "
            + "{BadRows} bad rows skipped")]
    private partial void LogImported(int readers, int changed, int swipes, int bookings, int badRows);
}
