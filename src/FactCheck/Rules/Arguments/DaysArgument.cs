using System.Text;
using FactCheck.Rules.Authoring;

namespace FactCheck.Rules.Arguments;

/// <summary>A number of days: <c>55 days</c>.</summary>
internal sealed class DaysArgument(string name, int days) : FindingArgument(name)
{
    public override void AppendText(StringBuilder text) => text.Append(Phrases.Days(days));

    public override void AddEvidence(EvidenceBuilder evidence) => evidence.Add(Name, days);
}
