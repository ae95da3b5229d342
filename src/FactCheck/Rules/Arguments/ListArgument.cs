using System.Text;
using FactCheck.Rules.Authoring;

namespace FactCheck.Rules.Arguments;

/// <summary>Items as a sentence lists them: <c>a, b and c</c>.</summary>
internal sealed class ListArgument(string name, IEnumerable<string> items) : FindingArgument(name)
{
    private readonly string[] items = [.. items ?? throw new ArgumentNullException(nameof(items))];

    public override void AppendText(StringBuilder text) => text.Append(Phrases.List(items));
}
