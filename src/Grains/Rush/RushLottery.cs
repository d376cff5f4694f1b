using LibraryLive.Layout;

namespace LibraryLive.Rush;

/// <summary>
/// Random serial dictatorship: the entrants are put in a random order, then each in turn gets their first choice
/// still free, else their next, else the nearest similar seat (same room, at least the features of the first
/// choice, nearest on the floor plan), else nothing. Arrival order plays no part.
/// </summary>
public sealed class RushLottery(LibraryLayout layout)
{
    private readonly Dictionary<string, string[]> _similar = new(StringComparer.Ordinal);

    public static T[] Draw<T>(IEnumerable<T> entrants, Random random)
    {
        var order = entrants.ToArray();
        random.Shuffle(order);
        return order;
    }

    /// <summary>The seat offered to each request in turn (null: none left), taken from the pool as it goes.</summary>
    public string?[] Offer(IReadOnlyList<RushRequest> order, RushSeatPool pool)
    {
        var offers = new string?[order.Count];
        for (var i = 0; i < order.Count; i++)
        {
            var request = order[i];
            var seat = FirstFree(request.Choices, request, pool)
                ?? FirstFree(SimilarTo(request.FirstChoice), request, pool);
            if (seat is not null)
            {
                pool.Take(seat, request.Start, request.End);
            }

            offers[i] = seat;
        }

        return offers;
    }

    /// <summary>Why a request got no seat, in the student's terms.</summary>
    public string NoSeatLeft(RushRequest request)
    {
        var first = layout.SeatsById[request.FirstChoice];
        var room = layout.RoomsById[first.RoomId];
        var hours = $"from {layout.ToLocal(request.Start):HH:mm} to {layout.ToLocal(request.End):HH:mm} tomorrow";
        var others = request.Choices.Count > 1 ? " and your other choices" : "";
        return first.Features.Count == 0
            ? $"{room.Name} is full {hours}: seat {first.Label}{others} and every other seat there "
              + "went to students drawn before you in the lottery"
            : $"{room.Name} has no seat with {string.Join(" and ", first.Features)} left {hours}: "
              + $"seat {first.Label}{others} and every seat like it went to students drawn before you in the lottery";
    }

    private static string? FirstFree(IReadOnlyList<string> seats, RushRequest request, RushSeatPool pool)
    {
        foreach (var seat in seats)
        {
            if (pool.IsFree(seat, request.Start, request.End))
            {
                return seat;
            }
        }

        return null;
    }

    private string[] SimilarTo(string seatId)
    {
        if (_similar.TryGetValue(seatId, out var similar))
        {
            return similar;
        }

        var first = layout.SeatsById[seatId];
        similar = layout.RoomsById[first.RoomId].Seats
            .Where(s => s.Id != first.Id && first.Features.All(s.Features.Contains))
            .OrderBy(s => Distance(first, s))
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => s.Id)
            .ToArray();
        _similar[seatId] = similar;
        return similar;
    }

    private static double Distance(Seat a, Seat b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
}
