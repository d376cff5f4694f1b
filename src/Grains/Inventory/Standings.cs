namespace LibraryLive.Inventory;

/// <summary>An entry of a ranking: a student, a seat, a student-and-seat pair or a date, with its value.</summary>
[GenerateSerializer, Immutable, Alias("placing")]
public sealed record Placing([property: Id(0)] string Id, [property: Id(1)] long Value);

/// <summary>
/// The head of a ranking: the best entries, highest value first and the lowest id first among equals, and
/// every entry that shares the best value (they tie for the award; the lowest id wins it).
/// </summary>
[GenerateSerializer, Immutable, Alias("standings")]
public sealed record Standings(
    [property: Id(0)] IReadOnlyList<Placing> Top,
    [property: Id(1)] IReadOnlyList<Placing> Tied)
{
    public static readonly Standings Empty = new([], []);

    public Placing? Winner => Top.Count > 0 ? Top[0] : null;

    /// <summary>Ranks entries; an entry worth nothing (value 0) is not ranked.</summary>
    public static Standings Of(IEnumerable<Placing> entries, int top)
    {
        var ranked = entries.Where(e => e.Value > 0).Order(PlacingOrder.Instance).ToList();
        var best = ranked.Count > 0 ? ranked[0].Value : 0;
        return new Standings(ranked.Take(top).ToArray(), ranked.TakeWhile(e => e.Value == best).ToArray());
    }
}

/// <summary>Highest value first; among equal values the lowest id (ordinal) first.</summary>
public sealed class PlacingOrder : IComparer<Placing>
{
    public static readonly PlacingOrder Instance = new();

    public int Compare(Placing? x, Placing? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : 1) : -1;
        }

        var byValue = y.Value.CompareTo(x.Value);
        return byValue != 0 ? byValue : string.CompareOrdinal(x.Id, y.Id);
    }
}
