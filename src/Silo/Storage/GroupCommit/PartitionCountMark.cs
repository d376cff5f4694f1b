using Azure;
using Azure.Data.Tables;

namespace LibraryLive.Silo.Storage.GroupCommit;

/// <summary>
/// The partition count a table's grain state was written with, kept in the table itself: with another count
/// every grain would look in another partition and find nothing, as if all state were lost, so a host
/// configured differently refuses to start instead.
/// </summary>
internal sealed class PartitionCountMark(TableClient table, string serviceId)
{
    private const string RowKey = "partition-count";
    private const string CountProperty = "PartitionCount";

    public async Task CheckAsync(int configured, CancellationToken cancellationToken)
    {
        var stored = await ReadAsync(cancellationToken);
        if (stored is null)
        {
            try
            {
                await table.AddEntityAsync(
                    new TableEntity(serviceId, RowKey) { [CountProperty] = configured }, cancellationToken);
                return;
            }
            catch (RequestFailedException raced) when (raced.Status == 409)
            {
                // Another host started at the same moment and wrote it first: compare with what it wrote.
                stored = await ReadAsync(cancellationToken);
            }
        }

        if (stored != configured)
        {
            throw new InvalidOperationException(
                $"Table {table.Name} holds the grain state of service '{serviceId}' spread over {stored} partitions, "
                + $"but {GroupCommitOptions.Section}:PartitionCount is {configured}. Changing the count would hide "
                + "every stored state: configure the stored count, or a new table.");
        }
    }

    private async Task<int?> ReadAsync(CancellationToken cancellationToken)
    {
        var mark = await table.GetEntityIfExistsAsync<TableEntity>(
            serviceId,
            RowKey,
            cancellationToken: cancellationToken);
        return mark.HasValue ? mark.Value!.GetInt32(CountProperty) : null;
    }
}
