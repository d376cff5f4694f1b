namespace LibraryLive.Silo.Inventory;

public sealed record GeneratedReader(string StudentId, string CardId, string Name, string Consent, ReaderHabits Habits);

/// <summary>Draws the readers of a generated year: ids, cards, names, consent and habits.</summary>
public static class GeneratedReaders
{
    private static readonly string[] Surnames =
        [
            "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao",
            "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo",
        ];

    private static readonly string[] GivenNames =
        [
            "Wei", "Fang", "Na", "Min", "Jing", "Lei", "Yang", "Jie",
            "Tao", "Yan", "Hui", "Xin", "Rui", "Yue", "Hao", "Lin",
        ];

    public static List<GeneratedReader> Draw(Random random, YearShape shape, IReadOnlyList<string> seats)
    {
        var readers = new List<GeneratedReader>(shape.Readers);
        var cards = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < shape.Readers; i++)
        {
            string card;
            do
            {
                card = random.Next().ToString("X8", System.Globalization.CultureInfo.InvariantCulture);
            }
            while (!cards.Add(card));

            var name = $"{Surnames[random.Next(Surnames.Length)]} {GivenNames[random.Next(GivenNames.Length)]}"
                + (random.NextDouble() < 0.5 ? GivenNames[random.Next(GivenNames.Length)].ToLowerInvariant() : "");
            var consent = random.NextDouble() switch { < 0.3 => "named", < 0.6 => "masked", _ => "none" };
            var studentId = $"{shape.Year - 1 - i % 4}{300000 + i:D6}";
            readers.Add(new GeneratedReader(studentId, card, name, consent, ReaderHabits.Draw(random, shape, seats)));
        }

        return readers;
    }

    public static void Write(string path, IEnumerable<GeneratedReader> readers) =>
        File.WriteAllLines(path, readers
            .Select(r => $"{r.StudentId},{r.CardId},{r.Name},{r.Consent}")
            .Prepend(GeneratedRows.StudentsHeader));
}
