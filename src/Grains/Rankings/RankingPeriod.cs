using System.Globalization;
using LibraryLive.Inventory;

namespace LibraryLive.Rankings;

public enum PeriodKind
{
    Week,
    Month,
    Year,
}

/// <summary>
/// A span of dates a ranking covers. Weeks run Monday to Sunday but never cross a new year: the week of
/// 29 December is two periods, one in each year, as each year is counted on its own.
/// </summary>
public sealed record RankingPeriod(PeriodKind Kind, string Key, DateOnly From, DateOnly To)
{
    public static RankingPeriod Year(int year) =>
        new(PeriodKind.Year, year.ToString(CultureInfo.InvariantCulture), new(year, 1, 1), new(year, 12, 31));

    public static RankingPeriod Month(int year, int month) =>
        new(
            PeriodKind.Month,
            $"{year:D4}-{month:D2}",
            new(year, month, 1),
            new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));

    public static RankingPeriod WeekOf(DateOnly date)
    {
        var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
        var from = monday.Year == date.Year ? monday : new DateOnly(date.Year, 1, 1);
        var sunday = monday.AddDays(6);
        var to = sunday.Year == date.Year ? sunday : new DateOnly(date.Year, 12, 31);
        return new(PeriodKind.Week, "week-" + Awards.DateId(from), from, to);
    }

    /// <summary>The week, the month and the year a date belongs to.</summary>
    public static IEnumerable<RankingPeriod> Of(DateOnly date) =>
        [WeekOf(date), Month(date.Year, date.Month), Year(date.Year)];

    public static RankingPeriod Current(PeriodKind kind, DateOnly today) => kind switch
    {
        PeriodKind.Week => WeekOf(today),
        PeriodKind.Month => Month(today.Year, today.Month),
        _ => Year(today.Year),
    };
}
