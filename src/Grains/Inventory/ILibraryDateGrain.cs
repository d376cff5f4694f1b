namespace LibraryLive.Inventory;

/// <summary>
/// One library date, keyed "yyyy-MM-dd": which readers came in and which spent part of its night in the
/// 24-hour room. Its counts feed the busiestDay and busiestNight rankings of its year.
/// </summary>
public interface ILibraryDateGrain : IGrainWithStringKey
{
    /// <summary>Absolute facts per reader, so that marking the same fact again changes nothing.</summary>
    Task Mark(IReadOnlyList<DatePresence> presences);

    Task<DateCounts> GetCounts();
}

[GenerateSerializer, Immutable, Alias("date-counts")]
public sealed record DateCounts(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] int CameIn,
    [property: Id(2)] int AtNight);
