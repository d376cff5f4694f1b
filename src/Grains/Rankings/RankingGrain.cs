using LibraryLive.Inventory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Utilities;
using LibraryLive.Rooms;

namespace LibraryLive.Rankings;

[GenerateSerializer, Alias("ranking-state")]
public sealed class RankingState
{
    [Id(0)] public Dictionary<string, long> Entries { get; set; } = new(StringComparer.Ordinal);
}

public sealed partial class RankingGrain(
    [PersistentState("ranking", StorageNames.Library)] IPersistentState<RankingState> state,
    IOptions<RankingOptions> options,
    IOptions<PushOptions> push,
    ILogger<RankingGrain> logger) : Grain, IRankingGrain
{
    private RankingIndex _index = null!;
    private ObserverManager<IRankingObserver> _observers = null!;
    private Standings _lastPushed = Standings.Empty;
    private bool _unsaved;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _index = new RankingIndex(state.State.Entries);
        _lastPushed = _index.Head(options.Value.Places);
        _observers = new ObserverManager<IRankingObserver>(push.Value.SubscriptionLifetime, logger);

        // A busy ranking changes with every swipe: it is stored and pushed on timers, not per change.
        this.RegisterGrainTimer(
            _ => SaveIfChanged(),
            new GrainTimerCreationOptions(options.Value.SaveInterval, options.Value.SaveInterval));
        this.RegisterGrainTimer(
            _ => PushIfChanged(),
            new GrainTimerCreationOptions(push.Value.PushInterval, push.Value.PushInterval));
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        await SaveIfChanged();

    public Task Set(IReadOnlyList<Placing> entries)
    {
        foreach (var entry in entries)
        {
            _unsaved |= _index.Set(entry.Id, entry.Value);
        }

        return Task.CompletedTask;
    }

    public Task<Standings> GetStandings(int places) => Task.FromResult(_index.Head(places));

    public Task<Rank> GetRank(string id) => Task.FromResult(_index.RankOf(id));

    public Task Flush() => SaveIfChanged();

    public Task Subscribe(IRankingObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IRankingObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    private async Task SaveIfChanged()
    {
        if (!_unsaved)
        {
            return;
        }

        state.State.Entries = new Dictionary<string, long>(_index.Values, StringComparer.Ordinal);
        await state.WriteStateAsync();
        _unsaved = false;
        LogSaved(this.GetPrimaryKeyString(), state.State.Entries.Count);
    }

    private Task PushIfChanged()
    {
        var head = _index.Head(options.Value.Places);
        if (_observers.Count == 0 || head.Top.SequenceEqual(_lastPushed.Top))
        {
            return Task.CompletedTask;
        }

        _lastPushed = head;
        var update = new RankingUpdate(this.GetPrimaryKeyString(), head);
        return _observers.Notify(o => o.RankingChanged(update));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ranking {Board} stored with {Entries} entries")]
    private partial void LogSaved(string board, int entries);
}
