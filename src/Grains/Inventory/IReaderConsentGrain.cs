using LibraryLive.Registry;

namespace LibraryLive.Inventory;

/// <summary>A student's own choice of how they may be shown in public, keyed by student id.</summary>
public interface IReaderConsentGrain : IGrainWithStringKey
{
    /// <summary>The student's choice, or null when they never made one.</summary>
    Task<Disclosure?> Get();

    Task Choose(Disclosure disclosure);
}

[GenerateSerializer, Alias("reader-consent-state")]
public sealed class ReaderConsentState
{
    [Id(0)] public Disclosure? Choice { get; set; }
}

public sealed class ReaderConsentGrain(
    [PersistentState("reader-consent", StorageNames.Library)] IPersistentState<ReaderConsentState> state)
    : Grain, IReaderConsentGrain
{
    public Task<Disclosure?> Get() => Task.FromResult(state.State.Choice);

    public async Task Choose(Disclosure disclosure)
    {
        if (state.State.Choice == disclosure)
        {
            return;
        }

        state.State.Choice = disclosure;
        await state.WriteStateAsync();
    }
}
