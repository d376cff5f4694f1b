using LibraryLive.Inventory;
using LibraryLive.Rankings;
using LibraryLive.Registry;
using LibraryLive.Web.Inventory;
using Microsoft.Extensions.Logging.Abstractions;

namespace LibraryLive.Tests.Inventory;

[Collection(ClusterCollection.Name)]
public sealed class ImportThroughGrainsTests(ClusterFixture cluster, GeneratedYears years)
    : IClassFixture<GeneratedYears>
{
    private const string Zone = "Asia/Shanghai";

    [Fact]
    public async Task AnImportedYearRanksEveryAwardAsDuckDbDoesAndImportingAgainChangesNothing()
    {
        var importer = new InventoryImporter(
            new YearImport(cluster.Grains, GeneratedYears.Sample, NullLogger<YearImport>.Instance),
            GeneratedYears.Sample);

        await importer.Import(years.FolderFor(Zone), stopOnError: true);
        var standings = await StandingsOfTheYear();
        var again = await importer.Import(years.FolderFor(Zone), stopOnError: true);

        var duck = years.ReferenceFor(Zone);
        foreach (var award in Awards.All)
        {
            var expected = duck.Ranking(award);
            Assert.Equal(expected.Take(Awards.Places).ToList(), standings[award].Top.ToList());
            Assert.Equal(
                expected.TakeWhile(p => p.Value == expected[0].Value).ToList(),
                standings[award].Tied.ToList());
        }

        Assert.Equal(0, again.Summary.ReadersChanged);
        Assert.Equal(standings, await StandingsOfTheYear(), new StandingsComparer());
    }

    [Fact]
    public async Task ThePublicReportShowsReadersAsTheirConsentAllowsAndNoIds()
    {
        await new InventoryImporter(
            new YearImport(cluster.Grains, GeneratedYears.Sample, NullLogger<YearImport>.Instance),
            GeneratedYears.Sample)
            .Import(years.FolderFor(Zone), stopOnError: true);
        var registry = StudentRegistry.Load(LibraryFiles.Resolve(LibraryFiles.DefaultStudents));
        var report = new AnnualReport(cluster.Grains, GeneratedYears.Sample, new ReaderNames(cluster.Grains, registry));
        var winnerId = (await cluster.Grains.Board(Award.Visits, GeneratedYears.Year).GetStandings(1)).Winner!.Id;
        await cluster.Grains.GetGrain<IReaderConsentGrain>(winnerId).Choose(Disclosure.Masked);
        var profile = await cluster.Grains
            .GetGrain<IReaderYearGrain>(YearKeys.Of(winnerId, GeneratedYears.Year))
            .GetProfile();

        var publicReport = await report.Build(GeneratedYears.Year, forStaff: false);
        var staffReport = await report.Build(GeneratedYears.Year, forStaff: true);

        Assert.Equal(profile!.Name.Split(' ')[0] + " **", publicReport["visits"].Winner!.Name);
        Assert.Equal(winnerId, staffReport["visits"].Winner!.StudentId);
        var everyPlace = publicReport.Values.SelectMany(a => a.RunnersUp.Concat(a.Tied)).ToList();
        Assert.All(everyPlace, place => Assert.Null(place.StudentId));
        Assert.All(everyPlace, place => Assert.Null(place.SeatId));
        Assert.Equal(
            [
                "visits",
                "days",
                "hours",
                "earlyBird",
                "nightOwl",
                "midnight",
                "streak",
                "popularSeat",
                "loyalSeat",
                "busiestNight",
                "busiestDay",
            ],
            publicReport.Keys);
    }

    private async Task<Dictionary<Award, Standings>> StandingsOfTheYear()
    {
        var standings = new Dictionary<Award, Standings>();
        foreach (var award in Awards.All)
        {
            standings[award] = await cluster.Grains.Board(award, GeneratedYears.Year).GetStandings(Awards.Places);
        }

        return standings;
    }

    private sealed class StandingsComparer : IEqualityComparer<Dictionary<Award, Standings>>
    {
        public bool Equals(Dictionary<Award, Standings>? x, Dictionary<Award, Standings>? y) =>
            x!.Count == y!.Count
            && x.All(e => e.Value.Top.SequenceEqual(y[e.Key].Top) && e.Value.Tied.SequenceEqual(y[e.Key].Tied));

        public int GetHashCode(Dictionary<Award, Standings> obj) => obj.Count;
    }
}
