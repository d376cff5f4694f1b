namespace LibraryLive.Layout;

public sealed record LibraryDescription(string Id, string Name, string TimeZone, TimeOnly Opens, TimeOnly Closes);

public sealed record Floor(string Id, string Name, int Level);

public sealed record Room(
    string Id,
    string FloorId,
    string Name,
    bool OpenAllHours,
    IReadOnlyList<Seat> Seats);

public sealed record Seat(string Id, string RoomId, string Label, IReadOnlyList<string> Features, double X, double Y);

public enum GateKind
{
    /// <summary>An entrance of the building; swiping in here counts as a visit.</summary>
    Building,

    /// <summary>The door of one room with gates of its own, such as the 24-hour study room.</summary>
    Room,
}

public sealed record Gate(string Id, string Name, GateKind Kind, string? RoomId);
