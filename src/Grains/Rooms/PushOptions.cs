namespace LibraryLive.Rooms;

/// <summary>How rooms push changes to screens; bound from the "Push" configuration section.</summary>
public sealed class PushOptions
{
    public const string Section = "Push";

    /// <summary>Changes in a room are batched and sent at most this often.</summary>
    public TimeSpan PushInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>A subscription not renewed within this time is dropped (the host has gone).</summary>
    public TimeSpan SubscriptionLifetime { get; set; } = TimeSpan.FromMinutes(2);
}
