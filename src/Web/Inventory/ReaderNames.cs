using LibraryLive.Inventory;
using LibraryLive.Registry;

namespace LibraryLive.Web.Inventory;

/// <summary>
/// How a reader may be shown in public: the full name (named), the surname and asterisks (masked), or not at
/// all (none, the default). The student's own choice wins; then the consent of the year's import; then the
/// registry's.
/// </summary>
public sealed class ReaderNames(IGrainFactory grains, StudentRegistry registry)
{
    public const string Unnamed = "a reader who prefers not to be named";

    public async Task<string> Public(string studentId, int year)
    {
        var profile = await grains.GetGrain<IReaderYearGrain>(YearKeys.Of(studentId, year)).GetProfile();
        var registered = registry.TryGetById(studentId, out var student) ? student : null;
        var disclosure = await grains.GetGrain<IReaderConsentGrain>(studentId).Get()
            ?? profile?.Disclosure ?? registered?.Disclosure ?? Disclosure.None;
        var name = profile?.Name ?? registered?.Name;
        return Shown(name, disclosure);
    }

    public static string Shown(string? name, Disclosure disclosure) => (name, disclosure) switch
    {
        (null or "", _) or (_, Disclosure.None) => Unnamed,
        (_, Disclosure.Masked) => name.Split(' ', 2)[0] + " **",
        _ => name,
    };
}
