using System.Text;

namespace FactCheck.Rules.Arguments;

/// <summary>A computed number: written rounded, evidence exact when asked.</summary>
internal sealed class NumberArgument(string name, double number, bool isEvidence) : FindingArgument(name)
{
    public override void AppendText(StringBuilder text) => text.Append(NumberText.Rounded(number));

    public override void AddEvidence(EvidenceBuilder evidence)
    {
        if (isEvidence) evidence.Add(Name, number);
    }
}
