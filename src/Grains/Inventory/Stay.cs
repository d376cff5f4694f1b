namespace LibraryLive.Inventory;

/// <summary>
/// A span of time a reader spent in a place, from an "in" to its "out" or to the rule that closes it.
/// </summary>
public readonly record struct Stay(ReaderPlace Place, DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Length => End - Start;

    public bool Contains(DateTimeOffset instant) => Start <= instant && instant < End;

    public bool Overlaps(DateTimeOffset from, DateTimeOffset to) => Start < to && from < End;
}
