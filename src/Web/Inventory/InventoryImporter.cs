using LibraryLive.Layout;

namespace LibraryLive.Web.Inventory;

/// <summary>
/// Reads a folder of exports and replays it through the grains; shared by the command and the staff endpoint.
/// </summary>
public sealed class InventoryImporter(YearImport import, LibraryLayout layout)
{
    public async Task<ImportAnswer> Import(string folder, bool stopOnError, Action<ImportProblem>? onProblem = null,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var report = new ImportReport(stopOnError, onProblem);
        var export = ExportReader.Read(folder, layout, report);
        var summary = await import.Run(export, report.BadRows, progress, cancellationToken);
        return new ImportAnswer(summary, report.Problems.Select(p => p.ToString()).ToArray());
    }
}
