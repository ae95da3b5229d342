using FactCheck.Checking;

namespace FactCheck.Rules;

/// <summary>How findings cite claims: <c>8,600 on 2020-09-09 (s1)</c>, <c>the target 4,000–5,000 due 2020-11-03 (Donald Trump, s1)</c>.</summary>
internal static class Phrases
{
    internal static string Figure(Quantity value, FuzzyTime time, Provenance provenance) =>
        $"{value} {TimePhrase.Of(time)} ({provenance})";

    internal static string Figure(ObservationEntry entry) => Figure(entry.Claim.Value, entry.Claim.Time, entry.Claim.Provenance);

    internal static string Target(Target target) => target.DeadlineDay is { } day
        ? $"the target {target.Value} due {Dates.Format(day)} ({target.Provenance})"
        : $"the open-ended target {target.Value} ({target.Provenance})";

    internal static string Time(FuzzyTime time) => TimePhrase.Of(time);

    internal static string Day(NodaTime.LocalDate day) => Dates.Format(day);

    internal static string Days(int days) => days == 1 ? "1 day" : days.ToString(System.Globalization.CultureInfo.InvariantCulture) + " days";
}
