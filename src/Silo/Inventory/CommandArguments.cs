using System.Globalization;

namespace LibraryLive.Silo.Inventory;

/// <summary>The "--name value" and "--flag" arguments of an inventory command.</summary>
public sealed class CommandArguments(IReadOnlyList<string> args)
{
    public string? Text(string name)
    {
        var index = args.ToList().IndexOf($"--{name}");
        return index >= 0 && index + 1 < args.Count ? args[index + 1] : null;
    }

    public int Number(string name, int fallback) =>
        Text(name) is { } text
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new ArgumentException($"--{name} must be a whole number, not '{text}'")
            : fallback;

    public string Required(string name) => Text(name) ?? throw new ArgumentException($"--{name} is required");

    public bool Flag(string name) => args.Contains($"--{name}");
}
