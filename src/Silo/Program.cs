using LibraryLive;
using LibraryLive.Silo;
using LibraryLive.Silo.Hosting;
using LibraryLive.Silo.Inventory;
using LibraryLive.Silo.Simulation;
using LibraryLive.Silo.Storage;
using LibraryLive.Web;

// The inventory's commands (generate, import, report) run instead of the server when named first.
if (InventoryCommands.Handles(args))
{
    Environment.ExitCode = await InventoryCommands.RunAsync(args);
    return;
}

var builder = WebApplication.CreateBuilder(CommandLine.ToConfigurationArguments(InventoryCommands.HostArguments(args)));

// Storage: Azure Table Storage, or an Azurite started here when no connection string is configured.
var storage = builder.AddLibraryStorage();

// The Orleans silo, in the same process as the web app; more silos join through the same storage.
builder.UseOrleans(silo => silo.AddLibrarySilo(builder.Configuration, storage));

// The library: its layout, students and rules; then the HTTP API, the lobby hub and the pages.
builder.Services.AddLibraryDomain(builder.Configuration);
builder.Services.AddLibraryWeb();

// A simulated day of traffic, when started with --simulate.
builder.AddTrafficSimulator();

var app = builder.Build();

app.MapLibraryLive();

// The inventory's import and report commands run against this host, then stop it.
if (InventoryCommands.NeedsHost(args))
{
    Environment.ExitCode = await InventoryCommands.RunWithHostAsync(app, args);
    return;
}

app.Run();

public partial class Program;
