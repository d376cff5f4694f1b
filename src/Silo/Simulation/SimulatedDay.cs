using LibraryLive.Layout;
using LibraryLive.Registry;

namespace LibraryLive.Silo.Simulation;

public enum StepKind
{
    Book,
    SwipeIn,
    SwipeOut,
    Leave,
}

public sealed record SimulatedStep(
    DateTimeOffset At,
    long Sequence,
    StepKind Kind,
    string StudentId,
    string CardId,
    string? GateId = null,
    string? SeatId = null,
    DateTimeOffset? BookingStart = null,
    DateTimeOffset? BookingEnd = null);

/// <summary>Draws the plan of one day: who comes, when, to which seat, and when they go.</summary>
public static class SimulatedDay
{
    public static List<SimulatedStep> Plan(
        LibraryLayout layout,
        StudentRegistry registry,
        SimulatorOptions options,
        DateOnly date)
    {
        var random = new Random(options.Seed + date.DayNumber);
        var opens = At(layout, date, layout.Library.Opens);
        var closes = At(layout, date, layout.Library.Closes);
        var dayStart = At(layout, date, options.StartAt);
        var buildingGates = layout.Gates.Where(g => g.Kind == GateKind.Building).ToArray();
        var nightRoom = layout.Rooms.FirstOrDefault(r => r.OpenAllHours);
        var nightGates = layout.Gates.Where(g => g.Kind == GateKind.Room && g.RoomId == nightRoom?.Id).ToArray();
        var daySeats = layout.Rooms.Where(r => !r.OpenAllHours).SelectMany(r => r.Seats).ToArray();
        var taken = new Dictionary<string, List<(DateTimeOffset Start, DateTimeOffset End)>>();

        var steps = new List<SimulatedStep>();
        long sequence = 0;
        void Add(DateTimeOffset at, StepKind kind, Student s, string? gate = null, string? seat = null,
            DateTimeOffset? start = null, DateTimeOffset? end = null)
        {
            if (at >= dayStart)
            {
                steps.Add(new SimulatedStep(at, 0, kind, s.Id, s.CardId, gate, seat, start, end));
            }
        }

        foreach (var student in registry.All.Where(_ => random.NextDouble() < options.Turnout))
        {
            var gate = buildingGates[random.Next(buildingGates.Length)].Id;

            // A third come for the opening; the rest through the morning and early afternoon.
            var arrival = random.NextDouble() < 0.35
                ? opens + Minutes(random.NextDouble() * random.NextDouble() * 30)
                : opens + Minutes(Math.Clamp(Normal(random, 150, 120), 10, 700));
            var start = Floor(arrival, 15);
            var end = start + Minutes(15 * random.Next(8, 17));
            if (end > closes)
            {
                end = closes;
            }

            if (end - start < Minutes(30))
            {
                continue;
            }

            var seat = PickSeat(random, daySeats, taken, start, end);
            if (seat is null)
            {
                continue;
            }

            // Students book on the way; those arriving for the opening booked before the simulated day began.
            var booking = arrival - Minutes(random.Next(5, 40));
            Add(booking < dayStart ? dayStart : booking, StepKind.Book, student, seat: seat, start: start, end: end);

            // About one booking in ten is never checked in: the student does not come.
            if (random.NextDouble() < 0.1)
            {
                continue;
            }

            Add(arrival, StepKind.SwipeIn, student, gate);
            var lunch = At(layout, date, new TimeOnly(11, 30)) + Minutes(random.Next(0, 80));
            if (lunch > arrival && lunch + Minutes(45) < end && random.NextDouble() < 0.6)
            {
                Add(lunch, StepKind.SwipeOut, student, gate);
                Add(lunch + Minutes(random.Next(35, 80)), StepKind.SwipeIn, student, gate);
            }

            // Most leave their seat through the app before the time is up; the rest let the booking run out.
            if (random.NextDouble() < 0.8)
            {
                Add(end - Minutes(random.Next(1, 10)), StepKind.Leave, student, seat: seat);
            }

            Add(end, StepKind.SwipeOut, student, gate);

            // Night owls move on to the 24-hour room when the building closes.
            if (nightGates.Length > 0 && end >= closes - Minutes(60) && random.NextDouble() < 0.25)
            {
                var enter = closes + Minutes(random.Next(1, 20));
                Add(enter, StepKind.SwipeIn, student, nightGates[0].Id);
                Add(enter + Minutes(random.Next(60, 300)), StepKind.SwipeOut, student, nightGates[^1].Id);
            }
        }

        return steps
            .OrderBy(s => s.At)
            .Select(s => s with { Sequence = ++sequence })
            .ToList();
    }

    private static string? PickSeat(
        Random random,
        Seat[] seats,
        Dictionary<string, List<(DateTimeOffset Start, DateTimeOffset End)>> taken,
        DateTimeOffset start,
        DateTimeOffset end)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var seat = seats[random.Next(seats.Length)];
            var bookings = taken.TryGetValue(seat.Id, out var list) ? list : taken[seat.Id] = [];
            if (bookings.All(b => end <= b.Start || b.End <= start))
            {
                bookings.Add((start, end));
                return seat.Id;
            }
        }

        return null;
    }

    private static DateTimeOffset At(LibraryLayout layout, DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, layout.TimeZone.GetUtcOffset(local));
    }

    private static DateTimeOffset Floor(DateTimeOffset at, int minutes) =>
        new(at.Ticks - at.Ticks % TimeSpan.FromMinutes(minutes).Ticks, at.Offset);

    private static TimeSpan Minutes(double minutes) => TimeSpan.FromMinutes(minutes);

    private static double Normal(Random random, double mean, double deviation) =>
        mean + deviation
            * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble()))
            * Math.Cos(2 * Math.PI * random.NextDouble());
}
