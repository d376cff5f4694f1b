using LibraryLive.Inventory;

namespace LibraryLive.Rankings;

/// <summary>
/// Entries kept in ranking order, so that an update costs a logarithm of the entries and the head of the
/// ranking or one entry's rank is read without going through everyone.
/// </summary>
public sealed class RankingIndex
{
    private readonly Dictionary<string, long> _values = new(StringComparer.Ordinal);
    private readonly SortedSet<Placing> _ordered = new(PlacingOrder.Instance);

    // How many entries hold each value, highest value first: a rank is the sum over the values above.
    private readonly SortedDictionary<long, int> _holders = new(Comparer<long>.Create((a, b) => b.CompareTo(a)));

    public RankingIndex(IEnumerable<KeyValuePair<string, long>> entries)
    {
        foreach (var (id, value) in entries)
        {
            Set(id, value);
        }
    }

    public IReadOnlyDictionary<string, long> Values => _values;

    /// <summary>Sets an entry's value (0 removes it); true when that changed anything.</summary>
    public bool Set(string id, long value)
    {
        var known = _values.TryGetValue(id, out var old);
        if (known ? old == value : value <= 0)
        {
            return false;
        }

        if (known)
        {
            _ordered.Remove(new Placing(id, old));
            _holders[old]--;
            if (_holders[old] == 0)
            {
                _holders.Remove(old);
            }

            _values.Remove(id);
        }

        if (value > 0)
        {
            _values[id] = value;
            _ordered.Add(new Placing(id, value));
            _holders[value] = _holders.GetValueOrDefault(value) + 1;
        }

        return true;
    }

    public Standings Head(int places)
    {
        var top = _ordered.Take(places).ToArray();
        var tied = top.Length == 0 ? [] : _ordered.TakeWhile(p => p.Value == top[0].Value).ToArray();
        return new Standings(top, tied);
    }

    public Rank RankOf(string id)
    {
        if (!_values.TryGetValue(id, out var value))
        {
            return new Rank(null, 0, _values.Count);
        }

        long above = 0;
        foreach (var (holdersValue, count) in _holders)
        {
            if (holdersValue <= value)
            {
                break;
            }

            above += count;
        }

        return new Rank(above + 1, value, _values.Count);
    }
}
