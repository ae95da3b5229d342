using System.Globalization;
using System.Text;
using FactCheck.Checking;
using FactCheck.Rules.Authoring;

namespace FactCheck.Rules.Arguments;

/// <summary>An observation as findings cite it: <c>8,600 on 2020-09-09 (s1)</c>; evidence a number when given.</summary>
internal sealed class FigureArgument(string name, ObservationEntry observation, double? number) : FindingArgument(name)
{
    public override void AppendText(StringBuilder text) => text.Append(CultureInfo.InvariantCulture, $"{Phrases.FigureOf(observation)}");

    public override void AddEvidence(EvidenceBuilder evidence)
    {
        if (number is { } n) evidence.Add(Name, n);
    }
}
