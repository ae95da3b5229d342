using FactCheck.Checking;
using FactCheck.Rules.Authoring;

namespace FactCheck.Rules;

/// <summary>FC014: figures for one time that differ because they count on different bases.</summary>
public sealed class DefinitionalDifferenceRule : IClaimRule
{
    /// <summary>Figures for one time counted on different bases.</summary>
    public static FindingDescriptor DifferentBases { get; } = new(
        "FC014", "differentBases", Severity.Info, "Figures for one time are counted on different bases.", "{subject}: {figures} {time} are counted on different bases.");

    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "FC014",
        "DefinitionalDifference",
        Severity.Info,
        "Figures for one time differ because they are counted on different bases.",
        """
        An observation, target or share may say what its figure counts with "basis": free text such as 'including
        the Speaker', 'gross' or 'police estimate at the peak'. Figures whose bases differ count different things,
        so they never conflict: FC001, FC002, FC003, FC005 and FC011 do not compare them. This finding says that
        figures for the same time differ, and why, so that a reader is told which count each one is.

        Bases are compared folded (case and spacing do not matter). A figure without a basis is taken to count what
        the others count: when a subject's figures state one basis, those without one are compared with them as
        before; when they state several, a figure without one cannot be told to count either, and is compared only
        with other figures without a basis. One finding per time, naming the first figure of each basis; none when
        the figures on the different bases are the same.

        Example:
          { "id": "a", "kind": "observation", "subject": "house-majority", "value": "52", "time": "2021-01-03", "basis": "including the Speaker" }
          { "id": "b", "kind": "observation", "subject": "house-majority", "value": "51", "time": "2021-01-03", "basis": "excluding the Speaker" }
        gives
          FC014 info: house-majority: 52 (including the Speaker) and 51 (excluding the Speaker) on 2021-01-03 are counted on different bases.
        """)
    {
        Messages = [DifferentBases],
    };

    RuleDescriptor IClaimRule.Descriptor => Descriptor;

    /// <inheritdoc />
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Figures on different bases need figures that state one; most sets state none, and then no claim need be read.
        if (!context.Index.StatesBases) return;
        foreach (var series in context.Index.ObservationSeries)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var items = series.Items;
            for (var from = 0; from < items.Length;)
            {
                var to = Restatements.EndOfSameDays(items, from);
                if (to - from > 1) Check(context, series.Key.Subject, items.AsSpan(from, to - from));
                from = to;
            }
        }
    }

    private static void Check(RuleContext context, string subject, ReadOnlySpan<ObservationEntry> sameTime)
    {
        List<(string Basis, ObservationEntry Lead)>? bases = null;
        HashSet<string>? seen = null;
        foreach (var entry in sameTime)
        {
            if (Bases.Fold(entry.Claim.Basis) is not { } basis) continue;
            bases ??= [];
            if ((seen ??= new(StringComparer.Ordinal)).Add(basis)) bases.Add((basis, entry));
        }
        if (bases is null || bases.Count < 2) return;
        var first = bases[0].Lead.Claim;
        if (bases.TrueForAll(b => b.Lead.Claim.Value == first.Value && b.Lead.Claim.Unit == first.Unit)) return;
        context.Report(DifferentBases, bases.Select(b => b.Lead.Claim.Id), subject,
            FindingArgument.Text("subject", context.Index.NameOf(subject)),
            FindingArgument.List("figures", bases.Select(b => $"{b.Lead.Claim.Value}{Figure.Of(b.Lead).UnitSuffix} ({b.Lead.Claim.Basis})")),
            FindingArgument.Time("time", first.Time),
            FindingArgument.Count("bases", bases.Count));
    }
}
