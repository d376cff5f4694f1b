using LibraryLive.Inventory;

namespace LibraryLive.Rankings;

/// <summary>
/// One ranking (an award over a period), keyed as <see cref="RankingBoards"/> says. Entries are set to
/// absolute values, so sending the same value again changes nothing; a value of 0 takes the entry out.
/// </summary>
public interface IRankingGrain : IGrainWithStringKey
{
    Task Set(IReadOnlyList<Placing> entries);

    Task<Standings> GetStandings(int places);

    /// <summary>
    /// An entry's value and rank (1 + the number of entries worth more); no rank when it is not ranked.
    /// </summary>
    Task<Rank> GetRank(string id);

    /// <summary>Stores the ranking now rather than at the next save interval (the import ends with this).</summary>
    Task Flush();

    Task Subscribe(IRankingObserver observer);

    Task Unsubscribe(IRankingObserver observer);
}

[GenerateSerializer, Immutable, Alias("rank")]
public sealed record Rank([property: Id(0)] long? Place, [property: Id(1)] long Value, [property: Id(2)] int Entries);

/// <summary>The new head of a ranking, pushed when it changed.</summary>
[GenerateSerializer, Immutable, Alias("ranking-update")]
public sealed record RankingUpdate([property: Id(0)] string Board, [property: Id(1)] Standings Standings);
