using System.Text;

namespace FactCheck.Rules.Arguments;

/// <summary>A total of stated figures, in full (<c>7,512.5 km</c>); evidence the total.</summary>
internal sealed class SumArgument(string name, double total, string unit) : FindingArgument(name)
{
    public override void AppendText(StringBuilder text) => text.Append(NumberText.Format(total)).Append(unit);

    public override void AddEvidence(EvidenceBuilder evidence) => evidence.Add(Name, total);
}
