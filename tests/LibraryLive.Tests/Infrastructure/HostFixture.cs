namespace LibraryLive.Tests.Infrastructure;

/// <summary>One Azurite and one running host shared by the HTTP tests of a collection.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    public AzuriteFixture Azurite { get; } = new();

    public LibraryHost Host { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Azurite.InitializeAsync();
        Host = new LibraryHost(Azurite.ConnectionString);
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
