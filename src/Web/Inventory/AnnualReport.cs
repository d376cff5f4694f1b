using System.Text.Json.Serialization;
using LibraryLive.Inventory;
using LibraryLive.Layout;
using LibraryLive.Rankings;

namespace LibraryLive.Web.Inventory;

/// <summary>
/// One place of an award: a reader (by the name they allow), a seat with its room, a reader at a seat, or a
/// date. Ids appear only in the staff version.
/// </summary>
public sealed record AwardPlace(
    double Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Seat = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Room = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Date = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StudentId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SeatId = null);

/// <summary>An award: the winner's value, the winner, everyone tied with them, and places 2 to 10.</summary>
public sealed record AwardResult(
    double? Value,
    AwardPlace? Winner,
    IReadOnlyList<AwardPlace> Tied,
    IReadOnlyList<AwardPlace> RunnersUp);

/// <summary>Builds the annual report from the year's rankings; see docs/inventory.md.</summary>
public sealed class AnnualReport(IGrainFactory grains, LibraryLayout layout, ReaderNames names)
{
    /// <summary>The awards by their report keys (visits, days, ..., busiestDay), in the report's order.</summary>
    public async Task<IReadOnlyDictionary<string, AwardResult>> Build(int year, bool forStaff)
    {
        var report = new Dictionary<string, AwardResult>(StringComparer.Ordinal);
        foreach (var award in Awards.All)
        {
            var standings = await grains.Board(award, year).GetStandings(Awards.Places);
            var tied = await Describe(award, standings.Tied, year, forStaff);
            var top = await Describe(award, standings.Top, year, forStaff);
            report[RankingBoards.Name(award)] = new AwardResult(
                top.FirstOrDefault()?.Value,
                top.FirstOrDefault(),
                tied,
                top.Skip(1).ToArray());
        }

        return report;
    }

    private async Task<AwardPlace[]> Describe(Award award, IReadOnlyList<Placing> placings, int year, bool forStaff)
    {
        var places = new AwardPlace[placings.Count];
        for (var i = 0; i < places.Length; i++)
        {
            places[i] = await Describe(award, placings[i], year, forStaff);
        }

        return places;
    }

    private async Task<AwardPlace> Describe(Award award, Placing placing, int year, bool forStaff)
    {
        var value = award == Award.Hours ? Math.Round(placing.Value / 3600.0, 2) : placing.Value;
        switch (award)
        {
            case Award.PopularSeat:
                return AtSeat(new AwardPlace(value), placing.Id, forStaff);
            case Award.LoyalSeat:
                var (studentId, seatId) = Awards.SplitPair(placing.Id);
                var reader = new AwardPlace(
                    value,
                    await names.Public(studentId, year),
                    StudentId: forStaff ? studentId : null);
                return AtSeat(reader, seatId, forStaff);
            case Award.BusiestDay or Award.BusiestNight:
                return new AwardPlace(value, Date: placing.Id);
            default:
                return new AwardPlace(
                    value,
                    await names.Public(placing.Id, year),
                    StudentId: forStaff ? placing.Id : null);
        }
    }

    private AwardPlace AtSeat(AwardPlace place, string seatId, bool forStaff) =>
        layout.SeatsById.TryGetValue(seatId, out var seat)
            ? place with
            {
                Seat = seat.Label,
                Room = layout.RoomsById[seat.RoomId].Name,
                SeatId = forStaff ? seatId : null,
            }
            : place with { Seat = seatId };
}
