using System.Text;
using FactCheck.Rules.Authoring;

namespace FactCheck.Rules.Arguments;

/// <summary>Who states something: <c>(s1)</c>, <c>(stated by 2 sources: s1; police, s2)</c>.</summary>
internal sealed class StatedByArgument(string name, IEnumerable<Provenance> provenances) : FindingArgument(name)
{
    private readonly Provenance[] provenances = [.. provenances ?? throw new ArgumentNullException(nameof(provenances))];

    public override void AppendText(StringBuilder text) => text.Append(Phrases.StatedBy(provenances));
}
