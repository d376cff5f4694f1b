using Microsoft.Extensions.Options;

namespace LibraryLive.Rankings;

/// <summary>How rankings store and push themselves; bound from the "Rankings" configuration section.</summary>
public sealed class RankingOptions
{
    public const string Section = "Rankings";

    /// <summary>
    /// A changed ranking is stored at most this often. Rankings hold absolute values that their readers,
    /// seats and dates send again on their next change, so a ranking lost between two saves mends itself.
    /// </summary>
    public TimeSpan SaveInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many places a screen shows, and so how many a push carries.</summary>
    public int Places { get; set; } = 20;
}

public sealed class RankingOptionsValidator : IValidateOptions<RankingOptions>
{
    public ValidateOptionsResult Validate(string? name, RankingOptions options)
    {
        var problems = new List<string>();
        if (options.SaveInterval <= TimeSpan.Zero)
        {
            problems.Add($"Rankings:SaveInterval must be positive, not {options.SaveInterval}");
        }

        if (options.Places is < 1 or > 100)
        {
            problems.Add($"Rankings:Places must be between 1 and 100, not {options.Places}");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
