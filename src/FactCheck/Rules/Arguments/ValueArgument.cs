using System.Text;
using FactCheck.Rules.Authoring;

namespace FactCheck.Rules.Arguments;

/// <summary>A figure's value as stated (<c>62 miles</c>); evidence in the unit of another figure.</summary>
internal sealed class ValueArgument(string name, Figure figure, Figure comparedIn) : FindingArgument(name)
{
    public override void AppendText(StringBuilder text) => figure.AppendValue(text);

    public override void AddEvidence(EvidenceBuilder evidence) => evidence.Add(Name, figure.RepresentativeIn(comparedIn));
}
