using System.Text;
using FactCheck.Rules.Authoring;

namespace FactCheck.Rules.Arguments;

/// <summary>A change needed or made, worded as a phrase, a size, or a rate per day; evidence its bounds.</summary>
internal sealed class ChangeArgument(string name, ChangeAmount change, ChangeArgument.Wording wording, int days) : FindingArgument(name)
{
    internal enum Wording
    {
        Phrase,
        Size,
        PerDay,
    }

    public override void AppendText(StringBuilder text) => text.Append(wording switch
    {
        Wording.Phrase => change.Phrase,
        Wording.Size => change.Size,
        _ => change.PerDay(days),
    });

    public override void AddEvidence(EvidenceBuilder evidence)
    {
        var bounds = wording == Wording.PerDay ? change.Change.DivideBy(days) : change.Change;
        var (min, max) = wording == Wording.PerDay ? (NumberText.OneDecimal(bounds.Min), NumberText.OneDecimal(bounds.Max)) : (bounds.Min, bounds.Max);
        evidence.Add(Name + "Min", min);
        evidence.Add(Name + "Max", max);
    }
}
