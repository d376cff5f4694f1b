using Orleans.Concurrency;

namespace LibraryLive.Rankings;

/// <summary>A host that relays the changes of rankings to the screens connected to it.</summary>
public interface IRankingObserver : IGrainObserver
{
    [OneWay]
    Task RankingChanged(RankingUpdate update);
}
