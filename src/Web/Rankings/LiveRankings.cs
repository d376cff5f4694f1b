using LibraryLive.Inventory;
using LibraryLive.Layout;
using LibraryLive.Rankings;
using LibraryLive.Web.Inventory;
using Microsoft.Extensions.Options;

namespace LibraryLive.Web.Rankings;

/// <summary>The rankings a screen can watch: six awards over the current week, month and year.</summary>
public sealed class LiveRankings(
    IGrainFactory grains,
    LibraryLayout layout,
    ReaderNames names,
    IOptions<RankingOptions> options,
    TimeProvider time)
{
    public static readonly IReadOnlyList<Award> Shown =
        [Award.Visits, Award.Days, Award.Hours, Award.Streak, Award.EarlyBird, Award.NightOwl];

    public static bool TryFind(string period, string award, out PeriodKind kind, out Award parsed)
    {
        parsed = default;
        return Enum.TryParse(period, ignoreCase: true, out kind) && !int.TryParse(period, out _)
            && Enum.TryParse(award, ignoreCase: true, out parsed) && Shown.Contains(parsed);
    }

    public RankingPeriod Current(PeriodKind kind) => RankingPeriod.Current(kind, layout.LocalDate(time.GetUtcNow()));

    /// <summary>The boards screens may watch now, by key.</summary>
    public IReadOnlyDictionary<string, (Award Award, RankingPeriod Period)> CurrentBoards() =>
        Enum.GetValues<PeriodKind>()
            .SelectMany(kind => Shown.Select(award => (Award: award, Period: Current(kind))))
            .ToDictionary(b => RankingBoards.Key(b.Award, b.Period.Key));

    public async Task<RankingView> View(Award award, RankingPeriod period, Standings? standings = null)
    {
        standings ??= await grains.Board(award, period.Key).GetStandings(options.Value.Places);
        var places = new List<RankingPlace>();
        for (var i = 0; i < standings.Top.Count; i++)
        {
            var entry = standings.Top[i];
            var place = i > 0 && entry.Value == standings.Top[i - 1].Value ? places[i - 1].Place : i + 1;
            places.Add(new RankingPlace(
                place,
                await names.Public(entry.Id, period.From.Year),
                Display(award, entry.Value)));
        }

        return new RankingView(RankingBoards.Key(award, period.Key), RankingBoards.Name(award),
            period.Kind.ToString().ToLowerInvariant(), period.Key, places);
    }

    public async Task<OwnRank> Own(Award award, RankingPeriod period, string studentId)
    {
        var rank = await grains.Board(award, period.Key).GetRank(studentId);
        return new OwnRank(rank.Place, Display(award, rank.Value), rank.Entries);
    }

    private static double Display(Award award, long value) =>
        award == Award.Hours ? Math.Round(value / 3600.0, 1) : value;
}
