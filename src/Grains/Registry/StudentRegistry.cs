using System.Collections.Frozen;

namespace LibraryLive.Registry;

/// <summary>How much of a student's name may be shown in public.</summary>
public enum Disclosure
{
    /// <summary>Never shown publicly. The default.</summary>
    None,

    /// <summary>Surname and asterisks, such as "Li **".</summary>
    Masked,

    /// <summary>The full name.</summary>
    Named,
}

public sealed record Student(string Id, string CardId, string Name, Disclosure Disclosure);

/// <summary>
/// The campus registry of students and their cards, loaded at start from a CSV file
/// (student_id,card_id,name,consent). Gates report cards; the registry says whose they are.
/// </summary>
public sealed class StudentRegistry
{
    private readonly FrozenDictionary<string, Student> _byId;
    private readonly FrozenDictionary<string, Student> _byCard;

    public StudentRegistry(IEnumerable<Student> students)
    {
        var list = students.ToList();
        _byId = list.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        _byCard = list.ToFrozenDictionary(s => s.CardId, StringComparer.OrdinalIgnoreCase);
    }

    public int Count => _byId.Count;

    public IEnumerable<Student> All => _byId.Values;

    public bool TryGetByCard(string cardId, out Student student) => _byCard.TryGetValue(cardId, out student!);

    public bool TryGetById(string studentId, out Student student) => _byId.TryGetValue(studentId, out student!);

    public static StudentRegistry Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"The student registry '{Path.GetFullPath(path)}' does not exist.");
        }

        var students = new List<Student>();
        var problems = new List<string>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length != 4 || !Enum.TryParse<Disclosure>(fields[3], ignoreCase: true, out var disclosure))
            {
                problems.Add($"line {lineNumber}: expected student_id,card_id,name,consent(named|masked|none)");
                continue;
            }

            students.Add(new Student(fields[0], fields[1], fields[2], disclosure));
        }

        foreach (var duplicate in students
            .GroupBy(s => s.CardId, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1))
        {
            problems.Add($"card '{duplicate.Key}' belongs to {duplicate.Count()} students");
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException(
                $"The student registry '{path}' cannot be used:{Environment.NewLine}  - "
                + string.Join(Environment.NewLine + "  - ", problems.Take(20)));
        }

        return new StudentRegistry(students);
    }
}
