using System.Globalization;
using nietras.SeparatedValues;

namespace LibraryLive.Web.Inventory;

/// <summary>
/// Reads the rows of one export file with their line numbers. A row with the wrong number of columns or a
/// value that does not parse is reported and skipped, or stops the reading when asked to.
/// </summary>
internal sealed class ExportRows(string path, string[] columns, ImportReport report)
{
    public string FileName { get; } = Path.GetFileName(path);

    public void ForEach(Func<RowValues, string?> read)
    {
        using var reader = Sep.New(',')
            .Reader(o => o with { DisableColCountCheck = true, Unescape = true })
            .FromFile(path);
        var missing = columns.Where(c => !reader.Header.ColNames.Contains(c)).ToArray();
        if (missing.Length > 0)
        {
            report.Bad(new ImportProblem(FileName, 1, $"the header lacks {string.Join(", ", missing)}"));
            return;
        }

        var indexes = columns.Select(c => reader.Header.IndexOf(c)).ToArray();
        var values = new string[columns.Length];
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (row.ColCount != reader.Header.ColNames.Count)
            {
                report.Bad(new ImportProblem(FileName, line,
                    $"expected {reader.Header.ColNames.Count} columns ({string.Join(',', columns)}), "
                    + $"found {row.ColCount}"));
                continue;
            }

            for (var i = 0; i < indexes.Length; i++)
            {
                values[i] = row[indexes[i]].ToString();
            }

            if (read(new RowValues(values)) is { } reason)
            {
                report.Bad(new ImportProblem(FileName, line, reason));
            }
        }
    }
}

/// <summary>The values of one row, in the order of the columns asked for.</summary>
internal readonly struct RowValues(string[] values)
{
    public string this[int index] => values[index];

    // The exports' usual form is parsed exactly, which is several times faster over millions of rows.
    private static readonly string[] UsualForms = ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss'Z'"];

    public static bool TryTime(string text, out DateTimeOffset at) =>
        DateTimeOffset.TryParseExact(
            text,
            UsualForms,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal,
            out at)
        || (HasOffset(text) & DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out at));

    // ISO 8601 with an offset (Z or ±hh:mm): a time without one could be any time zone's.
    private static bool HasOffset(string text) =>
        text.Length > 19 && (text.EndsWith('Z') || text[^6] is '+' or '-');
}
