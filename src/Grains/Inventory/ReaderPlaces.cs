using LibraryLive.Layout;

namespace LibraryLive.Inventory;

public static class ReaderPlaces
{
    /// <summary>
    /// The place a gate counts for in the inventory: the building, or the 24-hour room; null for the gate
    /// of a room that closes with the library, which no award counts.
    /// </summary>
    public static ReaderPlace? Of(this LibraryLayout layout, Gate gate) => gate switch
    {
        { Kind: GateKind.Building } => ReaderPlace.Building,
        { RoomId: { } room } when layout.RoomsById.TryGetValue(room, out var r)
            && r.OpenAllHours => ReaderPlace.AllHoursRoom,
        _ => null,
    };
}
