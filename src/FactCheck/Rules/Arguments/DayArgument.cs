using System.Text;
using NodaTime;

namespace FactCheck.Rules.Arguments;

/// <summary>A day: <c>2020-09-09</c>; evidence as that text when asked.</summary>
internal sealed class DayArgument(string name, LocalDate day, bool isEvidence) : FindingArgument(name)
{
    public override void AppendText(StringBuilder text) => text.Append(Dates.Format(day));

    public override void AddEvidence(EvidenceBuilder evidence)
    {
        if (isEvidence) evidence.Add(Name, Dates.Format(day));
    }
}
