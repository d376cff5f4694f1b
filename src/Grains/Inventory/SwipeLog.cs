using System.Globalization;
using System.Text;
using LibraryLive.Gates;

namespace LibraryLive.Inventory;

/// <summary>
/// Swipes written compactly for storage, one per line: event id, a place-and-direction letter (B/b building
/// in/out, R/r 24-hour room in/out) and the instant in Unix milliseconds, separated by tabs. A devoted
/// reader's year holds thousands of swipes; this keeps their state a few dozen bytes per swipe.
/// </summary>
public static class SwipeLog
{
    public static string Write(IEnumerable<ReaderSwipe> swipes)
    {
        var text = new StringBuilder();
        foreach (var swipe in swipes)
        {
            var letter = (swipe.Place, swipe.Direction) switch
            {
                (ReaderPlace.Building, SwipeDirection.In) => 'B',
                (ReaderPlace.Building, _) => 'b',
                (_, SwipeDirection.In) => 'R',
                _ => 'r',
            };
            text.Append(swipe.EventId).Append('\t').Append(letter).Append('\t')
                .Append(swipe.At.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }

    public static List<ReaderSwipe> Read(string log)
    {
        var swipes = new List<ReaderSwipe>();
        foreach (var line in log.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.Split('\t');
            var letter = fields[1][0];
            swipes.Add(new ReaderSwipe(
                fields[0],
                char.ToUpperInvariant(letter) == 'B' ? ReaderPlace.Building : ReaderPlace.AllHoursRoom,
                char.IsUpper(letter) ? SwipeDirection.In : SwipeDirection.Out,
                DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(fields[2], CultureInfo.InvariantCulture))));
        }

        return swipes;
    }
}
