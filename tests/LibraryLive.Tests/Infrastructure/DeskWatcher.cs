using System.Collections.Concurrent;
using LibraryLive.Desk;

namespace LibraryLive.Tests.Infrastructure;

/// <summary>Watches the front desk from outside the silos; tests await the event they expect.</summary>
public sealed class DeskWatcher : IDeskObserver, IAsyncDisposable
{
    private readonly ConcurrentQueue<DeskEvent> _seen = new();
    private readonly List<(Func<DeskEvent, bool> Match, TaskCompletionSource<DeskEvent> Done)> _waiting = [];
    private readonly IFrontDeskGrain _desk;
    private readonly IDeskObserver _reference;
    private readonly IGrainFactory _grains;

    private DeskWatcher(IGrainFactory grains)
    {
        _grains = grains;
        _desk = grains.GetGrain<IFrontDeskGrain>(IFrontDeskGrain.Key);
        _reference = grains.CreateObjectReference<IDeskObserver>(this);
    }

    public static async Task<DeskWatcher> Start(IGrainFactory grains)
    {
        var watcher = new DeskWatcher(grains);
        await watcher._desk.Subscribe(watcher._reference);
        return watcher;
    }

    public Task Happened(DeskEvent deskEvent)
    {
        _seen.Enqueue(deskEvent);
        lock (_waiting)
        {
            foreach (var waiter in _waiting.Where(w => w.Match(deskEvent)).ToArray())
            {
                waiter.Done.TrySetResult(deskEvent);
                _waiting.Remove(waiter);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Completes with the first event (already seen or still to come) that matches.</summary>
    public Task<DeskEvent> WaitFor(Func<DeskEvent, bool> match)
    {
        lock (_waiting)
        {
            if (_seen.FirstOrDefault(match) is { } seen)
            {
                return Task.FromResult(seen);
            }

            var done = new TaskCompletionSource<DeskEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((match, done));
            return done.Task.WaitAsync(TimeSpan.FromSeconds(15));
        }
    }

    public Task<DeskEvent> WaitFor(DeskEventKind kind, string studentId) =>
        WaitFor(e => e.Kind == kind && e.StudentId == studentId);

    public async ValueTask DisposeAsync()
    {
        await _desk.Unsubscribe(_reference);
        _grains.DeleteObjectReference<IDeskObserver>(_reference);
    }
}
