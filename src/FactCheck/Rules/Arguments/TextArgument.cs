using System.Text;

namespace FactCheck.Rules.Arguments;

/// <summary>A text as it is; evidence only when asked.</summary>
internal sealed class TextArgument(string name, string text, bool isEvidence) : FindingArgument(name)
{
    private readonly string text = text ?? throw new ArgumentNullException(nameof(text));

    public override void AppendText(StringBuilder text) => text.Append(this.text);

    public override void AddEvidence(EvidenceBuilder evidence)
    {
        if (isEvidence) evidence.Add(Name, text);
    }

    public override string ToString() => text;
}
