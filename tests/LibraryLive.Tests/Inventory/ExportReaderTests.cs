using LibraryLive.Web.Inventory;

namespace LibraryLive.Tests.Inventory;

public sealed class ExportReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("librarylive-export-").FullName;

    public ExportReaderTests()
    {
        File.WriteAllLines(Path.Combine(_folder, "students.csv"),
            ["student_id,card_id,name,consent", "S1,C1,Li Na,masked", "S2,C2,Wang Wei,sometimes"]);
        File.WriteAllLines(Path.Combine(_folder, "gate-events.csv"),
        [
            "event_id,card_id,gate_id,direction,timestamp",
            "E1,C1,G-MAIN-1,in,2025-06-02T08:05:00+08:00",
            "E2,C1,G-MAIN-1,out,2025-06-02 12:00",
            "E3,C1,G-NOWHERE,out,2025-06-02T12:00:00+08:00",
            "E4,C1,G-MAIN-1,out",
        ]);
        File.WriteAllLines(Path.Combine(_folder, "bookings.csv"),
        [
            "booking_id,student_id,seat_id,created_at,start,end,checked_in_at,ended_at,status",
            "B1,S1,B1-24H-Z001,,2025-06-02T08:00:00+08:00,2025-06-02T10:00:00+08:00,,,lost",
            "B2,S1,B1-24H-Z001,,2025-06-02T10:00:00+08:00,2025-06-02T12:00:00+08:00,,,completed",
        ]);
    }

    [Fact]
    public void EachBadRowIsReportedWithItsFileAndLineAndSkipped()
    {
        var report = new ImportReport(stopOnError: false);

        var export = ExportReader.Read(_folder, GeneratedYears.Sample, report);

        Assert.Equal(
        [
            "students.csv:3: consent 'sometimes' is not named, masked or none",
            "gate-events.csv:3: timestamp '2025-06-02 12:00' is not an ISO 8601 time with offset",
            "gate-events.csv:4: there is no gate 'G-NOWHERE' in the layout",
            "gate-events.csv:5: expected 5 columns (event_id,card_id,gate_id,direction,timestamp), found 4",
            "bookings.csv:2: status 'lost' is not completed, no_show or cancelled",
        ], report.Problems.Select(p => p.ToString()));
        Assert.Equal(["S1"], export.Students.Select(s => s.Id));
        Assert.Equal(["E1"], export.SwipesByStudent["S1"].Select(s => s.EventId));
        Assert.Equal(["B2"], export.Bookings.Select(b => b.BookingId));
    }

    [Fact]
    public void WithStopOnErrorTheFirstBadRowStopsTheReading()
    {
        var report = new ImportReport(stopOnError: true);

        var stopped = Assert.Throws<ImportStoppedException>(
            () => ExportReader.Read(_folder, GeneratedYears.Sample, report));

        Assert.Equal(
            new ImportProblem("students.csv", 3, "consent 'sometimes' is not named, masked or none"),
            stopped.Problem);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
