using FactCheck.Checking;
using FactCheck.Rules.Authoring;

namespace FactCheck.Rules;

/// <summary>FC002: the latest figure before a target's deadline is outside the target; says how much change is needed, in how many days.</summary>
public sealed class TargetGapRule : IClaimRule
{
    /// <summary>A target with a deadline: the change needed, in how many days, at what rate.</summary>
    public static FindingDescriptor Dated { get; } = new(
        "FC002", "dated", Severity.Warning, "The latest figure before a target's deadline is outside the target.",
        "{subject}: {figure} is outside {target}: {change} is needed in {daysLeft}, {perDay}.");

    /// <summary>An open-ended target: the change needed, and nothing is due yet.</summary>
    public static FindingDescriptor OpenEnded { get; } = new(
        "FC002", "openEnded", Severity.Info, "The latest figure is outside an open-ended target.",
        "{subject}: {figure} is outside {target}: {change} is needed.");

    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "FC002",
        "TargetGap",
        Severity.Warning,
        "The latest observation before a target's deadline lies outside the target: a change is still needed.",
        """
        For a target with a deadline, the rule takes the latest observation of the same subject and metric that
        starts before the deadline day (the last day of the deadline: '2021-12' is due 2021-12-31). If that figure
        lies outside the target, the finding says how large a change is still needed, in how many days, and at
        what rate per day. Figures in the message are the nominal ones as stated; the tolerance intervals decide
        only whether the figure is outside. An open-ended target (no deadline) is compared with the latest
        observation, and the finding is an info: nothing is due yet.

        The figure and the target are taken as their words state them: 'about 3,000' is still ±10 %, but implied
        precision, which lets '3,000' stand for a rounded 2,600 when two reports of one figure are compared, does not
        hide a gap to a goal. A current 3,000 against a target of 2,500 is a cut of 500.

        Once a figure on or after the deadline day settles the target, met or missed (FC003), no gap is reported for it.

        Example:
          { "id": "afg-now", "kind": "observation", "subject": "us-troops/afghanistan", "value": "8,600", "time": "2020-09-09", "source": "s1" }
          { "id": "afg-trump", "kind": "target", "subject": "us-troops/afghanistan", "value": "between 4,000 and 5,000",
            "deadline": "2020-11-03", "source": "s1", "attribution": "Donald Trump" }
        gives
          FC002 warning: us-troops/afghanistan: 8,600 on 2020-09-09 (s1) is outside the target 4,000–5,000 due 2020-11-03
          (Donald Trump, s1): a cut of 3,600–4,600 is needed in 55 days, 65–84 a day.
        """)
    {
        Messages = [Dated, OpenEnded],
    };

    RuleDescriptor IClaimRule.Descriptor => Descriptor;

    /// <inheritdoc />
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var targets in context.Index.TargetSeries)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var observations = context.Index.ObservationsOf(targets.Key.Subject, targets.Key.Metric);
            if (observations.Items.IsEmpty) continue;
            // A target restated by several sources is one finding that names them all.
            foreach (var restated in Restatements.Of(targets.Items, Figure.Of))
            {
                var target = restated[0];
                var before = target.Claim.DeadlineDay is { } day ? observations.CountStartingBefore(day) : observations.Items.Length;
                if (before == 0 || IsSettled(context.Settings, observations, before, target)) continue;
                var latest = observations.Items[before - 1];
                if (!TargetComparison.IsOutside(context.Settings, latest, target)) continue;
                Report(context, latest, restated);
            }
        }
    }

    /// <summary>Whether a figure on or after the deadline day settles the target: met or missed, that is FC003's business, and no gap is left to close.</summary>
    private static bool IsSettled(CheckSettings settings, Series<ObservationEntry> observations, int before, TargetEntry target)
    {
        for (var i = before; i < observations.Items.Length; i++)
        {
            if (TargetComparison.Comparable(settings, observations.Items[i], target)) return true;
        }
        return false;
    }

    private static void Report(RuleContext context, ObservationEntry observation, List<TargetEntry> restated)
    {
        var target = restated[0];
        var amount = TargetComparison.NeededChange(observation, target);
        var subject = FindingArgument.Text("subject", context.Index.NameOf(target.Claim.Subject));
        var (figure, cited, change) = (FindingArgument.Figure("figure", observation), FindingArgument.Target("target", restated), FindingArgument.Change("change", amount));
        string[] ids = [observation.Claim.Id, .. restated.Select(t => t.Claim.Id)];
        if (target.Claim.DeadlineDay is { } deadline)
        {
            // The observation starts before the deadline day, so at least one day is left.
            var days = Phrases.DaysBetween(observation.FirstDay, deadline);
            context.Report(Dated, ids, target.Claim.Subject, subject, figure, cited, change, FindingArgument.Days("daysLeft", days), FindingArgument.Rate("perDay", amount, days));
        }
        else
        {
            context.Report(OpenEnded, ids, target.Claim.Subject, subject, figure, cited, change);
        }
    }
}
