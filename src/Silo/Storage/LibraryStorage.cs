using Microsoft.Extensions.Logging.Abstractions;

namespace LibraryLive.Silo.Storage;

public static class LibraryStorage
{
    public const string ConnectionStringName = "Storage";

    private const int AzuriteTablePort = 10002;

    /// <summary>
    /// Finds the Azure Storage connection string ("ConnectionStrings:Storage"). When none is configured,
    /// starts Azurite with its data in the git-ignored ".azurite" folder of the repository, or reuses the
    /// one already listening on its port (another silo on this machine started it).
    /// </summary>
    public static string AddLibraryStorage(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (AzuriteProcess.IsListening(AzuriteTablePort))
        {
            return AzuriteProcess.ConnectionStringFor(AzuriteTablePort);
        }

        var dataFolder = builder.Configuration["Azurite:Location"]
            ?? Path.Combine(Path.GetDirectoryName(LibraryFiles.Resolve("package.json")) ?? ".", ".azurite");
        var azurite = AzuriteProcess.StartAsync(AzuriteTablePort, dataFolder).GetAwaiter().GetResult();

        // Azurite belongs to this process: it stops when the host stops.
        builder.Services.AddSingleton(azurite);
        builder.Services.AddHostedService<AzuriteLifetime>();
        Console.WriteLine($"Started Azurite on 127.0.0.1:{AzuriteTablePort}, data in {dataFolder}");
        return azurite.ConnectionString;
    }

    private sealed class AzuriteLifetime(AzuriteProcess azurite) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task StopAsync(CancellationToken cancellationToken) => await azurite.DisposeAsync();
    }
}
