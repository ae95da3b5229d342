namespace FactCheck.Benchmarks;

/// <summary>
/// One observation as a database row for FC001 as SQL: its value as the interval FC001 compares (bounds and whether
/// they are included), its unit canonicalised, its time as first and last day numbers, and its place in the file
/// (<see cref="Ord"/>), which orders two figures that start on the same day.
/// </summary>
internal readonly record struct ObservationRow(
    string Id, string Subject, string Metric, string? Unit, bool Percent, long First, long Last,
    double Min, double Max, bool MinInclusive, bool MaxInclusive, int Ord)
{
    /// <summary>The observations of <paramref name="claims"/> in file order.</summary>
    public static IEnumerable<ObservationRow> Of(ClaimSet claims)
    {
        var units = UnitAliasTable.Default;
        var ord = 0;
        foreach (var o in claims.Claims.OfType<Observation>())
        {
            var interval = o.Value.ToInterval(QuantityOptions.Default, Metrics.IsCount(o.Metric));
            var unit = units.Canonicalize(o.Unit);
            yield return new ObservationRow(o.Id, o.Subject, o.Metric, unit.IsNone ? null : unit.Name, o.Value.IsPercent,
                Day(o.Time.Start), Day(o.Time.End), interval.Min, interval.Max, interval.MinInclusive, interval.MaxInclusive, ord++);
        }
    }

    // Total days: subtracting two LocalDates gives a Period of years, months and days, whose Days is only a part.
    private static long Day(NodaTime.LocalDate date) =>
        date == NodaTime.LocalDate.MinIsoValue ? long.MinValue : date == NodaTime.LocalDate.MaxIsoValue ? long.MaxValue : NodaTime.Period.DaysBetween(Epoch, date);

    private static readonly NodaTime.LocalDate Epoch = new(1, 1, 1);
}
