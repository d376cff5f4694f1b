namespace LibraryLive.Silo.Inventory;

/// <summary>How one generated reader uses the library; drawn once per reader, so a year has its regulars.</summary>
public sealed record ReaderHabits(
    double Devotion,
    double EarlyRiser,
    double StaysLate,
    double NightStudy,
    double Books,
    string FavouriteSeat)
{
    public static ReaderHabits Draw(Random random, YearShape shape, IReadOnlyList<string> seats)
    {
        // Most readers come now and then; a few come nearly every day (a high power keeps the tail thin).
        var devotion = shape.MostDevoted * Math.Pow(random.NextDouble(), 5);
        var nightStudy = random.NextDouble() < 0.15 ? 0.2 + 0.6 * random.NextDouble() : 0;
        return new ReaderHabits(
            devotion,
            EarlyRiser: random.NextDouble() * random.NextDouble(),
            StaysLate: random.NextDouble() * random.NextDouble(),
            nightStudy,
            Books: 0.7 + 0.3 * random.NextDouble(),
            FavouriteSeat: seats[(int)(seats.Count * Math.Pow(random.NextDouble(), 2))]);
    }
}
