using Azure;
using Azure.Data.Tables;

namespace LibraryLive.Silo.Storage.GroupCommit;

/// <summary>One grain's change waiting for its partition's next transaction, and the caller waiting for it.</summary>
internal sealed class PendingChange(TableTransactionAction action, int bytes)
{
    private readonly TaskCompletionSource<ETag> _stored = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TableTransactionAction Action => action;

    public string RowKey => action.Entity.RowKey;

    /// <summary>The serialized state's size, so that a batch stays within a transaction's payload limit.</summary>
    public int Bytes => bytes;

    /// <summary>Completes with the entity's new ETag once its transaction is committed.</summary>
    public Task<ETag> Stored => _stored.Task;

    public void Commit(ETag etag) => _stored.TrySetResult(etag);

    public void Fail(Exception exception) => _stored.TrySetException(exception);
}
