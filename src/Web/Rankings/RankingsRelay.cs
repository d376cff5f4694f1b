using LibraryLive.Inventory;
using LibraryLive.Rankings;
using LibraryLive.Rooms;
using LibraryLive.Web.Lobby;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;
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
    ILogger<RankingsRelay> logger) : BackgroundService, IRankingObserver
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The reference must live as long as the relay: a collected observer silently stops receiving.
        var self = grains.CreateObjectReference<IRankingObserver>(this);
        try
        {
            await Renewal.Run(
                () => SubscribeAll(self),
                options.Value.SubscriptionLifetime / 3,
                time,
                logger,
                stoppingToken);
        }
        finally
        {
            grains.DeleteObjectReference<IRankingObserver>(self);
        }
    }

    private Task SubscribeAll(IRankingObserver self)
    {
        _boards = rankings.CurrentBoards();
        return Task.WhenAll(_boards.Keys.Select(b => grains.GetGrain<IRankingGrain>(b).Subscribe(self)));
    }
}
