using System.Globalization;

namespace LibraryLive.Inventory;

/// <summary>The keys of grains that count one thing over one year: "{id}:{year}".</summary>
public static class YearKeys
{
    public static string Of(string id, int year) => $"{id}:{year.ToString(CultureInfo.InvariantCulture)}";

    public static (string Id, int Year) Split(string key)
    {
        var colon = key.LastIndexOf(':');
        return (key[..colon], int.Parse(key[(colon + 1)..], CultureInfo.InvariantCulture));
    }
}
