namespace LibraryLive.Web.Inventory;

/// <summary>A staff request to import the exports in a folder of the server.</summary>
public sealed record ImportRequest(string? Folder, bool StopOnError = false);

/// <summary>What an import did, with the first bad rows as "file:line: reason".</summary>
public sealed record ImportAnswer(ImportSummary Summary, IReadOnlyList<string> Problems);

/// <summary>A student's choice of how they may be shown in public: "named", "masked" or "none".</summary>
public sealed record ConsentRequest(LibraryLive.Registry.Disclosure? Disclosure);
