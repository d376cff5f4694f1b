using LibraryLive.Inventory;
using LibraryLive.Web.Inventory;

namespace LibraryLive.Tests.Inventory;

public sealed class AwardsMatchDuckDbTests(GeneratedYears years) : IClassFixture<GeneratedYears>
{
    [Theory]
    [InlineData("Asia/Shanghai")]
    [InlineData("America/New_York")]
    public void EveryAwardOfAGeneratedYearEqualsDuckDb(string zone)
    {
        var layout = GeneratedYears.InZone(zone);
        var folder = years.FolderFor(zone);
        var report = new ImportReport(stopOnError: true);
        var export = ExportReader.Read(folder, layout, report);

        var awards = AnnualInventory.Count(
            GeneratedYears.Year,
            export.SwipesByStudent.Select(r => KeyValuePair.Create(r.Key, (IReadOnlyList<ReaderSwipe>)r.Value)),
            export.Bookings,
            new LibraryCalendar(layout));

        var duck = years.ReferenceFor(zone);
        Assert.Equal(0, report.BadRows);
        foreach (var award in Awards.All)
        {
            var expected = duck.Ranking(award);
            Assert.True(expected.Count > 0, $"{award}: the generated year should give the award to someone");
            Assert.Equal(expected.Take(Awards.Places).ToList(), awards[award].Top.ToList());
            Assert.Equal(expected.TakeWhile(p => p.Value == expected[0].Value).ToList(), awards[award].Tied.ToList());
        }
    }

    [Theory]
    [InlineData("unclosed ins", """
        SELECT count(*) FROM (SELECT direction, lead(direction) OVER (PARTITION BY student_id, place ORDER BY ts, event_id) AS next
        FROM events) WHERE direction = 'in' AND (next IS NULL OR next = 'in')
        """)]
    [InlineData("outs without an in", """
        SELECT count(*) FROM (SELECT direction, lag(direction) OVER (PARTITION BY student_id, place ORDER BY ts, event_id) AS previous
        FROM events) WHERE direction = 'out' AND (previous IS NULL OR previous = 'out')
        """)]
    [InlineData("24-hour-room stays across midnight", """
        SELECT count(*) FROM stays WHERE place = 'room' AND local_date(start_ts) < local_date(end_ts)
        """)]
    [InlineData("repeated rows", "SELECT count(*) - count(DISTINCT event_id) FROM raw_events")]
    [InlineData("rows out of time order", """
        SELECT count(*) FROM (SELECT CAST("timestamp" AS TIMESTAMPTZ) AS ts,
            lag(CAST("timestamp" AS TIMESTAMPTZ)) OVER (ORDER BY rowid) AS previous FROM raw_events) WHERE ts < previous
        """)]
    [InlineData("timestamps in UTC", """SELECT count(*) FROM raw_events WHERE "timestamp" LIKE '%+00:00'""")]
    public void TheGeneratedYearHasTheAwkwardCasesOfRealExports(string awkwardCase, string countSql)
    {
        var duck = years.ReferenceFor("Asia/Shanghai");

        Assert.True(duck.Scalar(countSql) > 0, $"the generated year has no {awkwardCase}");
    }
}
