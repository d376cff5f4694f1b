using LibraryLive.Gates;
using Microsoft.Extensions.Logging;

namespace LibraryLive.Staff;

[GenerateSerializer, Alias("unknown-cards-state")]
public sealed class UnknownCardsState
{
    [Id(0)] public List<GateSwipe> Swipes { get; set; } = [];
}

public sealed partial class UnknownCardsGrain(
    [PersistentState("unknown-cards", StorageNames.Library)] IPersistentState<UnknownCardsState> state,
    ILogger<UnknownCardsGrain> logger) : Grain, IUnknownCardsGrain
{
    public async Task<bool> Keep(GateSwipe swipe)
    {
        if (state.State.Swipes.Exists(s => s.EventId == swipe.EventId))
        {
            return false;
        }

        state.State.Swipes.Add(swipe);
        await state.WriteStateAsync();
        LogUnknownCard(swipe.CardId, swipe.GateId, swipe.EventId);
        return true;
    }

    public Task<IReadOnlyList<GateSwipe>> List() =>
        Task.FromResult<IReadOnlyList<GateSwipe>>(state.State.Swipes.ToArray());

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Card {CardId} swiped at {GateId} is not in the registry (event {EventId})")]
    private partial void LogUnknownCard(string cardId, string gateId, string eventId);
}
