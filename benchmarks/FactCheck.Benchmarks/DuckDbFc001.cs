using System.Diagnostics;
using DuckDB.NET.Data;

namespace FactCheck.Benchmarks;

/// <summary>
/// FC001 in an in-memory DuckDB database, loaded through its appender (the fast way in), queried two ways:
/// <list type="bullet">
/// <item>plain: the same self-join as SQLite's (<see cref="SqliteFc001.Query"/>); DuckDB hash-joins on subject and metric
/// and filters every pair of a series by time, so a large series costs the square of its size;</item>
/// <item>ranged: the join a DuckDB user writes for a range condition. DuckDB runs a join whose conditions are all
/// inequalities as an IEJoin (two sorted runs, no pair visited that fails both); the equality on subject and metric
/// is folded into the range by numbering each series (subject, metric, and whether it is a percentage) and putting its
/// days in a block of their own (series × 2²³ + day), so that "same series, starts within the other's time" is two
/// inequalities. No equality may be left in the query: DuckDB would hash-join on it instead (on the percentage flag,
/// one bucket holding nearly every row: 50 s for 50,000 figures). The keys go into a table first, timed with the
/// query: over a common table expression DuckDB cannot estimate the sides and picks a piecewise merge join (82 s).</item>
/// </list>
/// Each pair is found once, from the figure that starts first, as in SQLite.
/// </summary>
internal static class DuckDbFc001
{
    // Days are numbered from 0001-01-01; LocalDate's range (years -9998 to 9999) fits in ±4,000,000, and the open ends
    // (long.MinValue, long.MaxValue) are clamped to just outside it, so every key of a series stays inside its block.
    private const string RangedTable = """
        CREATE OR REPLACE TEMP TABLE ranged AS
          WITH keyed AS (SELECT *, dense_rank() OVER (ORDER BY subject, metric, pct) * 8388608 AS block FROM obs)
          SELECT id, unit, first, vmin, vmax, minin, maxin, ord,
                 block + least(greatest(first, -4000001), 4000001) + 4000001 AS lo,
                 block + least(greatest(last, -4000001), 4000001) + 4000001 AS hi
          FROM keyed
        """;

    private const string RangedJoin = """
        SELECT a.id, b.id FROM ranged a
        JOIN ranged b ON b.lo >= a.lo AND b.lo <= a.hi
        WHERE (b.first > a.first OR b.ord > a.ord)
          AND (a.unit IS NULL OR b.unit IS NULL OR a.unit = b.unit)
          AND (a.vmax < b.vmin OR (a.vmax = b.vmin AND NOT (a.maxin AND b.minin))
            OR b.vmax < a.vmin OR (b.vmax = a.vmin AND NOT (b.maxin AND a.minin)))
        """;

    /// <summary>The conflicts and query time of one formulation; null when it overran the budget.</summary>
    public sealed record Result(HashSet<(string, string)>? Conflicts, TimeSpan? Query);

    public static (Result Plain, Result Ranged, TimeSpan Load) Find(ClaimSet claims, TimeSpan budget)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        var loadWatch = Stopwatch.StartNew();
        Load(connection, claims);
        loadWatch.Stop();
        var plain = Query(connection, null, SqliteFc001.Query, budget);
        var ranged = Query(connection, RangedTable, RangedJoin, budget);
        return (plain, ranged, loadWatch.Elapsed);
    }

    /// <summary>Creates the table and appends every observation to it.</summary>
    internal static void Load(DuckDBConnection connection, ClaimSet claims)
    {
        Execute(connection, "CREATE TABLE obs (id VARCHAR, subject VARCHAR, metric VARCHAR, unit VARCHAR, pct BOOLEAN, first BIGINT, last BIGINT, vmin DOUBLE, vmax DOUBLE, minin BOOLEAN, maxin BOOLEAN, ord INTEGER)");
        using (var appender = connection.CreateAppender("obs"))
        {
            foreach (var row in ObservationRow.Of(claims))
            {
                var appended = appender.CreateRow().AppendValue(row.Id).AppendValue(row.Subject).AppendValue(row.Metric);
                appended = row.Unit is null ? appended.AppendNullValue() : appended.AppendValue(row.Unit);
                appended.AppendValue(row.Percent).AppendValue(row.First).AppendValue(row.Last).AppendValue(row.Min).AppendValue(row.Max)
                    .AppendValue(row.MinInclusive).AppendValue(row.MaxInclusive).AppendValue(row.Ord).EndRow();
            }
        }
    }

    /// <summary>Times <paramref name="prepare"/> (when given) and <paramref name="query"/> together, reading every pair.</summary>
    private static Result Query(DuckDBConnection connection, string? prepare, string query, TimeSpan budget)
    {
        var found = new HashSet<(string, string)>();
        using var select = connection.CreateCommand();
        var watch = Stopwatch.StartNew();
        var overran = false;
        using (new Timer(_ => { overran = true; select.Cancel(); }, null, budget, Timeout.InfiniteTimeSpan))
        {
            try
            {
                if (prepare is not null)
                {
                    select.CommandText = prepare;
                    select.ExecuteNonQuery();
                }
                select.CommandText = query;
                using var reader = select.ExecuteReader();
                while (reader.Read()) found.Add(ComparisonRun.Ordered((reader.GetString(0), reader.GetString(1))));
            }
            catch (Exception e) when (overran && e is DuckDBException or OperationCanceledException)
            {
                return new Result(null, null);
            }
        }
        return new Result(found, watch.Elapsed);
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
