using Azure.Data.Tables;
using LibraryLive.Silo.Hosting;
using LibraryLive.Silo.Storage.GroupCommit;
using Microsoft.Extensions.Configuration;
using Orleans.Storage;
using Orleans.TestingHost;

namespace LibraryLive.Tests.Storage;

/// <summary>
/// One silo on an Azurite of its own with two group-commit storages: the library's, as shipped, and a
/// "gathering" one whose single partition sends a transaction only when ten changes wait, so that tests
/// know exactly which writes share a transaction without depending on timing.
/// </summary>
public sealed class StorageFixture : IAsyncLifetime
{
    public const string Gathering = "gathering";
    public const int GatheringBatch = 10;

    private readonly AzuriteFixture _azurite = new();

    public TestCluster Cluster { get; private set; } = null!;

    public string StorageConnectionString => _azurite.ConnectionString;

    public GroupCommitGrainStorage Library => Storage(StorageNames.Library);

    public GroupCommitGrainStorage Gathered => Storage(Gathering);

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();

        Cluster = await AzuriteClusters.StartAsync<StorageSiloConfigurator>(_azurite.ConnectionString, silos: 1);
    }

    public Task DisposeAsync() => AzuriteClusters.StopAsync(Cluster, _azurite);

    private GroupCommitGrainStorage Storage(string name) =>
        (GroupCommitGrainStorage)((InProcessSiloHandle)Cluster.Primary!).ServiceProvider
            .GetRequiredKeyedService<IGrainStorage>(name);

    private sealed class StorageSiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            var storage = silo.Configuration.GetConnectionString("Storage")!;
            silo.AddLibraryGrainStorage(storage);
            silo.AddGroupCommitGrainStorage(Gathering, new TableServiceClient(storage), o => o.Configure(gathering =>
            {
                gathering.TableName = "GatheredState";
                gathering.PartitionCount = 1;
                gathering.MaxBatchSize = GatheringBatch;
                gathering.MaxLinger = TimeSpan.FromSeconds(30);
            }));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class StorageCollection : ICollectionFixture<StorageFixture>
{
    public const string Name = "Storage";
}
