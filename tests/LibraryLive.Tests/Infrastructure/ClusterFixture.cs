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

    /// <summary>
    /// Awaits something a reminder causes after the clock moved. Orleans arms a reminder's next wait
    /// asynchronously after each tick; when it arms it only after the clock already passed the due time, it
    /// waits a minimum due time on the clock, which a fake clock never reaches by itself. So while the signal
    /// has not come, the clock is moved on by a millisecond (at most 15 s of real waiting in all).
    /// </summary>
    public async Task<T> AfterReminder<T>(Task<T> signal)
    {
        for (var attempt = 0; attempt < 150 && !signal.IsCompleted; attempt++)
        {
            await Task.WhenAny(signal, Task.Delay(TimeSpan.FromMilliseconds(100)));
            if (!signal.IsCompleted)
            {
                Clock.Advance(TimeSpan.FromMilliseconds(1));
            }
        }

        return await signal;
    }

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();

        var builder = new TestClusterBuilder(initialSilosCount: 2);
        builder.ConfigureHostConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Storage"] = _azurite.ConnectionString,
        }));
        builder.AddSiloBuilderConfigurator<LibrarySiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await _azurite.DisposeAsync();
    }

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
