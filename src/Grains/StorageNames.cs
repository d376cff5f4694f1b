namespace LibraryLive;

/// <summary>The one place that names the grain storage providers.</summary>
public static class StorageNames
{
    /// <summary>Durable grain state: Azure Table Storage (Azurite locally).</summary>
    public const string Library = "library";
}
