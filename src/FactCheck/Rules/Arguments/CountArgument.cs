using System.Globalization;
using System.Text;

namespace FactCheck.Rules.Arguments;

/// <summary>A count, in digits as counted (<c>1200</c>); evidence the count.</summary>
internal sealed class CountArgument(string name, int count) : FindingArgument(name)
{
    public override void AppendText(StringBuilder text) => text.Append(CultureInfo.InvariantCulture, $"{count}");

    public override void AddEvidence(EvidenceBuilder evidence) => evidence.Add(Name, count);
}
