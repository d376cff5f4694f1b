namespace LibraryLive.Silo.Storage.GroupCommit;

/// <summary>What a group-commit storage has sent so far: whether its batches fill, and what was refused.</summary>
public sealed class GroupCommitCounters
{
    private long _requests;
    private long _changes;
    private long _refused;

    /// <summary>
    /// Requests that committed changes: transactions, and single writes where a batch held one change.
    /// </summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Grain changes (writes and clears) committed, all requests together.</summary>
    public long ChangesCommitted => Interlocked.Read(ref _changes);

    /// <summary>
    /// Changes the table refused (an ETag conflict, a bad entity); the rest of their batch went again.
    /// </summary>
    public long ChangesRefused => Interlocked.Read(ref _refused);

    internal void Committed(int changes)
    {
        Interlocked.Increment(ref _requests);
        Interlocked.Add(ref _changes, changes);
    }

    internal void Refused() => Interlocked.Increment(ref _refused);
}
