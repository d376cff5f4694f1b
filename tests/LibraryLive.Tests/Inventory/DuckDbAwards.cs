using System.Globalization;
using DuckDB.NET.Data;
using LibraryLive.Inventory;
using LibraryLive.Layout;

namespace LibraryLive.Tests.Inventory;

/// <summary>
/// The awards of a year computed independently of the C# code: DuckDB SQL straight over the export CSVs,
/// following the definitions of docs/inventory.md.
/// </summary>
public sealed class DuckDbAwards : IDisposable
{
    private readonly DuckDBConnection _db = new("Data Source=:memory:");

    public DuckDbAwards(string folder, LibraryLayout layout, int year)
    {
        _db.Open();
        var library = layout.Library;
        var places = string.Join(", ", layout.Gates
            .Select(g => (g.Id, Place: layout.Of(g)))
            .Where(g => g.Place is not null)
            .Select(g => $"('{g.Id}', '{(g.Place == ReaderPlace.Building ? "building" : "room")}')"));
        Execute(Schema
            .Replace("{dir}", folder, StringComparison.Ordinal)
            .Replace("{tz}", library.TimeZone, StringComparison.Ordinal)
            .Replace("{oh}", library.Opens.Hour.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{om}", library.Opens.Minute.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{ch}", library.Closes.Hour.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{cm}", library.Closes.Minute.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{places}", places, StringComparison.Ordinal));
    }

    /// <summary>Every ranked entry of an award (value above 0), best first, lowest id first among equals.</summary>
    public IReadOnlyList<Placing> Ranking(Award award)
    {
        using var command = _db.CreateCommand();
        command.CommandText = $"SELECT id, CAST(value AS BIGINT) FROM award_{award.ToString().ToLowerInvariant()} "
            + "WHERE value > 0 ORDER BY value DESC, id";
        using var reader = command.ExecuteReader();
        var placings = new List<Placing>();
        while (reader.Read())
        {
            placings.Add(new Placing(
                reader.GetString(0),
                Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture)));
        }

