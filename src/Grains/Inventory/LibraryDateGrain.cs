using System.Globalization;
using LibraryLive.Rankings;

namespace LibraryLive.Inventory;

[GenerateSerializer, Alias("library-date-state")]
public sealed class LibraryDateState
{
    [Id(0)] public HashSet<string> CameIn { get; set; } = new(StringComparer.Ordinal);

    [Id(1)] public HashSet<string> AtNight { get; set; } = new(StringComparer.Ordinal);
}

public sealed class LibraryDateGrain(
    [PersistentState("library-date", StorageNames.Library)] IPersistentState<LibraryDateState> state)
    : Grain, ILibraryDateGrain
{
    private DateOnly Date =>
        DateOnly.ParseExact(this.GetPrimaryKeyString(), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task Mark(IReadOnlyList<DatePresence> presences)
    {
        var changed = false;
        foreach (var presence in presences)
        {
            changed |= Toggle(state.State.CameIn, presence.StudentId, presence.CameIn);
            changed |= Toggle(state.State.AtNight, presence.StudentId, presence.AtNight);
        }

        if (!changed)
        {
            return;
        }

        await state.WriteStateAsync();
        var id = this.GetPrimaryKeyString();
        await Task.WhenAll(
            GrainFactory.Board(Award.BusiestDay, Date.Year).Set([new Placing(id, state.State.CameIn.Count)]),
            GrainFactory.Board(Award.BusiestNight, Date.Year).Set([new Placing(id, state.State.AtNight.Count)]));
    }

    public Task<DateCounts> GetCounts() =>
        Task.FromResult(new DateCounts(Date, state.State.CameIn.Count, state.State.AtNight.Count));

    private static bool Toggle(HashSet<string> readers, string studentId, bool present) =>
        present ? readers.Add(studentId) : readers.Remove(studentId);
}
