using System.Net;
using LibraryLive.Tests.Http;

namespace LibraryLive.Tests.Inventory;

[Collection(HostCollection.Name)]
public sealed class StaffImportTests(HostFixture fixture) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("librarylive-staff-import-").FullName;

    [Fact]
    public async Task AStaffImportReportsItsBadRowsAndThePublicReportNamesNobodyById()
    {
        File.WriteAllLines(Path.Combine(_folder, "students.csv"),
            ["student_id,card_id,name,consent", "S-IMPORT-1,CARD-IMPORT-1,Zhou Lin,named"]);
        File.WriteAllLines(Path.Combine(_folder, "gate-events.csv"),
        [
            "event_id,card_id,gate_id,direction,timestamp",
            "IMP-1,CARD-IMPORT-1,G-MAIN-1,in,2019-03-04T08:05:00+08:00",
            "IMP-2,CARD-IMPORT-1,G-MAIN-1,sideways,2019-03-04T09:00:00+08:00",
            "IMP-3,CARD-IMPORT-1,G-MAIN-1,out,2019-03-04T12:05:00+08:00",
        ]);
        File.WriteAllLines(Path.Combine(_folder, "bookings.csv"),
            ["booking_id,student_id,seat_id,created_at,start,end,checked_in_at,ended_at,status"]);

        var import = await fixture.Http.PostJson("/api/staff/imports", new { folder = _folder });
        var answer = await import.Json();
        var report = await fixture.Http.GetStringAsync("/api/reports/annual/2019");
        var staff = await fixture.Http.GetStringAsync("/api/staff/reports/annual/2019");

        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Equal(1, answer.GetProperty("summary").GetProperty("badRows").GetInt32());
        Assert.Equal(
            "gate-events.csv:3: direction 'sideways' is not in or out",
            answer.GetProperty("problems")[0].GetString());
        Assert.Contains("\"visits\":{\"value\":1,\"winner\":{\"value\":1,\"name\":\"Zhou Lin\"}", report);
        Assert.Contains("\"hours\":{\"value\":4,", report);
        Assert.DoesNotContain("S-IMPORT-1", report);
        Assert.Contains("\"studentId\":\"S-IMPORT-1\"", staff);
    }

    [Fact]
    public async Task AnImportOfAFolderThatDoesNotExistIsRefused()
    {
        var import = await fixture.Http.PostJson("/api/staff/imports", new { folder = "/no/such/folder" });

        Assert.Equal(HttpStatusCode.BadRequest, import.StatusCode);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
