using System.Collections.Frozen;

namespace LibraryLive.Layout;

/// <summary>
/// The library as the seat system sees it: floors, rooms, seats and gates, loaded once at start
/// from a layout file (see docs/layout.md). Every silo loads the same file, so grains look up
/// seats and gates here instead of asking each other.
/// </summary>
public sealed class LibraryLayout
{
    public LibraryLayout(
        LibraryDescription library,
        IReadOnlyList<Floor> floors,
        IReadOnlyList<Room> rooms,
        IReadOnlyList<Gate> gates)
    {
        Library = library;
        Floors = floors;
        Rooms = rooms;
        Gates = gates;
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(library.TimeZone);

        FloorsById = floors.ToFrozenDictionary(f => f.Id);
        RoomsById = rooms.ToFrozenDictionary(r => r.Id);
        GatesById = gates.ToFrozenDictionary(g => g.Id);
        SeatsById = rooms.SelectMany(r => r.Seats).ToFrozenDictionary(s => s.Id);
    }

    public LibraryDescription Library { get; }

    public TimeZoneInfo TimeZone { get; }

    public IReadOnlyList<Floor> Floors { get; }

    public IReadOnlyList<Room> Rooms { get; }

    public IReadOnlyList<Gate> Gates { get; }

    public FrozenDictionary<string, Floor> FloorsById { get; }

    public FrozenDictionary<string, Room> RoomsById { get; }

    public FrozenDictionary<string, Gate> GatesById { get; }

    public FrozenDictionary<string, Seat> SeatsById { get; }

    public IEnumerable<Room> RoomsOnFloor(string floorId) => Rooms.Where(r => r.FloorId == floorId);

    /// <summary>The library's local wall-clock time for an instant.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);
}
