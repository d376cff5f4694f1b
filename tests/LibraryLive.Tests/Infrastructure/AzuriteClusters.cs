using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace LibraryLive.Tests.Infrastructure;

/// <summary>Test clusters whose silos find their Azurite in "ConnectionStrings:Storage".</summary>
public static class AzuriteClusters
{
    public static async Task<TestCluster> StartAsync<TConfigurator>(string storage, short silos)
        where TConfigurator : ISiloConfigurator, new()
    {
        var builder = new TestClusterBuilder(silos);
        builder.ConfigureHostConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Storage"] = storage,
        }));
        builder.AddSiloBuilderConfigurator<TConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    public static async Task StopAsync(TestCluster cluster, AzuriteFixture azurite)
    {
        await cluster.StopAllSilosAsync();
        await cluster.DisposeAsync();
        await azurite.DisposeAsync();
    }
}
