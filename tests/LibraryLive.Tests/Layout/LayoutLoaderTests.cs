using System.Text;
using LibraryLive.Layout;

namespace LibraryLive.Tests.Layout;

public sealed class LayoutLoaderTests
{
    [Fact]
    public void SampleLibraryLoadsWithItsRoomsSeatsAndGates()
    {
        var layout = LayoutLoader.Load(LibraryFiles.Resolve(LibraryFiles.DefaultLayout));

        Assert.Equal("Medical Library", layout.Library.Name);
        Assert.Equal(1460, layout.SeatsById.Count);
        Assert.Equal("B596", layout.SeatsById["B1-C-B596"].Label);
        Assert.Equal("B1-C", layout.SeatsById["B1-C-B596"].RoomId);
        Assert.True(layout.RoomsById["B1-24H"].OpenAllHours);
        Assert.Equal(GateKind.Room, layout.GatesById["G-24H-1"].Kind);
        Assert.Equal(4, layout.Gates.Count(g => g.Kind == GateKind.Building));
    }

    [Fact]
    public void DuplicateSeatIdIsNamed()
    {
        var problems = ProblemsOf(Valid.Replace("\"id\": \"R1-2\"", "\"id\": \"R1-1\""));

        Assert.Contains("seat 'R1-1' is defined 2 times", problems);
    }

    [Fact]
    public void RoomOnUnknownFloorIsNamed()
    {
        var problems = ProblemsOf(Valid.Replace("\"floor\": \"F1\"", "\"floor\": \"F9\""));

        Assert.Contains("room 'R1' is on floor 'F9', which the layout does not define", problems);
    }

    [Fact]
    public void GateIntoUnknownRoomIsNamed()
    {
        var problems = ProblemsOf(Valid.Replace("\"room\": \"R1\"", "\"room\": \"R7\""));

        Assert.Contains("gate 'G2' leads into room 'R7', which the layout does not define", problems);
    }

    [Fact]
    public void UnknownTimeZoneAndReversedHoursAreBothReported()
    {
        var problems = ProblemsOf(Valid
            .Replace("Asia/Shanghai", "Mars/Olympus")
            .Replace("\"closes\": \"22:00\"", "\"closes\": \"07:00\""));

        Assert.Contains("the library's time zone 'Mars/Olympus' is not a known IANA time zone", problems);
        Assert.Contains("the library closes (07:00) before it opens (08:00)", problems);
    }

    [Fact]
    public void MalformedJsonSaysWhere()
    {
        var error = Assert.Throws<LayoutException>(() => Parse("{ \"library\": { \"id\": }"));

        Assert.StartsWith("not valid layout JSON:", Assert.Single(error.Problems));
        Assert.Contains("LineNumber: 0", error.Message);
    }

    [Fact]
    public void UnknownFieldIsRefusedRatherThanIgnored()
    {
        var error = Assert.Throws<LayoutException>(
            () => Parse(Valid.Replace("\"level\": 1", "\"level\": 1, \"lvel\": 2")));

        Assert.Contains("lvel", Assert.Single(error.Problems));
    }

    private const string Valid = """
        {
          "library": { "id": "lib", "name": "Test Library", "timeZone": "Asia/Shanghai", "opens": "08:00", "closes": "22:00" },
          "floors": [ { "id": "F1", "name": "First", "level": 1 } ],
          "rooms": [ { "id": "R1", "floor": "F1", "name": "Room", "openAllHours": false, "seats": [
              { "id": "R1-1", "label": "A001", "features": ["power"], "x": 0, "y": 0 },
              { "id": "R1-2", "label": "A002", "features": [], "x": 1, "y": 0 } ] } ],
          "gates": [ { "id": "G1", "name": "Main", "kind": "building" }, { "id": "G2", "name": "Room door", "kind": "room", "room": "R1" } ]
        }
        """;

    private static LibraryLayout Parse(string json) =>
        LayoutLoader.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json");

    private static IReadOnlyList<string> ProblemsOf(string json) =>
        Assert.Throws<LayoutException>(() => Parse(json)).Problems;
}
