namespace LibraryLive.Rush;

/// <summary>The seats given away so far in a draw, each for the times it went for.</summary>
public sealed class RushSeatPool
{
    private readonly Dictionary<string, List<(DateTimeOffset Start, DateTimeOffset End)>> _taken =
        new(StringComparer.Ordinal);

    private readonly HashSet<string> _returned = new(StringComparer.Ordinal);

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

    /// <summary>
    /// Gives back a seat refused by a student's own rules, once per seat: a seat that refuses again refuses for a
    /// reason of its own that its bookings do not show (a waitlist offer), and would cost each next student a turn.
    /// </summary>
    public bool Return(string seatId, DateTimeOffset start, DateTimeOffset end)
    {
        if (!_returned.Add(seatId))
        {
            return false;
        }

        _taken.GetValueOrDefault(seatId)?.Remove((start, end));
        return true;
    }
}
