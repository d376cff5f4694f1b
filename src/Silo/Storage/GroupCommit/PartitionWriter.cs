using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;

namespace LibraryLive.Silo.Storage.GroupCommit;

/// <summary>
/// The changes of one table partition, stored as entity group transactions. The first change to an idle
/// partition waits up to MaxLinger for others (or until a batch is full); then one transaction at a time is in
/// flight, and what arrives meanwhile forms the next one, so batches grow with the load by themselves.
/// </summary>
internal sealed partial class PartitionWriter(
    int partition,
    TableClient table,
    GroupCommitOptions options,
    GroupCommitCounters counters,
    ILogger logger)
{
    // Azure refuses a transaction over 4 MiB, and binary properties travel as base64 (4 bytes per 3):
    // 2.5 MiB of state leaves room for that and for the request around it.
    private const int MaxBatchBytes = 5 * 512 * 1024;

    private readonly Lock _lock = new();
    private List<PendingChange> _waiting = [];
    private TaskCompletionSource? _batchFull;
    private bool _draining;

    public Task<ETag> Enqueue(PendingChange change)
    {
        var start = false;
        lock (_lock)
        {
            _waiting.Add(change);
            start = !_draining;
            _draining = true;
            if (_waiting.Count >= options.MaxBatchSize)
            {
                _batchFull?.TrySetResult();
            }
        }

        // Off the calling grain's scheduler: the transactions of a partition serve many grains.
        if (start)
        {
            _ = Task.Run(DrainAsync);
        }

        return change.Stored;
    }

    private async Task DrainAsync()
    {
        await LingerAsync().ConfigureAwait(false);
        while (TakeBatch() is { Count: > 0 } batch)
        {
            await CommitAsync(batch).ConfigureAwait(false);
        }
    }

    private async Task LingerAsync()
    {
        Task batchFull;
        lock (_lock)
        {
            if (options.MaxLinger == TimeSpan.Zero || _waiting.Count >= options.MaxBatchSize)
            {
                return;
            }

            _batchFull = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            batchFull = _batchFull.Task;
        }

        // Real time on purpose, not the library's TimeProvider: tests run the library on a fake clock.
        await Task.WhenAny(batchFull, Task.Delay(options.MaxLinger)).ConfigureAwait(false);
        lock (_lock)
        {
            _batchFull = null;
        }
    }

    private List<PendingChange> TakeBatch()
    {
        lock (_lock)
        {
            var batch = new List<PendingChange>(Math.Min(_waiting.Count, options.MaxBatchSize));
            var rows = new HashSet<string>(StringComparer.Ordinal);
            var later = new List<PendingChange>();
            var bytes = 0;
            foreach (var change in _waiting)
            {
                // A transaction may change an entity once: a second change of the same state waits its turn.
                var fits = batch.Count < options.MaxBatchSize
                    && (batch.Count == 0 || bytes + change.Bytes <= MaxBatchBytes);
                if (rows.Add(change.RowKey) && fits)
                {
                    batch.Add(change);
                    bytes += change.Bytes;
                }
                else
                {
                    later.Add(change);
                }
            }

            _waiting = later;
            _draining = batch.Count > 0;
            return batch;
        }
    }

    private async Task CommitAsync(List<PendingChange> batch)
    {
        while (batch.Count > 1)
        {
            try
            {
                var results = await table.SubmitTransactionAsync(batch.Select(c => c.Action)).ConfigureAwait(false);
                counters.Committed(batch.Count);
                LogCommitted(partition, batch.Count);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Commit(results.Value[i].Headers.ETag ?? default);
                }

                return;
            }
            catch (TableTransactionFailedException failed)
                when (failed.FailedTransactionActionIndex is { } index && index < batch.Count)
            {
                // A failed transaction stores nothing: only the change it names is refused, the others go again.
                counters.Refused();
                LogRefused(partition, batch.Count, index, failed.Status, failed.ErrorCode);
                batch[index].Fail(failed);
                batch.RemoveAt(index);
            }
            catch (Exception failed)
            {
                // Not one change's fault (the service, the network): every caller gets it, as it would alone.
                LogFailed(partition, batch.Count, failed);
                foreach (var change in batch)
                {
                    change.Fail(failed);
                }

                return;
            }
        }

        if (batch is [var alone])
        {
            await CommitAloneAsync(alone).ConfigureAwait(false);
        }
    }

    // A transaction of one change costs Azurite about twice a plain request of it (measured, docs/performance.md).
    private async Task CommitAloneAsync(PendingChange change)
    {
        var (kind, entity, etag) = (change.Action.ActionType, change.Action.Entity, change.Action.ETag);
        try
        {
            var response = kind switch
            {
                TableTransactionActionType.Add => await table.AddEntityAsync(entity).ConfigureAwait(false),
                TableTransactionActionType.UpdateReplace =>
                    await table.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace).ConfigureAwait(false),
                TableTransactionActionType.Delete =>
                    await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, etag).ConfigureAwait(false),
                _ => throw new NotSupportedException($"Grain storage does not send {kind} changes."),
            };

            // A delete of an entity already gone answers 404 without throwing; in a transaction it would be refused.
            if (response.Status == 404)
            {
                throw new RequestFailedException(404, "The entity to delete is gone.", "ResourceNotFound", null);
            }

            counters.Committed(1);
            change.Commit(response.Headers.ETag ?? default);
        }
        catch (RequestFailedException refused) when (refused.Status is 404 or 409 or 412)
        {
            counters.Refused();
            change.Fail(refused);
        }
        catch (Exception failed)
        {
            LogFailed(partition, 1, failed);
            change.Fail(failed);
        }
    }

    [LoggerMessage(
        Level = LogLevel.Debug,
        Message = "Partition {Partition}: committed a transaction of {Count} changes")]
    private partial void LogCommitted(int partition, int count);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Partition {Partition}: a transaction of {Count} changes was refused at change {Index} "
            + "({Status} {ErrorCode}); the others go again")]
    private partial void LogRefused(int partition, int count, int index, int status, string? errorCode);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Partition {Partition}: a transaction of {Count} changes failed")]
    private partial void LogFailed(int partition, int count, Exception exception);
}
