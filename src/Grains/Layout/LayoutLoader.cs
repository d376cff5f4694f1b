using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LibraryLive.Layout;

/// <summary>
/// Reads a layout file (format in docs/layout.md) and checks it. Every problem found is reported
/// at once, each naming the id and what is wrong, so a librarian can fix the file in one pass.
/// </summary>
public static class LayoutLoader
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static LibraryLayout Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new LayoutException(path, [$"the layout file does not exist (looked at {Path.GetFullPath(path)})"]);
        }

        using var stream = File.OpenRead(path);
        return Parse(stream, path);
    }

    public static LibraryLayout Parse(Stream json, string source)
    {
        LayoutFile? file;
        try
        {
            file = JsonSerializer.Deserialize<LayoutFile>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new LayoutException(source, [$"not valid layout JSON: {ex.Message}"]);
        }

        if (file is null)
        {
            throw new LayoutException(source, ["the file is empty"]);
        }

        var problems = new List<string>();
        var layout = Build(file, problems);
        if (problems.Count > 0 || layout is null)
        {
            throw new LayoutException(source, problems);
        }

        return layout;
    }

    private static LibraryLayout? Build(LayoutFile file, List<string> problems)
    {
        var library = BuildLibrary(file.Library, problems);

        var floors = new List<Floor>();
        foreach (var floor in file.Floors ?? [])
        {
            if (!IsId(floor.Id))
            {
                problems.Add($"a floor has a missing or malformed id '{floor.Id}'");
                continue;
            }

            floors.Add(new Floor(floor.Id!, floor.Name ?? floor.Id!, floor.Level));
        }

        ReportDuplicates(floors.Select(f => f.Id), "floor", problems);
        var floorIds = floors.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);

        var rooms = new List<Room>();
        foreach (var room in file.Rooms ?? [])
        {
            if (!IsId(room.Id))
            {
                problems.Add($"a room has a missing or malformed id '{room.Id}'");
                continue;
            }

            if (room.Floor is null || !floorIds.Contains(room.Floor))
            {
                problems.Add($"room '{room.Id}' is on floor '{room.Floor}', which the layout does not define");
            }

            var seats = new List<Seat>();
            foreach (var seat in room.Seats ?? [])
            {
                if (!IsId(seat.Id))
                {
                    problems.Add($"a seat in room '{room.Id}' has a missing or malformed id '{seat.Id}'");
                    continue;
                }

                if (string.IsNullOrWhiteSpace(seat.Label))
                {
                    problems.Add($"seat '{seat.Id}' has no label");
                }

                seats.Add(new Seat(seat.Id!, room.Id!, seat.Label ?? seat.Id!, seat.Features ?? [], seat.X, seat.Y));
            }

            ReportDuplicates(seats.Select(s => s.Label), $"seat label in room '{room.Id}'", problems);
            rooms.Add(new Room(room.Id!, room.Floor ?? "", room.Name ?? room.Id!, room.OpenAllHours, seats));
        }

        ReportDuplicates(rooms.Select(r => r.Id), "room", problems);
        ReportDuplicates(rooms.SelectMany(r => r.Seats).Select(s => s.Id), "seat", problems);
        var roomIds = rooms.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        var gates = new List<Gate>();
        foreach (var gate in file.Gates ?? [])
        {
            if (!IsId(gate.Id))
            {
                problems.Add($"a gate has a missing or malformed id '{gate.Id}'");
                continue;
            }

            if (gate.Kind is null)
            {
                problems.Add($"gate '{gate.Id}' has no kind (building or room)");
                continue;
            }

            if (gate.Kind == GateKind.Room && (gate.Room is null || !roomIds.Contains(gate.Room)))
            {
                problems.Add($"gate '{gate.Id}' leads into room '{gate.Room}', which the layout does not define");
            }

            if (gate.Kind == GateKind.Building && gate.Room is not null)
            {
                problems.Add($"gate '{gate.Id}' is a building gate but names room '{gate.Room}'");
            }

            gates.Add(new Gate(gate.Id!, gate.Name ?? gate.Id!, gate.Kind.Value, gate.Room));
        }

        ReportDuplicates(gates.Select(g => g.Id), "gate", problems);

        if (floors.Count == 0)
        {
            problems.Add("the layout has no floors");
        }

        if (rooms.Count == 0)
        {
            problems.Add("the layout has no rooms");
        }

        if (!gates.Any(g => g.Kind == GateKind.Building))
        {
            problems.Add("the layout has no building gate, so no visit could ever be counted");
        }

        return library is null || problems.Count > 0 ? null : new LibraryLayout(library, floors, rooms, gates);
    }

    private static LibraryDescription? BuildLibrary(LibraryFile? library, List<string> problems)
    {
        if (library is null)
        {
            problems.Add("the 'library' section is missing");
            return null;
        }

        var ok = true;
        if (!IsId(library.Id))
        {
            problems.Add($"the library has a missing or malformed id '{library.Id}'");
            ok = false;
        }

        if (library.TimeZone is null || !TimeZoneInfo.TryFindSystemTimeZoneById(library.TimeZone, out _))
        {
            problems.Add($"the library's time zone '{library.TimeZone}' is not a known IANA time zone");
            ok = false;
        }

        var opens = ParseTime(library.Opens, "opens", problems);
        var closes = ParseTime(library.Closes, "closes", problems);
        if (opens is { } o && closes is { } c && c <= o)
        {
            problems.Add($"the library closes ({c:HH\\:mm}) before it opens ({o:HH\\:mm})");
            ok = false;
        }

        return ok && opens is not null && closes is not null
            ? new LibraryDescription(
                library.Id!,
                library.Name ?? library.Id!,
                library.TimeZone!,
                opens.Value,
                closes.Value)
            : null;
    }

    private static TimeOnly? ParseTime(string? value, string field, List<string> problems)
    {
        if (TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        problems.Add($"the library's '{field}' time '{value}' is not a time of day like 08:00");
        return null;
    }

    private static void ReportDuplicates(IEnumerable<string> ids, string what, List<string> problems)
    {
        foreach (var group in ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"{what} '{group.Key}' is defined {group.Count()} times");
        }
    }

    // Ids travel in URLs, table keys and grain keys, so they stay plain.
    private static bool IsId(string? id) =>
        !string.IsNullOrWhiteSpace(id)
        && id.Length <= 64
        && id.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.');

    private sealed record LayoutFile(
        LibraryFile? Library,
        List<FloorFile>? Floors,
        List<RoomFile>? Rooms,
        List<GateFile>? Gates);

    private sealed record LibraryFile(string? Id, string? Name, string? TimeZone, string? Opens, string? Closes);

    private sealed record FloorFile(string? Id, string? Name, int Level);

    private sealed record RoomFile(string? Id, string? Floor, string? Name, bool OpenAllHours, List<SeatFile>? Seats);

    private sealed record SeatFile(string? Id, string? Label, List<string>? Features, double X, double Y);

    private sealed record GateFile(
        string? Id,
        string? Name,
        [property: JsonConverter(typeof(JsonStringEnumConverter<GateKind>))] GateKind? Kind,
        string? Room);
}
