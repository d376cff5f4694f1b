namespace LibraryLive.Inventory;

/// <summary>
/// One seat's year, keyed "{seatId}:{year}": the bookings that count (completed or no-show), each once.
/// Feeds the popularSeat ranking and, with its best student-and-seat pairs, the loyalSeat ranking.
/// </summary>
public interface ISeatYearGrain : IGrainWithStringKey
{
    /// <summary>Counts bookings not counted before; stored with one write.</summary>
    Task Count(IReadOnlyList<BookingOutcome> bookings);

    Task<int> GetBookings();
}
