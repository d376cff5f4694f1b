using LibraryLive.Layout;
using LibraryLive.Silo.Inventory;

namespace LibraryLive.Tests.Inventory;

/// <summary>Small generated years, written once per test run into a temporary folder.</summary>
public sealed class GeneratedYears : IDisposable
{
    public const int Year = 2025;

    public const int Readers = 240;

    private readonly string _root = Directory.CreateTempSubdirectory("librarylive-years-").FullName;
    private readonly Dictionary<string, string> _folders = [];
    private readonly Dictionary<string, DuckDbAwards> _references = [];

    public static LibraryLayout Sample { get; } = LayoutLoader.Load(LibraryFiles.Resolve(LibraryFiles.DefaultLayout));

    public static LibraryLayout InZone(string zone) => zone == Sample.Library.TimeZone
        ? Sample
        : new LibraryLayout(Sample.Library with { TimeZone = zone }, Sample.Floors, Sample.Rooms, Sample.Gates);

    /// <summary>The folder of the year generated for the sample library moved to a time zone.</summary>
    public string FolderFor(string zone)
    {
        lock (_folders)
        {
            if (!_folders.TryGetValue(zone, out var folder))
            {
                folder = Path.Combine(_root, zone.Replace('/', '-'));
                new YearGenerator(InZone(zone), new YearShape(Year, Readers, Seed: 4)).Write(folder);
                _folders[zone] = folder;
            }

            return folder;
        }
    }

    /// <summary>DuckDB loaded with that year, shared by the tests that only read it.</summary>
    public DuckDbAwards ReferenceFor(string zone)
    {
        var folder = FolderFor(zone);
        lock (_references)
        {
            return _references.TryGetValue(zone, out var duck)
                ? duck
                : _references[zone] = new DuckDbAwards(folder, InZone(zone), Year);
        }
    }

    public void Dispose()
    {
        foreach (var duck in _references.Values)
        {
            duck.Dispose();
        }

        Directory.Delete(_root, recursive: true);
    }
}
