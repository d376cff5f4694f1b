using LibraryLive.Inventory;
using LibraryLive.Layout;

namespace LibraryLive.Silo.Inventory;

public sealed record GeneratedYear(int Readers, int GateEvents, int Bookings);

/// <summary>
/// Writes a realistic, seeded year of exports (students.csv, gate-events.csv, bookings.csv) for a layout,
/// with the faults real exports have: missed swipes, repeated rows, rows out of time order, timestamps in
/// two offsets, and nights in the 24-hour room across midnight. See docs/inventory.md.
/// </summary>
public sealed class YearGenerator(LibraryLayout layout, YearShape shape)
{
    private readonly Random _random = new(shape.Seed);
    private readonly LibraryCalendar _calendar = new(layout);
    private readonly string[] _buildingGates = GatesOf(layout, GateKind.Building);
    private readonly string[] _roomGates = layout.Gates
        .Where(g => g.Kind == GateKind.Room && g.RoomId is { } room && layout.RoomsById[room].OpenAllHours)
        .Select(g => g.Id).ToArray();

    private readonly string[] _seats = layout.Rooms.SelectMany(r => r.Seats).Select(s => s.Id).ToArray();
    private readonly HashSet<(string Seat, DateOnly Date, int Quarter)> _heldQuarters = [];
    private int _events;
    private int _bookings;

    public GeneratedYear Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var readers = GeneratedReaders.Draw(_random, shape, _seats);
        GeneratedReaders.Write(Path.Combine(folder, "students.csv"), readers);

