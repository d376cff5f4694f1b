using LibraryLive.Layout;

namespace LibraryLive.Inventory;

/// <summary>
/// The library's days in its own time zone: when a date opens and closes, and which date an instant
/// falls on. Every date of the inventory is a date of the library, wherever the server runs.
/// </summary>
public sealed class LibraryCalendar(TimeZoneInfo zone, TimeOnly opens, TimeOnly closes)
{
    public static readonly TimeSpan EarlyBirdWindow = TimeSpan.FromMinutes(15);

    public static readonly TimeSpan NightOwlLead = TimeSpan.FromMinutes(15);

    public static readonly TimeOnly MidnightEnds = new(5, 0);

    public static readonly TimeOnly NightEnds = new(8, 0);

    public LibraryCalendar(LibraryLayout layout)
        : this(layout.TimeZone, layout.Library.Opens, layout.Library.Closes)
    {
    }

    public TimeZoneInfo Zone { get; } = zone;

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    public DateTimeOffset Opening(DateOnly date) => At(date, opens);

    public DateTimeOffset Closing(DateOnly date) => At(date, closes);

    public DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);

        // A wall-clock time skipped by a daylight-saving change does not exist; take the first one after it.
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
