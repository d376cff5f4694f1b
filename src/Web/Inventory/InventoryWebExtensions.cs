using LibraryLive.Web.Rankings;

namespace LibraryLive.Web.Inventory;

public static class InventoryWebExtensions
{
    /// <summary>The import, the annual report, the live rankings and the naming of readers by their consent.</summary>
    public static IServiceCollection AddInventory(this IServiceCollection services)
    {
        services.AddSingleton<YearImport>();
        services.AddSingleton<InventoryImporter>();
        services.AddSingleton<ReaderNames>();
        services.AddSingleton<AnnualReport>();
        services.AddSingleton<LiveRankings>();
        services.AddSingleton<RankingsRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<RankingsRelay>());
        return services;
    }
}
