using LibraryLive.Inventory;

namespace LibraryLive.Rankings;

/// <summary>
/// The one place that names ranking grains: "{award}:{period}", such as "visits:2025" or "streak:2025-06".
/// </summary>
public static class RankingBoards
{
    public static string Key(Award award, string periodKey) => $"{Name(award)}:{periodKey}";

    public static string Key(Award award, int year) => Key(award, RankingPeriod.Year(year).Key);

    /// <summary>The award's name as the report and the pages write it: visits, earlyBird, busiestNight.</summary>
    public static string Name(Award award)
    {
        var name = award.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static IRankingGrain Board(this IGrainFactory grains, Award award, string periodKey) =>
        grains.GetGrain<IRankingGrain>(Key(award, periodKey));

    public static IRankingGrain Board(this IGrainFactory grains, Award award, int year) =>
        grains.GetGrain<IRankingGrain>(Key(award, year));
}
