using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace FactCheck.Benchmarks;

/// <summary>
/// FC001 as a SQL self-join in an in-memory SQLite database, with the index a competent user would add:
/// (subject, metric, first day). Each pair is found once, from the figure that starts first.
/// </summary>
internal static class SqliteFc001
{
    internal const string Query = """
        SELECT a.id, b.id FROM obs a
        JOIN obs b ON b.subject = a.subject AND b.metric = a.metric
                  AND b.first >= a.first AND b.first <= a.last
                  AND (b.first > a.first OR b.ord > a.ord)
        WHERE (a.unit IS NULL OR b.unit IS NULL OR a.unit = b.unit)
          AND a.pct = b.pct
          AND (a.vmax < b.vmin OR (a.vmax = b.vmin AND NOT (a.maxin AND b.minin))
            OR b.vmax < a.vmin OR (b.vmax = a.vmin AND NOT (b.maxin AND a.minin)))
        """;

    /// <summary>
    /// The pairs FC001 finds as SQLite finds them, with the time of the query, of filling the table (<c>Load</c>) and of
    /// the index and its statistics (<c>Index</c>); no pairs and no query time when the query ran past <paramref name="budget"/>.
    /// </summary>
    public static (HashSet<(string, string)>? Conflicts, TimeSpan? Query, TimeSpan Load, TimeSpan Index) Find(ClaimSet claims, TimeSpan budget)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var loadWatch = Stopwatch.StartNew();
        Execute(connection, "CREATE TABLE obs (id TEXT, subject TEXT, metric TEXT, unit TEXT, pct INTEGER, first INTEGER, last INTEGER, vmin REAL, vmax REAL, minin INTEGER, maxin INTEGER, ord INTEGER)");
        using (var transaction = connection.BeginTransaction())
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO obs VALUES ($id, $subject, $metric, $unit, $pct, $first, $last, $vmin, $vmax, $minin, $maxin, $ord)";
            var p = new[] { "$id", "$subject", "$metric", "$unit", "$pct", "$first", "$last", "$vmin", "$vmax", "$minin", "$maxin", "$ord" }
                .Select(name => insert.Parameters.Add(name, SqliteType.Text)).ToArray();
            foreach (var row in ObservationRow.Of(claims))
            {
                p[0].Value = row.Id;
                p[1].Value = row.Subject;
                p[2].Value = row.Metric;
                p[3].Value = row.Unit is null ? DBNull.Value : row.Unit;
                p[4].Value = row.Percent ? 1 : 0;
                p[5].Value = row.First;
                p[6].Value = row.Last;
                // SQLite REAL holds ±infinity as ±9e999.
                p[7].Value = row.Min;
                p[8].Value = row.Max;
                p[9].Value = row.MinInclusive ? 1 : 0;
                p[10].Value = row.MaxInclusive ? 1 : 0;
                p[11].Value = row.Ord;
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        loadWatch.Stop();
        var indexWatch = Stopwatch.StartNew();
        Execute(connection, "CREATE INDEX obs_subject_metric_first ON obs (subject, metric, first)");
        Execute(connection, "ANALYZE");
        indexWatch.Stop();

        var found = new HashSet<(string, string)>();
        var watch = Stopwatch.StartNew();
        using var timer = new Timer(_ => SQLitePCL.raw.sqlite3_interrupt(connection.Handle), null, budget, Timeout.InfiniteTimeSpan);
        try
        {
            using var select = connection.CreateCommand();
            select.CommandText = Query;
            using var reader = select.ExecuteReader();
            while (reader.Read()) found.Add(ComparisonRun.Ordered((reader.GetString(0), reader.GetString(1))));
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_INTERRUPT)
        {
            return (null, null, loadWatch.Elapsed, indexWatch.Elapsed);
        }
        return (found, watch.Elapsed, loadWatch.Elapsed, indexWatch.Elapsed);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
