using LibraryLive.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace LibraryLive.Tests.Infrastructure;

/// <summary>
/// Two silos with the library's grains, their state in Azure Table Storage on an Azurite of their own,
/// and one fake clock for the library's rules (Orleans' own timers keep real time).
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>09:00 in Shanghai on a Thursday: the library is open.</summary>
    public static readonly DateTimeOffset Morning = new(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(8));

    // Silos build their services from a configurator type, so the clock they share is reached statically.
    internal static readonly FakeTimeProvider SharedClock = new(Morning);

    private readonly AzuriteFixture _azurite = new();

    public TestCluster Cluster { get; private set; } = null!;

    public FakeTimeProvider Clock => SharedClock;

    public IGrainFactory Grains => Cluster.Client;

    public string StorageConnectionString => _azurite.ConnectionString;

    public Task<T> AfterReminder<T>(Task<T> signal) => Clock.AfterReminder(signal);

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();

        Cluster = await AzuriteClusters.StartAsync<LibrarySiloConfigurator>(_azurite.ConnectionString, silos: 2);
    }

    public Task DisposeAsync() => AzuriteClusters.StopAsync(Cluster, _azurite);

    private sealed class LibrarySiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            silo.AddLibraryGrainStorage(silo.Configuration.GetConnectionString("Storage")!);
            silo.AddMemoryGrainStorage("PubSubStore");
            silo.UseInMemoryReminderService();
            silo.Services.AddLibraryDomain(silo.Configuration);
            silo.Services.UseLibraryClock(SharedClock);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "Cluster";
}
