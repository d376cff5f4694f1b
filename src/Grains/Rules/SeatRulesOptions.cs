using Microsoft.Extensions.Options;

namespace LibraryLive.Rules;

/// <summary>
/// The library's seat rules, bound from the "SeatRules" configuration section. Defaults are the
/// library's own and are listed in docs/rules.md; a change there must change here too.
/// </summary>
public sealed class SeatRulesOptions
{
    public const string Section = "SeatRules";

    /// <summary>How long before a booking starts its check-in window opens.</summary>
    public TimeSpan CheckInOpensBefore { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long after a booking starts its check-in window closes.</summary>
    public TimeSpan CheckInClosesAfter { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan ShortestBooking { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan LongestBooking { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Bookings start and end on multiples of this step.</summary>
    public TimeSpan BookingStep { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A gate swipe older than this is refused as stale rather than replayed into live state.</summary>
    public TimeSpan OldestAcceptedSwipe { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A gate swipe further ahead than this is refused: the gate's clock is wrong.</summary>
    public TimeSpan FurthestFutureSwipe { get; set; } = TimeSpan.FromMinutes(5);
}

public sealed class SeatRulesOptionsValidator : IValidateOptions<SeatRulesOptions>
{
    public ValidateOptionsResult Validate(string? name, SeatRulesOptions options)
    {
        var failures = new List<string>();
        if (options.CheckInOpensBefore < TimeSpan.Zero || options.CheckInClosesAfter <= TimeSpan.Zero)
        {
            failures.Add("SeatRules: the check-in window must open before or at the start and close after it.");
        }

        if (options.BookingStep <= TimeSpan.Zero)
        {
            failures.Add("SeatRules:BookingStep must be positive.");
        }

        if (options.ShortestBooking <= TimeSpan.Zero || options.LongestBooking < options.ShortestBooking)
        {
            failures.Add("SeatRules: ShortestBooking must be positive and not longer than LongestBooking.");
        }

        if (options.OldestAcceptedSwipe <= TimeSpan.Zero || options.FurthestFutureSwipe < TimeSpan.Zero)
        {
            failures.Add("SeatRules: OldestAcceptedSwipe must be positive and FurthestFutureSwipe not negative.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
