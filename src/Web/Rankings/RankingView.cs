namespace LibraryLive.Web.Rankings;

/// <summary>One place of a live ranking as screens show it: no ids, the reader named as they allow.</summary>
public sealed record RankingPlace(long Place, string Name, double Value);

/// <summary>
/// The head of a live ranking: award, period ("week", "month", "year"), the period's key and the places.
/// </summary>
public sealed record RankingView(
    string Board,
    string Award,
    string Period,
    string PeriodKey,
    IReadOnlyList<RankingPlace> Places);

/// <summary>The acting student's own place in a ranking (no place when they are not in it).</summary>
public sealed record OwnRank(long? Place, double Value, int Readers);
