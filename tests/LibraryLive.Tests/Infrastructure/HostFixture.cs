using Microsoft.Extensions.Time.Testing;

namespace LibraryLive.Tests.Infrastructure;

/// <summary>
/// One Azurite and one running host shared by the HTTP tests of a collection, on a fake clock that stands
/// at 09:00 library time (the library is open) until a test moves it.
/// </summary>
public sealed class HostFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = new(ClusterFixture.Morning);

    public DateTimeOffset Now => Clock.GetUtcNow();

    public AzuriteFixture Azurite { get; } = new();

    public LibraryHost Host { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Azurite.InitializeAsync();
        Host = new LibraryHost(Azurite.ConnectionString, clock: Clock);
        Http = Host.CreateHttpClient();
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<HostFixture>
{
    public const string Name = "Host";
}
