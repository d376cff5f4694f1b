using LibraryLive.Layout;
using LibraryLive.Seats;

namespace LibraryLive.Waitlists;

[GenerateSerializer, Alias("waitlist-state")]
public sealed class WaitlistState
{
    [Id(0)] public List<Waiter> Waiters { get; set; } = [];
}

public sealed class WaitlistGrain(
    [PersistentState("waitlist", StorageNames.Library)] IPersistentState<WaitlistState> state,
    LibraryLayout layout,
    TimeProvider time) : Grain, IWaitlistGrain
{
    private List<Waiter> Waiters => state.State.Waiters;

    public async Task<int> Join(string studentId, string? feature)
    {
        var index = Waiters.FindIndex(w => w.StudentId == studentId);
        if (index < 0)
        {
            Waiters.Add(new Waiter(studentId, feature, time.GetUtcNow()));
            await state.WriteStateAsync();
            index = Waiters.Count - 1;
        }

        return index + 1;
    }

    public async Task Leave(string studentId)
    {
        if (Waiters.RemoveAll(w => w.StudentId == studentId) > 0)
        {
            await state.WriteStateAsync();
        }
    }

    public async Task SeatFreed(string seatId)
    {
        var seat = layout.SeatsById[seatId];
        var waiter = Waiters.FirstOrDefault(w => w.Feature is null || seat.Features.Contains(w.Feature));
        if (waiter is null)
        {
            return;
        }

        // The waiter leaves the queue once offered a seat: the offer is their turn.
        Waiters.Remove(waiter);
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<ISeatGrain>(seatId).Offer(waiter.StudentId);
    }

    public Task<IReadOnlyList<Waiter>> List() => Task.FromResult<IReadOnlyList<Waiter>>(Waiters.ToArray());
}
