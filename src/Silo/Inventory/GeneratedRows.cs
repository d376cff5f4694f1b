using System.Globalization;

namespace LibraryLive.Silo.Inventory;

/// <summary>The rows of the three export files, written in the formats of docs/inventory.md.</summary>
public static class GeneratedRows
{
    public const string StudentsHeader = "student_id,card_id,name,consent";

    public const string GateEventsHeader = "event_id,card_id,gate_id,direction,timestamp";

    public const string BookingsHeader =
        "booking_id,student_id,seat_id,created_at,start,end,checked_in_at,ended_at,status";

    public static string Time(DateTimeOffset? at) =>
        at?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) ?? "";
}
