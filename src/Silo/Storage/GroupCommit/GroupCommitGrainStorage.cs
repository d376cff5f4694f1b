using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace LibraryLive.Silo.Storage.GroupCommit;

/// <summary>
/// Grain storage in one Azure table that stores the writes of many grains together: each write joins a
/// transaction of its table partition (see <see cref="PartitionWriter"/>) and completes only once that
/// transaction is committed, so a grain still answers only after its state is stored. ETags are checked as
/// with Orleans' own Azure Table storage: a stale one fails that grain's write alone.
/// </summary>
public sealed partial class GroupCommitGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private readonly string _name;
    private readonly GroupCommitOptions _options;
    private readonly string _serviceId;
    private readonly TableClient _table;
    private readonly PartitionWriter[] _partitions;
    private readonly IActivatorProvider _activators;
    private readonly ILogger<GroupCommitGrainStorage> _logger;

    public GroupCommitGrainStorage(
        string name,
        GroupCommitOptions options,
        TableServiceClient tables,
        IOptions<ClusterOptions> cluster,
        IActivatorProvider activators,
        ILogger<GroupCommitGrainStorage> logger)
    {
        _name = name;
        _options = options;
        _serviceId = cluster.Value.ServiceId;
        _table = tables.GetTableClient(options.TableName);
        _activators = activators;
        _logger = logger;
        _partitions = Enumerable.Range(0, options.PartitionCount)
            .Select(p => new PartitionWriter(p, _table, options, Counters, logger))
            .ToArray();
    }

    public GroupCommitCounters Counters { get; } = new();

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var keys = KeysOf(stateName, grainId);
        var stored = await _table.GetEntityIfExistsAsync<TableEntity>(keys.PartitionKey, keys.RowKey);
        if (stored is not { HasValue: true, Value: { } entity })
        {
            grainState.State = Create<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        var state = StateColumns.FromEntity(entity);
        grainState.State = (state.ToMemory().Length > 0
                ? _options.GrainStorageSerializer.Deserialize<T>(state)
                : default)
            ?? Create<T>();
        grainState.ETag = entity.ETag.ToString();
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var keys = KeysOf(stateName, grainId);
        var state = _options.GrainStorageSerializer.Serialize(grainState.State).ToMemory();
        if (state.Length > StateColumns.MaxStateBytes)
        {
            LogTooLarge(stateName, grainId, state.Length);
            throw new InvalidOperationException(
                $"The '{stateName}' state of grain {grainId} is {state.Length:N0} bytes serialized, more than the "
                + $"{StateColumns.MaxStateBytes:N0} bytes one Azure Table entity can hold "
                + $"({StateColumns.MaxProperties} properties of 64 KiB). It was not stored.");
        }

        var entity = StateColumns.ToEntity(keys, state);
        var action = string.IsNullOrEmpty(grainState.ETag)
            ? new TableTransactionAction(TableTransactionActionType.Add, entity)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, new ETag(grainState.ETag));

        var etag = await StoreAsync(keys, new PendingChange(action, state.Length), stateName, grainId, grainState.ETag);
        grainState.ETag = etag.ToString();
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (!string.IsNullOrEmpty(grainState.ETag))
        {
            var keys = KeysOf(stateName, grainId);
            var action = new TableTransactionAction(
                TableTransactionActionType.Delete,
                new TableEntity(keys.PartitionKey, keys.RowKey),
                new ETag(grainState.ETag));
            await StoreAsync(keys, new PendingChange(action, bytes: 0), stateName, grainId, grainState.ETag);
        }

        grainState.State = Create<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(
            $"{nameof(GroupCommitGrainStorage)}-{_name}",
            ServiceLifecycleStage.ApplicationServices,
            StartAsync);

    private async Task<ETag> StoreAsync(
        StateKeys keys,
        PendingChange change,
        string stateName,
        GrainId grainId,
        string? etag)
    {
        try
        {
            return await _partitions[keys.Partition].Enqueue(change);
        }
        catch (RequestFailedException conflict) when (conflict.Status is 404 or 409 or 412)
        {
            // Another activation wrote or removed this state since it was read: Orleans' signal for that.
            LogConflict(stateName, grainId, etag);
            throw new InconsistentStateException(
                $"The '{stateName}' state of grain {grainId} changed in table {_options.TableName} since it was read "
                + $"(ETag {etag ?? "none"}; {conflict.ErrorCode}).",
                storedEtag: null,
                currentEtag: etag,
                conflict);
        }
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        await _table.CreateIfNotExistsAsync(cancellationToken);
        await new PartitionCountMark(_table, _serviceId).CheckAsync(_options.PartitionCount, cancellationToken);
        LogStarted(_name, _options.TableName, _options.PartitionCount, _options.MaxBatchSize, _options.MaxLinger);
    }

    private StateKeys KeysOf(string stateName, GrainId grainId) =>
        StateKeys.For(_serviceId, stateName, grainId, _options.PartitionCount);

    private T Create<T>() => _activators.GetActivator<T>().Create();

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Grain storage {Name} in table {Table}: {Partitions} partitions, "
            + "transactions of up to {MaxBatchSize} changes gathered for up to {MaxLinger}")]
    private partial void LogStarted(string name, string table, int partitions, int maxBatchSize, TimeSpan maxLinger);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The {StateName} state of {GrainId} changed in storage since it was read (ETag {ETag}); not stored")]
    private partial void LogConflict(string stateName, GrainId grainId, string? etag);

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "The {StateName} state of {GrainId} is too large to store: {Bytes} bytes")]
    private partial void LogTooLarge(string stateName, GrainId grainId, int bytes);
}
