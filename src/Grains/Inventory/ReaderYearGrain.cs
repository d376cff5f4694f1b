using LibraryLive.Layout;
using LibraryLive.Rankings;
using Microsoft.Extensions.Logging;

namespace LibraryLive.Inventory;

[GenerateSerializer, Alias("reader-year-state")]
public sealed class ReaderYearState
{
    /// <summary>The swipes counted, once per event id, in time order, as a <see cref="SwipeLog"/>.</summary>
    [Id(0)] public string Swipes { get; set; } = "";

    [Id(1)] public ReaderProfile? Profile { get; set; }
}

public sealed partial class ReaderYearGrain(
    [PersistentState("reader-year", StorageNames.Library)] IPersistentState<ReaderYearState> state,
    LibraryLayout layout,
    ILogger<ReaderYearGrain> logger) : Grain, IReaderYearGrain
{
    private readonly LibraryCalendar _calendar = new(layout);
    private List<ReaderSwipe> _swipes = null!;
    private HashSet<string> _eventIds = null!;
    private string _studentId = "";
    private int _year;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_studentId, _year) = YearKeys.Split(this.GetPrimaryKeyString());
        _swipes = SwipeLog.Read(state.State.Swipes);
        _eventIds = _swipes.Select(s => s.EventId).ToHashSet(StringComparer.Ordinal);
        return Task.CompletedTask;
    }

    public async Task Record(ReaderSwipe swipe)
    {
        if (_eventIds.Contains(swipe.EventId))
        {
            return;
        }

        var before = Count();
        Keep([swipe]);
        await Save();

        var after = Count();
        var rankings = after.RankingChangesSince(before, _studentId)
            .GroupBy(c => c.Board, c => c.Entry)
            .Select(g => GrainFactory.GetGrain<IRankingGrain>(g.Key).Set(g.ToArray()));
        var dates = after.DateChangesSince(before, _studentId)
            .Select(p => GrainFactory.GetGrain<ILibraryDateGrain>(Awards.DateId(p.Date)).Mark([p]));
        await Task.WhenAll(rankings.Concat(dates));
        LogRecorded(_studentId, _year, swipe.EventId);
    }

    public async Task<ReaderYearReplay> Replay(IReadOnlyList<ReaderSwipe> swipes, ReaderProfile profile)
    {
        var changed = Keep(swipes.Where(s => !_eventIds.Contains(s.EventId))) || state.State.Profile != profile;
        state.State.Profile = profile;
        if (changed)
        {
            await Save();
        }

        var count = Count();
        return new ReaderYearReplay(
            changed,
            count.ByPeriod.Select(p => new PeriodFigures(p.Key, p.Value)).ToArray(),
            count.ByDate.Values.ToArray());
    }

    public Task<ReaderFigures> GetFigures(DateOnly from, DateOnly to) =>
        Task.FromResult(ReaderFigures.Over(ReaderDiary.Write(_swipes, _calendar).Values, from, to));

    public Task<ReaderProfile?> GetProfile() => Task.FromResult(state.State.Profile);

    private bool Keep(IEnumerable<ReaderSwipe> swipes)
    {
        var added = false;
        foreach (var swipe in swipes.Where(s => _eventIds.Add(s.EventId)))
        {
            _swipes.Add(swipe);
            added = true;
        }

        if (added)
        {
            _swipes.Sort(ReaderTimeline.Chronologically);
        }

        return added;
    }

    private ReaderYearCount Count() => ReaderYearCount.Of(_studentId, _swipes, _year, _calendar);

    private Task Save()
    {
        state.State.Swipes = SwipeLog.Write(_swipes);
        return state.WriteStateAsync();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reader {StudentId} of {Year}: swipe {EventId} counted")]
    private partial void LogRecorded(string studentId, int year, string eventId);
}
