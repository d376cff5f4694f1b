using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace LibraryLive.Silo.Storage.GroupCommit;

/// <summary>
/// How the group-commit grain storage gathers writes into Azure Table transactions, bound from the
/// "GrainStorage" configuration section. The defaults and the reasons for them are in
/// docs/architecture.md ("Durability and speed").
/// </summary>
public sealed class GroupCommitOptions : IStorageProviderSerializerOptions
{
    public const string Section = "GrainStorage";

    /// <summary>Azure's limit on the changes in one entity group transaction.</summary>
    public const int TransactionLimit = 100;

    public string TableName { get; set; } = "LibraryState";

    /// <summary>
    /// How many table partitions the grains are spread over, by a stable hash of the grain id. It is part of
    /// the stored format: a table remembers its count and a host configured with another one refuses to start.
    /// </summary>
    public int PartitionCount { get; set; } = 8;

    /// <summary>The most changes one transaction carries (at most <see cref="TransactionLimit"/>).</summary>
    public int MaxBatchSize { get; set; } = TransactionLimit;

    /// <summary>
    /// How long the first write to an idle partition waits for others before its transaction is sent.
    /// </summary>
    public TimeSpan MaxLinger { get; set; } = TimeSpan.FromMilliseconds(5);

    /// <summary>The serializer of grain state; Orleans' default from the services unless one is set.</summary>
    public IGrainStorageSerializer GrainStorageSerializer { get; set; } = null!;
}

public sealed partial class GroupCommitOptionsValidator : IValidateOptions<GroupCommitOptions>
{
    public ValidateOptionsResult Validate(string? name, GroupCommitOptions options)
    {
        var failures = new List<string>();
        if (!TableNamePattern().IsMatch(options.TableName ?? ""))
        {
            failures.Add($"{GroupCommitOptions.Section}:TableName '{options.TableName}' is not an Azure table name "
                + "(3 to 63 letters or digits, starting with a letter).");
        }

        if (options.PartitionCount is < 1 or > 999)
        {
            failures.Add($"{GroupCommitOptions.Section}:PartitionCount must be between 1 and 999.");
        }

        if (options.MaxBatchSize is < 1 or > GroupCommitOptions.TransactionLimit)
        {
            failures.Add($"{GroupCommitOptions.Section}:MaxBatchSize must be between 1 and "
                + $"{GroupCommitOptions.TransactionLimit}.");
        }

        if (options.MaxLinger < TimeSpan.Zero || options.MaxLinger > TimeSpan.FromMinutes(1))
        {
            failures.Add($"{GroupCommitOptions.Section}:MaxLinger must be between zero and one minute.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableNamePattern();
}
