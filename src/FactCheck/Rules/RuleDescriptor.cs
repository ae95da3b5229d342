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

    /// <summary><c>FC002 TargetGap (warning)</c>.</summary>
    public override string ToString() => $"{Id} {Name} ({SeverityText.Of(DefaultSeverity)})";

    private static bool IsValidId(string id)
    {
        var letters = 0;
        while (letters < id.Length && char.IsAsciiLetterUpper(id[letters])) letters++;
        return letters > 0 && letters < id.Length && id[letters..].All(char.IsAsciiDigit);
    }
}
