using FactCheck.Utility;
using NodaTime;

namespace FactCheck;

/// <summary>Builds a <see cref="Target"/>: <c>.Target("afg-trump", "us-troops/afghanistan", "between 4,000 and 5,000").By("2020-11-03").SaidBy("Donald Trump")</c>.</summary>
public sealed class TargetBuilder : ClaimBuilder<TargetBuilder>
{
    private readonly string subject;
    private readonly Quantity value;
    private Unit unit;
    private string? metric;
    private TimeInput deadline;
    private TimeInput stated;

    internal TargetBuilder(string id, string subject, Quantity value) : base(id)
    {
        this.subject = Preconditions.CheckIdentifier(subject);
        this.value = value;
    }

    /// <summary>The unit counted in.</summary>
    public TargetBuilder Unit(string name)
    {
        unit = FactCheck.Unit.Of(name);
        return this;
    }

    /// <summary>The metric, when it is not <c>count</c>.</summary>
    public TargetBuilder Metric(string name)
    {
        metric = Preconditions.CheckIdentifier(name);
        return this;
    }

    /// <summary>When the target is due: <c>2020-11-03</c>, <c>2021-12</c>, <c>by the end of the month</c>. Without it the target is open-ended.</summary>
    /// <exception cref="ArgumentException">The text is not a time.</exception>
    public TargetBuilder By(string deadlineText)
    {
        deadline = TimeInput.From(deadlineText, nameof(deadlineText));
        return this;
    }

    /// <summary>The day the target is due.</summary>
    public TargetBuilder By(LocalDate day)
    {
        deadline = new TimeInput(FuzzyTime.Day(day), null);
        return this;
    }

    /// <summary>When the target was set; without it, the source's publication date.</summary>
    /// <exception cref="ArgumentException">The text is not a time.</exception>
    public TargetBuilder Stated(string when)
    {
        stated = TimeInput.From(when, nameof(when));
        return this;
    }

    private protected override Claim? Build(ClaimBuildContext context)
    {
        var due = deadline.IsGiven ? context.Resolve(deadline, SourceId, "deadline", required: false) : null;
        var setAt = context.Resolve(stated, SourceId, "stated", required: true);
        if ((deadline.IsGiven && due is null) || setAt is null) return null;
        if (due is { IsOpenAtEnd: true })
        {
            context.Report("deadline", $"A deadline needs a last day; got '{due}'.");
            return null;
        }
        return new Target(Id, subject, value, due, setAt.Value, unit, metric, Provenance);
    }
}
