using System.Text;

namespace FactCheck.Rules.Arguments;

/// <summary>A time as findings cite it: <c>on 2020-09-09</c>.</summary>
internal sealed class TimeArgument(string name, FuzzyTime time) : FindingArgument(name)
{
    public override void AppendText(StringBuilder text) => text.Append(TimePhrase.Of(time));
}
