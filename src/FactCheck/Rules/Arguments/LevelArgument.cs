using System.Text;
using FactCheck.Checking;
using FactCheck.Rules.Authoring;

namespace FactCheck.Rules.Arguments;

/// <summary>A figure as stated with its source (<c>5,200 (s1)</c>); evidence its level, <see cref="Authoring.Level.Of"/>.</summary>
internal sealed class LevelArgument(string name, ObservationEntry entry) : FindingArgument(name)
{
    public override void AppendText(StringBuilder text) => text.Append(Authoring.Level.Cited(entry));

    public override void AddEvidence(EvidenceBuilder evidence) => evidence.Add(Name, Authoring.Level.Of(entry));
}
