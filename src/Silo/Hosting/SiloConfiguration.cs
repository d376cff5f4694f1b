using System.Net;
using Azure.Data.Tables;
using LibraryLive.Silo.Storage.GroupCommit;
using Orleans.Configuration;

namespace LibraryLive.Silo.Hosting;

public static class SiloConfiguration
{
    /// <summary>
    /// Clustering, grain state and reminders all in Azure Table Storage, so that a second silo started
    /// with the same storage and its own ports ("Orleans:SiloPort", "Orleans:GatewayPort") joins the cluster.
    /// </summary>
    public static ISiloBuilder AddLibrarySilo(this ISiloBuilder silo, IConfiguration configuration, string storage)
    {
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = configuration["Orleans:ClusterId"] ?? "librarylive";
            o.ServiceId = "librarylive";
        });

        silo.ConfigureEndpoints(
            IPAddress.Loopback,
            configuration.GetValue("Orleans:SiloPort", EndpointOptions.DEFAULT_SILO_PORT),
            configuration.GetValue("Orleans:GatewayPort", EndpointOptions.DEFAULT_GATEWAY_PORT));

        silo.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(storage));
        silo.AddLibraryGrainStorage(storage);
        silo.UseAzureTableReminderService(o => o.TableServiceClient = new TableServiceClient(storage));
        return silo;
    }

    /// <summary>
    /// The grain state store, writes gathered into table transactions ("GrainStorage" configures it); tests use
    /// this too so that they exercise the shipped configuration.
    /// </summary>
    public static ISiloBuilder AddLibraryGrainStorage(this ISiloBuilder silo, string storage) =>
        silo.AddGroupCommitGrainStorage(
            StorageNames.Library,
            new TableServiceClient(storage),
            o => o.Bind(silo.Configuration.GetSection(GroupCommitOptions.Section)));
}
