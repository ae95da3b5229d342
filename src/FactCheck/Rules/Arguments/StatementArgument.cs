using System.Text;
using FactCheck.Rules.Authoring;

namespace FactCheck.Rules.Arguments;

/// <summary>A statement as findings cite it: <c>8,600 on 2020-09-09 (stated by 2 sources: s1; s2)</c>.</summary>
internal sealed class StatementArgument(string name, Statement statement) : FindingArgument(name)
{
    private readonly Statement statement = statement ?? throw new ArgumentNullException(nameof(statement));

    public override void AppendText(StringBuilder text) => Phrases.AppendStatement(text, statement);
}
