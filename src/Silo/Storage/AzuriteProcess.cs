using System.Diagnostics;
using System.Net.Sockets;

namespace LibraryLive.Silo.Storage;

/// <summary>
/// An Azurite table service run as a child process: the local stand-in for Azure Table Storage. The
/// main command keeps its data on disk; tests run it in memory on a free port.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    // Azurite's published development account; it only ever guards a local emulator.
    private const string DevelopmentKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;

    private AzuriteProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => ConnectionStringFor(Port);

    public static string ConnectionStringFor(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentKey};"
        + $"TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

    /// <param name="port">The table port; 0 picks a free one.</param>
    /// <param name="dataFolder">Where to keep the data, or null to keep it in memory only.</param>
    public static async Task<AzuriteProcess> StartAsync(
        int port,
        string? dataFolder,
        CancellationToken cancellationToken = default)
    {
        var script = LibraryFiles.Resolve("node_modules/azurite/dist/src/table/main.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException(
                "Azurite is not installed: run 'npm ci' in the repository root, or configure "
                + "ConnectionStrings:Storage to use Azure Table Storage.");
        }

        if (port == 0)
        {
            port = FreePort();
        }

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { script, "--silent", "--disableTelemetry", "--skipApiVersionCheck",
                     "--tableHost", "127.0.0.1", "--tablePort", port.ToString() })
        {
            start.ArgumentList.Add(argument);
        }

        if (dataFolder is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(dataFolder);
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(dataFolder);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("successfully", StringComparison.OrdinalIgnoreCase) == true)
            {
                ready.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) => errors.AppendLine(e.Data);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => ready.TrySetException(
            new InvalidOperationException($"Azurite exited at start (code {process.ExitCode}): {errors}"));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        await ready.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        return new AzuriteProcess(process, port);
    }

    public static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