        using var gates = Open(Path.Combine(folder, "gate-events.csv"), GeneratedRows.GateEventsHeader);
        using var bookings = Open(Path.Combine(folder, "bookings.csv"), GeneratedRows.BookingsHeader);
        for (var date = new DateOnly(shape.Year, 1, 1); date.Year == shape.Year; date = date.AddDays(1))
        {
            var rows = new List<string>();
            foreach (var reader in readers)
            {
                Day(reader, date, rows, bookings);
            }

            // The gate system exports a day's rows in no particular order.
            _random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(rows));
            foreach (var row in rows)
            {
                gates.WriteLine(row);
            }
        }

        return new GeneratedYear(readers.Count, _events, _bookings);
    }

    private void Day(GeneratedReader reader, DateOnly date, List<string> rows, StreamWriter bookings)
    {
        var habits = reader.Habits;
        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.7 : 1.0;
        var opening = _calendar.Opening(date);
        var closing = _calendar.Closing(date);
        if (_random.NextDouble() < habits.Devotion * weekend)
        {
            var arrival = _random.NextDouble() < habits.EarlyRiser
                ? opening + Seconds(_random.Next(0, 900))
                : opening + Seconds(Math.Clamp(Normal(150 * 60, 100 * 60), 900, 720 * 60));
            var leaving = _random.NextDouble() < habits.StaysLate
                ? closing - Seconds(_random.Next(-300, 840))
                : Earliest(arrival + Seconds(_random.Next(3600, 8 * 3600)), closing - Seconds(_random.Next(960, 3600)));
            leaving = leaving > arrival ? leaving : arrival + TimeSpan.FromMinutes(30);
            var gate = _buildingGates[_random.Next(_buildingGates.Length)];

            Swipe(rows, reader, gate, "in", arrival);
            var lunch = opening + TimeSpan.FromHours(4) + Seconds(_random.Next(0, 1800));
            if (arrival < lunch && lunch + TimeSpan.FromHours(2) < leaving && _random.NextDouble() < 0.3)
            {
                Swipe(rows, reader, gate, "out", lunch);
                Swipe(rows, reader, gate, "in", lunch + Seconds(_random.Next(1800, 3600)));
            }

            Swipe(rows, reader, gate, "out", leaving);
            if (_random.NextDouble() < habits.Books)
            {
                Book(reader, date, arrival, leaving, bookings);
            }
        }

        // Night readers take the 24-hour room after closing and stay past midnight.
        if (_roomGates.Length > 0 && _random.NextDouble() < habits.NightStudy * weekend)
        {
            var enter = closing + Seconds(_random.Next(0, 5400));
            var leave = _calendar.At(date.AddDays(1), new TimeOnly(0, 30)) + Seconds(_random.Next(0, 7 * 3600));
            Swipe(rows, reader, _roomGates[0], "in", enter);
            Swipe(rows, reader, _roomGates[^1], "out", leave);
        }
    }

    private void Swipe(List<string> rows, GeneratedReader reader, string gate, string direction, DateTimeOffset at)
    {
        var missed = direction == "in" ? shape.MissedIn : shape.MissedOut;
        if (_random.NextDouble() < missed)
        {
            return;
        }

        var written = _random.NextDouble() < shape.InUtc ? at.ToUniversalTime() : _calendar.ToLocal(at);
        var row = $"E{++_events:D8},{reader.CardId},{gate},{direction},{GeneratedRows.Time(written)}";
        rows.Add(row);
        if (_random.NextDouble() < shape.Repeated)
        {
            rows.Add(row);
        }
    }

    private void Book(
        GeneratedReader reader,
        DateOnly date,
        DateTimeOffset arrival,
        DateTimeOffset leaving,
        StreamWriter file)
    {
        var seat = _random.NextDouble() < 0.6
            ? reader.Habits.FavouriteSeat
            : _seats[(int)(_seats.Length * Math.Pow(_random.NextDouble(), 1.5))];
        var local = _calendar.ToLocal(arrival);
        var quarter = (local.Hour * 60 + local.Minute) / 15;
        var closingQuarter = (int)((_calendar.Closing(date) - _calendar.At(date, TimeOnly.MinValue)).TotalMinutes / 15);
        var length = Math.Min(_random.Next(8, 17), closingQuarter - quarter);
        if (length < 2 || Enumerable.Range(quarter, length).Any(q => _heldQuarters.Contains((seat, date, q))))
        {
            return;
        }

        var start = _calendar.At(date, new TimeOnly(quarter / 4, quarter % 4 * 15));
        var end = start + TimeSpan.FromMinutes(15 * length);
        var created = start - Seconds(_random.Next(600, 20 * 3600));
        var roll = _random.NextDouble();
        var (status, checkedIn, ended) = roll switch
        {
            < 0.8 => (
                "completed",
                (DateTimeOffset?)arrival,
                (DateTimeOffset?)Earliest(end, leaving > arrival ? leaving : end)),
            < 0.9 => ("no_show", null, start + TimeSpan.FromMinutes(30)),
            _ => ("cancelled", null, created + (start - created) / 2),
        };

        if (status != "cancelled")
        {
            foreach (var q in Enumerable.Range(quarter, length))
            {
                _heldQuarters.Add((seat, date, q));
            }
        }

        _bookings++;
        file.WriteLine(string.Join(',', $"B{_bookings:D8}", reader.StudentId, seat,
            GeneratedRows.Time(_calendar.ToLocal(created)),
            GeneratedRows.Time(_calendar.ToLocal(start)), GeneratedRows.Time(_calendar.ToLocal(end)),
            GeneratedRows.Time(checkedIn is { } c ? _calendar.ToLocal(c) : null),
            GeneratedRows.Time(ended is { } e ? _calendar.ToLocal(e) : null), status));
    }

    private static StreamWriter Open(string path, string header)
    {
        var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false), 1 << 20);
        writer.WriteLine(header);
        return writer;
    }

    private static string[] GatesOf(LibraryLayout layout, GateKind kind) =>
        layout.Gates.Where(g => g.Kind == kind).Select(g => g.Id).ToArray();

    private double Normal(double mean, double deviation) =>
        mean + deviation
            * Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble()))
            * Math.Cos(2 * Math.PI * _random.NextDouble());

    private static TimeSpan Seconds(double seconds) => TimeSpan.FromSeconds(Math.Floor(seconds));

    private static DateTimeOffset Earliest(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
