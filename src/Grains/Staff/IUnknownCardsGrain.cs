using LibraryLive.Gates;

namespace LibraryLive.Staff;

/// <summary>
/// Swipes of cards the registry does not know, kept for staff (a new student, a lost card, a broken reader).
/// One grain per library-local date, so no single grain grows without bound. Keyed by "yyyy-MM-dd".
/// </summary>
public interface IUnknownCardsGrain : IGrainWithStringKey
{
    /// <summary>Keeps the swipe; returns false if its event id was already kept.</summary>
    Task<bool> Keep(GateSwipe swipe);

    Task<IReadOnlyList<GateSwipe>> List();
}
