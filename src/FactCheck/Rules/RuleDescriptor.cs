using System.Collections.Immutable;

namespace FactCheck.Rules;

/// <summary>
/// What a rule is, as the catalogue lists it: id, name, default severity, a one-line summary, and a help text
/// that explains the rule with an example. Like a Roslyn <c>DiagnosticDescriptor</c>, one static instance per rule.
/// </summary>
public sealed record RuleDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">The rule id: letters then digits (<c>FC002</c>, <c>NEWS101</c>).</param>
    /// <param name="name">The rule's name in PascalCase (<c>TargetGap</c>).</param>
    /// <param name="defaultSeverity">The severity of its findings unless configured otherwise.</param>
    /// <param name="summary">One line: when the rule fires.</param>
    /// <param name="helpText">The explanation, with an example claim set and the finding it gives.</param>
    /// <exception cref="ArgumentException">The id is not letters followed by digits, or a text is blank.</exception>
    public RuleDescriptor(string id, string name, Severity defaultSeverity, string summary, string helpText)
    {
        Utility.Preconditions.CheckIdentifier(id);
        Utility.Preconditions.CheckArgument(IsValidId(id), nameof(id), $"A rule id is letters followed by digits (FC002); got '{id}'.");
        Id = id;
        Name = Utility.Preconditions.CheckIdentifier(name);
        DefaultSeverity = Utility.Preconditions.CheckDefined(defaultSeverity);
        Summary = Utility.Preconditions.CheckText(summary);
        HelpText = Utility.Preconditions.CheckText(helpText);
    }

    /// <summary>The rule id.</summary>
    public string Id { get; }

    /// <summary>The rule's name.</summary>
    public string Name { get; }

    /// <summary>The severity of its findings unless configured otherwise.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>One line: when the rule fires.</summary>
    public string Summary { get; }

    /// <summary>The explanation, with an example.</summary>
    public string HelpText { get; }

    /// <summary>
    /// The kinds of finding the rule reports, one per way its message reads (FC001: same time, overlapping times,
    /// disputed…); a rule reports only through these. Empty for a rule that reports message texts.
    /// </summary>
    /// <exception cref="ArgumentException">A descriptor is of another rule, or two share a message id.</exception>
    public ImmutableArray<FindingDescriptor> Messages
    {
        get;
        init
        {
            Utility.Preconditions.CheckArgument(!value.IsDefault, nameof(Messages), "The messages are an array, empty for none.");
            for (var i = 0; i < value.Length; i++)
            {
                ArgumentNullException.ThrowIfNull(value[i], nameof(Messages));
                Utility.Preconditions.CheckArgument(value[i].RuleId == Id, nameof(Messages), $"The message {value[i]} is not of rule {Id}.");
                for (var j = 0; j < i; j++)
                {
                    Utility.Preconditions.CheckArgument(value[j].MessageId != value[i].MessageId, nameof(Messages), $"Rule {Id} has two messages '{value[i].MessageId}'.");
                }
            }
            field = value;
        }
    } = [];

    /// <summary>Whether <paramref name="message"/> is one of <see cref="Messages"/>.</summary>
    internal bool Declares(FindingDescriptor message)
    {
        foreach (var declared in Messages)
        {
            if (ReferenceEquals(declared, message)) return true;
        }
        return false;
    }

    /// <summary><c>FC002 TargetGap (warning)</c>.</summary>
    public override string ToString() => $"{Id} {Name} ({SeverityText.Of(DefaultSeverity)})";

    private static bool IsValidId(string id)
    {
        var letters = 0;
        while (letters < id.Length && char.IsAsciiLetterUpper(id[letters])) letters++;
        return letters > 0 && letters < id.Length && id[letters..].All(char.IsAsciiDigit);
    }
}
