using System.Text.Json;
using System.Text.Json.Serialization;
using LibraryLive.Web.Api;
using LibraryLive.Web.Intake;
using LibraryLive.Web.Inventory;
using LibraryLive.Web.Lobby;
using LibraryLive.Web.Staff;
using Microsoft.Extensions.FileProviders;

namespace LibraryLive.Web;

public static class WebExtensions
{
    /// <summary>Adds the HTTP API, the lobby hub and the relay that feeds it from the room grains.</summary>
    public static IServiceCollection AddLibraryWeb(this IServiceCollection services)
    {
        var enums = new JsonStringEnumConverter(JsonNamingPolicy.CamelCase);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(enums));
        services.AddProblemDetails();
        services.AddSignalR().AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(enums));

        services.AddSingleton<LibraryIntake>();
        services.AddSingleton<StaffActions>();
        services.AddInventory();
        services.AddSingleton<LobbyRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<LobbyRelay>());
        services.AddSingleton<DeskRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<DeskRelay>());
        return services;
    }

    /// <summary>Maps the API, the hub, the pages and a health probe.</summary>
    public static WebApplication MapLibraryLive(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        var pages = new EmbeddedFileProvider(typeof(WebExtensions).Assembly, "LibraryLive.Web.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = pages });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = pages });

        app.MapGateEndpoints();
        app.MapBookingEndpoints();
        app.MapLibraryEndpoints();
        app.MapWaitlistEndpoints();
        app.MapStaffEndpoints();
        app.MapInventoryEndpoints();
        app.MapHub<LobbyHub>(LobbyHub.Path);
        app.MapHub<StaffHub>(StaffHub.Path);
        app.MapHub<StudentHub>(StudentHub.Path);
        app.MapGet("/health", () => Results.Ok(new { status = "ok" })).ExcludeFromDescription();
        return app;
    }
}
