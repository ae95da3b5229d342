using System.Text;

namespace FactCheck.Rules.Arguments;

/// <summary>A percentage with the decimals it takes to differ from a stated one; evidence the number so rounded.</summary>
internal sealed class PercentArgument : FindingArgument
{
    private readonly double value;
    private readonly string text;

    internal PercentArgument(string name, double percent, ValueInterval stated)
        : base(name)
    {
        (value, text) = NumberText.RoundedApart(percent, stated);
    }

    public override void AppendText(StringBuilder text) => text.Append(this.text);

    public override void AddEvidence(EvidenceBuilder evidence) => evidence.Add(Name, value);
}
