using LibraryLive.Gates;
using LibraryLive.Inventory;
using LibraryLive.Layout;
using LibraryLive.Registry;

namespace LibraryLive.Web.Inventory;

/// <summary>
/// Reads a folder of exports (students.csv, gate-events.csv, bookings.csv; formats in docs/inventory.md).
/// Every bad row is reported with its file and line and skipped, or stops the reading when asked to.
/// </summary>
public static class ExportReader
{
    public static LibraryExport Read(string folder, LibraryLayout layout, ImportReport report)
    {
        var students = ReadStudents(Path.Combine(folder, "students.csv"), report);
        var byCard = students
            .GroupBy(s => s.CardId, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
        var (swipes, gateRows) = ReadSwipes(Path.Combine(folder, "gate-events.csv"), layout, byCard, report);
        var known = students.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var (bookings, bookingRows) = ReadBookings(Path.Combine(folder, "bookings.csv"), layout, known, report);
        return new LibraryExport(students, swipes, bookings, gateRows, bookingRows);
    }

    private static List<Student> ReadStudents(string path, ImportReport report)
    {
        var students = new List<Student>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        new ExportRows(path, ["student_id", "card_id", "name", "consent"], report).ForEach(row =>
        {
            if (row[0].Length == 0 || row[1].Length == 0)
            {
                return "student_id and card_id are required";
            }

            if (!Enum.TryParse<Disclosure>(row[3], ignoreCase: true, out var disclosure) || int.TryParse(row[3], out _))
            {
                return $"consent '{row[3]}' is not named, masked or none";
            }

            if (!ids.Add(row[0]))
            {
                return $"student '{row[0]}' is listed twice";
            }

            students.Add(new Student(row[0], row[1], row[2], disclosure));
            return null;
        });
        return students;
    }

    private static (Dictionary<string, List<ReaderSwipe>>, int) ReadSwipes(
        string path, LibraryLayout layout, Dictionary<string, string> byCard, ImportReport report)
    {
        var swipes = new Dictionary<string, List<ReaderSwipe>>(StringComparer.Ordinal);
        var rows = 0;
        new ExportRows(path, ["event_id", "card_id", "gate_id", "direction", "timestamp"], report).ForEach(row =>
        {
            rows++;
            if (row[0].Length == 0)
            {
                return "event_id is required";
            }

            if (!byCard.TryGetValue(row[1], out var studentId))
            {
                return $"card '{row[1]}' belongs to no student of students.csv";
            }

            if (!layout.GatesById.TryGetValue(row[2], out var gate))
            {
                return $"there is no gate '{row[2]}' in the layout";
            }

            SwipeDirection direction;
            if (row[3] == "in" || row[3] == "out")
            {
                direction = row[3] == "in" ? SwipeDirection.In : SwipeDirection.Out;
            }
            else
            {
                return $"direction '{row[3]}' is not in or out";
            }

            if (!RowValues.TryTime(row[4], out var at))
            {
                return $"timestamp '{row[4]}' is not an ISO 8601 time with offset";
            }

            if (layout.Of(gate) is { } place)
            {
                var list = swipes.TryGetValue(studentId, out var l) ? l : swipes[studentId] = [];
                list.Add(new ReaderSwipe(row[0], place, direction, at));
            }

            return null;
        });
        return (swipes, rows);
    }

    private static (List<BookingOutcome>, int) ReadBookings(
        string path, LibraryLayout layout, HashSet<string> students, ImportReport report)
    {
        var bookings = new List<BookingOutcome>();
        var rows = 0;
        string[] columns =
        [
            "booking_id", "student_id", "seat_id", "created_at", "start",
            "end", "checked_in_at", "ended_at", "status",
        ];
        new ExportRows(path, columns, report).ForEach(row =>
        {
            rows++;
            if (row[0].Length == 0)
            {
                return "booking_id is required";
            }

            if (!students.Contains(row[1]))
            {
                return $"student '{row[1]}' is not in students.csv";
            }

            if (!layout.SeatsById.ContainsKey(row[2]))
            {
                return $"there is no seat '{row[2]}' in the layout";
            }

            if (!RowValues.TryTime(row[4], out var start))
            {
                return $"start '{row[4]}' is not an ISO 8601 time with offset";
            }

            foreach (var optional in new[] { 3, 5, 6, 7 })
            {
                if (row[optional].Length > 0 && !RowValues.TryTime(row[optional], out _))
                {
                    return $"{columns[optional]} '{row[optional]}' is not an ISO 8601 time with offset";
                }
            }

            BookingStatus? status = row[8] switch
            {
                "completed" => BookingStatus.Completed,
                "no_show" => BookingStatus.NoShow,
                "cancelled" => BookingStatus.Cancelled,
                _ => null,
            };
            if (status is null)
            {
                return $"status '{row[8]}' is not completed, no_show or cancelled";
            }

            bookings.Add(new BookingOutcome(row[0], row[1], row[2], start, status.Value));
            return null;
        });
        return (bookings, rows);
    }
}
