using System.Text;

namespace FactCheck.Rules.Arguments;

/// <summary>The change from one figure to another: <c>no change</c>, <c>a fall of 2,200</c>; evidence the change and its per cent.</summary>
internal sealed class ShiftArgument(string name, double from, double to, string unit) : FindingArgument(name)
{
    private readonly double delta = NumberText.Difference(to, from);

    public override void AppendText(StringBuilder text)
    {
        if (delta == 0) text.Append("no change");
        else text.Append(delta > 0 ? "a rise of " : "a fall of ").Append(NumberText.Rounded(Math.Abs(delta))).Append(unit);
    }

    public override void AddEvidence(EvidenceBuilder evidence)
    {
        evidence.Add(Name, delta);
        evidence.Add(Name + "Percent", from != 0 ? NumberText.OneDecimal(delta / Math.Abs(from) * 100) : double.NaN);
    }
}
