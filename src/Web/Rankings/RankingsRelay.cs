using LibraryLive.Inventory;
using LibraryLive.Rankings;
using LibraryLive.Rooms;
using LibraryLive.Web.Relays;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LibraryLive.Web.Rankings;

/// <summary>
/// Observes the rankings of the current week, month and year and relays their changes to the screens of
/// this host. Each renewal of the subscriptions also follows the calendar into a new week, month or year.
/// </summary>
public sealed class RankingsRelay(
    IGrainFactory grains,
    LiveRankings rankings,
    IHubContext<RankingsHub, IRankingsScreen> hub,
    IOptions<PushOptions> options,
    TimeProvider time,
    ILogger<RankingsRelay> logger) : RenewedSubscriptions<IRankingObserver>(grains, options, time, logger), IRankingObserver
{
    private IReadOnlyDictionary<string, (Award Award, RankingPeriod Period)> _boards =
        new Dictionary<string, (Award, RankingPeriod)>();

    public async Task RankingChanged(RankingUpdate update)
    {
        if (_boards.TryGetValue(update.Board, out var board))
        {
            var view = await rankings.View(board.Award, board.Period, update.Standings);
            await hub.Clients.Group(RankingGroups.Of(update.Board)).RankingChanged(view);
        }
    }

    protected override Task SubscribeAll(IRankingObserver self)
    {
        _boards = rankings.CurrentBoards();
        return Task.WhenAll(_boards.Keys.Select(b => Grains.GetGrain<IRankingGrain>(b).Subscribe(self)));
    }
}
