using System.Text;
using FactCheck.Rules.Authoring;

namespace FactCheck.Rules.Arguments;

/// <summary>How two figures differ; evidence <c>difference</c>, the <c>gap</c> when asked, and <c>factor</c>.</summary>
internal sealed class DifferenceArgument(string name, FigureDifference difference, bool withGap) : FindingArgument(name)
{
    public override void AppendText(StringBuilder text) => difference.AppendPhrase(text);

    public override void AddEvidence(EvidenceBuilder evidence) => difference.AddEvidence(evidence, withGap);
}