        return placings;
    }

    public long Scalar(string sql)
    {
        using var command = _db.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public void Dispose() => _db.Dispose();

    private void Execute(string sql)
    {
        using var command = _db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private const string Schema = """
        SET TimeZone = 'UTC';
        CREATE MACRO local_date(t) AS CAST(timezone('{tz}', t) AS DATE);
        CREATE MACRO at_local(d, h, m) AS make_timestamptz(year(d), month(d), day(d), h, m, 0, '{tz}');
        CREATE TABLE places(gate_id VARCHAR, place VARCHAR);
        INSERT INTO places VALUES {places};
        CREATE TABLE students AS SELECT * FROM read_csv('{dir}/students.csv', header = true, all_varchar = true);
        CREATE TABLE raw_events AS SELECT * FROM read_csv('{dir}/gate-events.csv', header = true, all_varchar = true);
        CREATE TABLE raw_bookings AS SELECT * FROM read_csv('{dir}/bookings.csv', header = true, all_varchar = true);

        -- One row per event id; each swipe at a counted gate, with its student and place.
        CREATE TABLE events AS
        SELECT s.student_id, p.place, r.event_id, r.direction, CAST(r."timestamp" AS TIMESTAMPTZ) AS ts
        FROM (SELECT * FROM raw_events QUALIFY row_number() OVER (PARTITION BY event_id) = 1) r
        JOIN students s ON upper(s.card_id) = upper(r.card_id)
        JOIN places p ON p.gate_id = r.gate_id;

        -- Each "in" with the next swipe at the same place; an "out" there closes it, otherwise the caps.
        CREATE TABLE stays AS
        WITH ordered AS (
            SELECT *, lead(direction) OVER w AS next_direction, lead(ts) OVER w AS next_ts
            FROM events WINDOW w AS (PARTITION BY student_id, place ORDER BY ts, event_id)),
        opened AS (
            SELECT *, local_date(ts) AS d FROM ordered WHERE direction = 'in'),
        capped AS (
            SELECT *, CASE
                WHEN place = 'building' THEN greatest(ts, at_local(d, {ch}, {cm}))
                WHEN ts < at_local(d, {oh}, {om}) THEN at_local(d, {oh}, {om})
                WHEN ts < at_local(d, {ch}, {cm}) THEN at_local(d, {ch}, {cm})
                ELSE at_local(d + 1, {oh}, {om}) END AS cap
            FROM opened)
        SELECT student_id, place, ts AS start_ts,
            CASE WHEN next_direction = 'out' THEN next_ts ELSE least(cap, coalesce(next_ts, cap)) END AS end_ts
        FROM capped;

        CREATE TABLE stay_dates AS
        SELECT student_id, place, start_ts, end_ts,
            CAST(unnest(generate_series(local_date(start_ts), local_date(end_ts), INTERVAL 1 DAY)) AS DATE) AS d
        FROM stays;

        CREATE TABLE visit_days AS
        SELECT student_id, local_date(ts) AS d, count(*) AS visits, min(ts) AS first_in
        FROM events WHERE place = 'building' AND direction = 'in' GROUP BY ALL;

        CREATE TABLE owl_days AS
        SELECT DISTINCT student_id, d FROM stay_dates
        WHERE place = 'building'
          AND start_ts <= at_local(d, {ch}, {cm}) - INTERVAL 15 MINUTE
          AND at_local(d, {ch}, {cm}) - INTERVAL 15 MINUTE < end_ts;

        CREATE TABLE midnight_days AS
        SELECT DISTINCT student_id, d FROM stay_dates
        WHERE place = 'room' AND start_ts < at_local(d, 5, 0) AND end_ts > at_local(d, 0, 0);

        CREATE TABLE night_days AS
        SELECT DISTINCT student_id, d FROM stay_dates
        WHERE place = 'room' AND start_ts < at_local(d, 8, 0) AND end_ts > at_local(d, 0, 0);

        -- Hours: the union of all stays, each merged span counted on the date it began.
        CREATE TABLE islands AS
        WITH marked AS (
            SELECT *, CASE WHEN coalesce(start_ts > max(end_ts) OVER (PARTITION BY student_id ORDER BY start_ts, end_ts
                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), true) THEN 1 ELSE 0 END AS starts_island
            FROM stays),
        numbered AS (
            SELECT *, sum(starts_island) OVER (PARTITION BY student_id ORDER BY start_ts, end_ts ROWS UNBOUNDED PRECEDING) AS island
            FROM marked)
        SELECT student_id, min(start_ts) AS start_ts, max(end_ts) AS end_ts FROM numbered GROUP BY student_id, island;

        CREATE TABLE streaks AS
        WITH runs AS (
            SELECT student_id, d, d - CAST(row_number() OVER (PARTITION BY student_id ORDER BY d) AS INTEGER) AS run
            FROM visit_days WHERE year(d) = {year})
        SELECT student_id, max(length) AS longest FROM (SELECT student_id, run, count(*) AS length FROM runs GROUP BY ALL)
        GROUP BY student_id;

        CREATE VIEW award_visits AS SELECT student_id AS id, sum(visits) AS value FROM visit_days WHERE year(d) = {year} GROUP BY 1;
        CREATE VIEW award_days AS SELECT student_id AS id, count(*) AS value FROM visit_days WHERE year(d) = {year} GROUP BY 1;
        CREATE VIEW award_hours AS
            SELECT student_id AS id, sum(epoch(end_ts) - epoch(start_ts)) AS value FROM islands
            WHERE year(local_date(start_ts)) = {year} GROUP BY 1;
        CREATE VIEW award_earlybird AS
            SELECT student_id AS id, count(*) AS value FROM visit_days
            WHERE year(d) = {year} AND first_in >= at_local(d, {oh}, {om})
              AND first_in < at_local(d, {oh}, {om}) + INTERVAL 15 MINUTE GROUP BY 1;
        CREATE VIEW award_nightowl AS SELECT student_id AS id, count(*) AS value FROM owl_days WHERE year(d) = {year} GROUP BY 1;
        CREATE VIEW award_midnight AS SELECT student_id AS id, count(*) AS value FROM midnight_days WHERE year(d) = {year} GROUP BY 1;
        CREATE VIEW award_streak AS SELECT student_id AS id, longest AS value FROM streaks;

        CREATE TABLE counted_bookings AS
        SELECT * FROM raw_bookings
        WHERE status IN ('completed', 'no_show') AND year(local_date(CAST(start AS TIMESTAMPTZ))) = {year}
        QUALIFY row_number() OVER (PARTITION BY booking_id) = 1;
        CREATE VIEW award_popularseat AS SELECT seat_id AS id, count(*) AS value FROM counted_bookings GROUP BY 1;
        CREATE VIEW award_loyalseat AS SELECT student_id || ' ' || seat_id AS id, count(*) AS value FROM counted_bookings GROUP BY ALL;
        CREATE VIEW award_busiestnight AS
            SELECT strftime(d, '%Y-%m-%d') AS id, count(DISTINCT student_id) AS value FROM night_days WHERE year(d) = {year} GROUP BY 1;
        CREATE VIEW award_busiestday AS
            SELECT strftime(d, '%Y-%m-%d') AS id, count(DISTINCT student_id) AS value FROM visit_days WHERE year(d) = {year} GROUP BY 1;
        """;
}
