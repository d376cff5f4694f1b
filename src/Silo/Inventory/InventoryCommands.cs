using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using LibraryLive.Layout;
using LibraryLive.Web.Inventory;

namespace LibraryLive.Silo.Inventory;

/// <summary>
/// The inventory's commands of the main program, named first: <c>generate</c> writes a year of exports;
/// <c>import</c> and <c>report</c> start the host (joining a running cluster through the same storage,
/// on free ports), act through the grains, and stop. See docs/inventory.md.
/// </summary>
public static class InventoryCommands
{
    public static bool Handles(string[] args) => args.Length > 0 && args[0] is "generate";

    public static bool NeedsHost(string[] args) => args.Length > 0 && args[0] is "import" or "report";

    /// <summary>
    /// The arguments the host is built with: the command's own are left out, the rest (configuration such as
    /// "--ConnectionStrings:Storage=...") pass through, and the silo and web ports are free ones.
    /// </summary>
    public static string[] HostArguments(string[] args)
    {
        if (!NeedsHost(args))
        {
            return args;
        }

        var passed = new List<string>
        {
            $"--Orleans:SiloPort={FreePort()}",
            $"--Orleans:GatewayPort={FreePort()}",
            "--urls=http://127.0.0.1:0",
        };
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--dir" or "--year":
                    i++;
                    break;
                case "--stop-on-error" or "--staff":
                    break;
                default:
                    passed.Add(args[i]);
                    break;
            }
        }

        return passed.ToArray();
    }

    public static Task<int> RunAsync(string[] args) =>
        Guarded(() => Task.FromResult(Generate(new CommandArguments(args))));

    public static async Task<int> RunWithHostAsync(WebApplication app, string[] args)
    {
        await app.StartAsync();
        try
        {
            var arguments = new CommandArguments(args);
            return await Guarded(() => args[0] == "import"
                ? Import(app.Services, arguments)
                : Report(app.Services, arguments));
        }
        finally
        {
            await app.StopAsync();
        }
    }

    private static async Task<int> Import(IServiceProvider services, CommandArguments arguments)
    {
        var folder = arguments.Required("dir");
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var answer = await services.GetRequiredService<InventoryImporter>().Import(
                folder,
                arguments.Flag("stop-on-error"),
                problem => Console.Error.WriteLine($"{Environment.NewLine}bad row {problem}"),
                new ConsoleProgressBar(TimeProvider.System));
            var s = answer.Summary;
            Console.WriteLine();
            Console.WriteLine($"Imported {s.Readers} readers ({s.ReadersChanged} reader-years changed), "
                + $"{s.Swipes} swipes and "
                + $"{s.Bookings} bookings into {s.Rankings} rankings in {stopwatch.Elapsed.TotalSeconds:0.0} s; "
                + $"{s.BadRows} bad rows skipped.");
            return 0;
        }
        catch (ImportStoppedException stopped)
        {
            Console.Error.WriteLine();
            Console.Error.WriteLine(stopped.Message);
            return 1;
        }
    }

    private static async Task<int> Report(IServiceProvider services, CommandArguments arguments)
    {
        var year = arguments.Number("year", 0);
        if (year == 0)
        {
            throw new ArgumentException("--year is required");
        }

        var report = await services.GetRequiredService<AnnualReport>().Build(year, arguments.Flag("staff"));
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true };
        Console.WriteLine(JsonSerializer.Serialize(report, options));
        return 0;
    }

    private static int Generate(CommandArguments arguments)
    {
        var layout = LayoutLoader.Load(LibraryFiles.Resolve(arguments.Text("layout") ?? LibraryFiles.DefaultLayout));
        var shape = new YearShape(
            arguments.Number("year", DateTime.UtcNow.Year - 1),
            arguments.Number("readers", 3000),
            arguments.Number("seed", 1));
        var folder = arguments.Required("out");

        var year = new YearGenerator(layout, shape).Write(folder);

        Console.WriteLine($"Wrote {year.Readers} readers, {year.GateEvents} gate events and {year.Bookings} bookings "
            + $"of {shape.Year} for {layout.Library.Name} to {Path.GetFullPath(folder)}");
        return 0;
    }

    private static async Task<int> Guarded(Func<Task<int>> command)
    {
        try
        {
            return await command();
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
