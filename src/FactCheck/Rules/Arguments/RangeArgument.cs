using System.Text;

namespace FactCheck.Rules.Arguments;

/// <summary>An interval: <c>67.9–70.5</c>; evidence its ends to one decimal.</summary>
internal sealed class RangeArgument(string name, ValueInterval interval) : FindingArgument(name)
{
    public override void AppendText(StringBuilder text) =>
        text.Append(NumberText.Rounded(NumberText.OneDecimal(interval.Min))).Append('–').Append(NumberText.Rounded(NumberText.OneDecimal(interval.Max)));

    public override void AddEvidence(EvidenceBuilder evidence)
    {
        evidence.Add(Name + "Min", NumberText.OneDecimal(interval.Min));
        evidence.Add(Name + "Max", NumberText.OneDecimal(interval.Max));
    }
}
