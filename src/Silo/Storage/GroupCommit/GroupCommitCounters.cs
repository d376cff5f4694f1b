namespace LibraryLive.Silo.Storage.GroupCommit;

/// <summary>What a group-commit storage has sent so far: whether its batches fill, and what was refused.</summary>
public sealed class GroupCommitCounters
{
    private long _transactions;
    private long _changes;
    private long _refused;

    /// <summary>Transactions the table committed.</summary>
    public long Transactions => Interlocked.Read(ref _transactions);

    /// <summary>Grain changes (writes and clears) committed, all transactions together.</summary>
    public long ChangesCommitted => Interlocked.Read(ref _changes);

    /// <summary>Changes the table refused (an ETag conflict, a bad entity); the rest of their batch went again.</summary>
    public long ChangesRefused => Interlocked.Read(ref _refused);

    internal void Committed(int changes)
    {
        Interlocked.Increment(ref _transactions);
        Interlocked.Add(ref _changes, changes);
    }

    internal void Refused() => Interlocked.Increment(ref _refused);
}
