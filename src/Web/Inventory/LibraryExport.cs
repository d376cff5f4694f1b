using LibraryLive.Inventory;
using LibraryLive.Registry;

namespace LibraryLive.Web.Inventory;

/// <summary>A year's exports as read: the students, each reader's swipes, and how the bookings ended.</summary>
public sealed record LibraryExport(
    IReadOnlyList<Student> Students,
    IReadOnlyDictionary<string, List<ReaderSwipe>> SwipesByStudent,
    IReadOnlyList<BookingOutcome> Bookings,
    int GateRows,
    int BookingRows);
