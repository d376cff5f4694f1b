namespace LibraryLive.Rush;

/// <summary>The seats given away so far in a draw, each for the times it went for.</summary>
public sealed class RushSeatPool
{
    private readonly Dictionary<string, List<(DateTimeOffset Start, DateTimeOffset End)>> _taken =
        new(StringComparer.Ordinal);

    public bool IsFree(string seatId, DateTimeOffset start, DateTimeOffset end) =>
        !_taken.TryGetValue(seatId, out var times) || !times.Any(t => start < t.End && t.Start < end);

    public void Take(string seatId, DateTimeOffset start, DateTimeOffset end)
    {
        if (!_taken.TryGetValue(seatId, out var times))
        {
            _taken[seatId] = times = [];
        }

        times.Add((start, end));
    }

    public void Return(string seatId, DateTimeOffset start, DateTimeOffset end) =>
        _taken.GetValueOrDefault(seatId)?.Remove((start, end));
}
