using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace LibraryLive.Tests.Infrastructure;

/// <summary>
/// The real host (silo and web app in one process, as shipped) on Kestrel at a free loopback port,
/// pointed at a test Azurite. Hosts given the same cluster id and storage share state, which is how the
/// restart test stops one host and reads back through another.
/// </summary>
public sealed class LibraryHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly TimeProvider? _clock;

    public LibraryHost(
        string storageConnectionString,
        string? clusterId = null,
        IDictionary<string, string?>? settings = null,
        TimeProvider? clock = null)
    {
        _clock = clock;
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Storage"] = storageConnectionString,
            ["Orleans:ClusterId"] = clusterId ?? "test-" + Guid.NewGuid().ToString("N")[..8],
            ["Orleans:SiloPort"] = FreePort().ToString(),
            ["Orleans:GatewayPort"] = FreePort().ToString(),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel(0);
    }

    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            return new Uri(addresses.Addresses.First());
        }
    }

    public HttpClient CreateHttpClient() => new() { BaseAddress = BaseAddress };

    public HubConnection CreateLobbyConnection() =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(BaseAddress, "/hubs/lobby"))
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(
                new System.Text.Json.Serialization.JsonStringEnumConverter(
                    System.Text.Json.JsonNamingPolicy.CamelCase)))
            .Build();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_clock is not null)
        {
            builder.ConfigureServices(services => services.UseLibraryClock(_clock));
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
