namespace LibraryLive.Layout;

/// <summary>A layout file that cannot be used; the message lists every problem found.</summary>
public sealed class LayoutException(string source, IReadOnlyList<string> problems)
    : Exception($"The library layout '{source}' cannot be used:{Environment.NewLine}  - "
        + string.Join(Environment.NewLine + "  - ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
