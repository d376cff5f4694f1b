using LibraryLive.Silo.Storage;

namespace LibraryLive.Tests.Infrastructure;

/// <summary>
/// An Azurite table service in memory on a free port, started once per test collection and stopped after.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    public string ConnectionString =>
        _azurite?.ConnectionString ?? throw new InvalidOperationException("Azurite is not started.");

    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync(port: 0, dataFolder: null);

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
