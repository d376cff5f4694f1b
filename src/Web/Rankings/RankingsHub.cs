using LibraryLive.Inventory;
using LibraryLive.Rankings;
using Microsoft.AspNetCore.SignalR;

namespace LibraryLive.Web.Rankings;

/// <summary>What the server calls on a rankings screen.</summary>
public interface IRankingsScreen
{
    Task RankingChanged(RankingView ranking);
}

/// <summary>
/// Rankings screens connect here and watch rankings of the current week, month or year. Watching answers
/// with the ranking as it is; after that the screen receives it again whenever its head changes.
/// </summary>
public sealed class RankingsHub(LiveRankings rankings) : Hub<IRankingsScreen>
{
    public const string Path = "/hubs/rankings";

    /// <param name="period">"week", "month" or "year".</param>
    /// <param name="award">visits, days, hours, streak, earlyBird or nightOwl.</param>
    public async Task<RankingView> Watch(string period, string award)
    {
        if (!LiveRankings.TryFind(period, award, out var kind, out var parsed))
        {
            throw new HubException($"There is no live ranking of '{award}' over a '{period}'.");
        }

        var current = rankings.Current(kind);
        await Groups.AddToGroupAsync(Context.ConnectionId, RankingGroups.Of(RankingBoards.Key(parsed, current.Key)));
        return await rankings.View(parsed, current);
    }
}

public static class RankingGroups
{
    public static string Of(string board) => $"ranking:{board}";
}
