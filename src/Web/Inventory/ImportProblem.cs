namespace LibraryLive.Web.Inventory;

/// <summary>A row of an export that cannot be used, with where it is, so the export can be fixed.</summary>
public sealed record ImportProblem(string File, int Line, string Reason)
{
    public override string ToString() => $"{File}:{Line}: {Reason}";
}

/// <summary>Raised to stop an import at its first bad row, when asked to.</summary>
public sealed class ImportStoppedException(ImportProblem problem)
    : Exception($"The import stopped at a bad row: {problem}")
{
    public ImportProblem Problem { get; } = problem;
}
