namespace LibraryLive.Web.Inventory;

/// <summary>What an import read and refused. Keeps the first problems in full and counts the rest.</summary>
public sealed class ImportReport(bool stopOnError, Action<ImportProblem>? onProblem = null)
{
    private const int Kept = 1000;

    private readonly List<ImportProblem> _problems = [];

    public IReadOnlyList<ImportProblem> Problems => _problems;

    public int BadRows { get; private set; }

    public void Bad(ImportProblem problem)
    {
        BadRows++;
        if (_problems.Count < Kept)
        {
            _problems.Add(problem);
        }

        onProblem?.Invoke(problem);
        if (stopOnError)
        {
            throw new ImportStoppedException(problem);
        }
    }
}
