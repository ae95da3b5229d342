using System.Globalization;
using System.Text;
using FactCheck.Checking;
using FactCheck.Rules.Authoring;

namespace FactCheck.Rules.Arguments;

/// <summary>A target as findings cite it, or one restated by several sources with all of them.</summary>
internal sealed class TargetArgument : FindingArgument
{
    private readonly TargetEntry first;
    private readonly Statement? restated;

    internal TargetArgument(string name, IReadOnlyList<TargetEntry> restated)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(restated);
        Utility.Preconditions.CheckArgument(restated.Count > 0, nameof(restated), "A target argument needs a target.");
        first = restated[0];
        this.restated = restated.Count == 1 ? null : new Statement([.. restated.Select(Authoring.Figure.Of)]);
    }

    public override void AppendText(StringBuilder text)
    {
        if (restated is null) text.Append(CultureInfo.InvariantCulture, $"{Phrases.TargetOf(first)}");
        else text.Append(Phrases.Statement(restated));
    }
}
