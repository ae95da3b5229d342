namespace FactCheck;

/// <summary>
/// The one vocabulary of severities, shared by code, the command line and the configuration. Reports write
/// <c>error</c>, <c>warning</c> and <c>info</c>; a rule's configured severity reads <c>none</c>, <c>info</c>,
/// <c>warning</c> or <c>error</c>, with the <c>.editorconfig</c> words <c>silent</c>, <c>suggestion</c> and
/// <c>warn</c> as synonyms, in any case.
/// </summary>
public static class SeverityText
{
    /// <summary>The words a configured severity is read from, as messages list them.</summary>
    internal const string Expected = "none, info, warning or error";

    /// <summary>The lower-case name of <paramref name="severity"/>: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The lower-case name of <paramref name="severity"/>: <c>none</c>, <c>info</c>, <c>warning</c> or <c>error</c>.</summary>
    public static string Of(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Info => "info",
        _ => "none",
    };

    /// <summary>
    /// Reads a configured severity: <c>none</c> (or <c>silent</c>), <c>info</c> (or <c>suggestion</c>),
    /// <c>warning</c> (or <c>warn</c>) or <c>error</c>, ignoring case and surrounding white space.
    /// </summary>
    /// <param name="text">The word; null reads as nothing.</param>
    /// <param name="severity">The severity read, or <see cref="RuleSeverity.None"/> when this returns false.</param>
    /// <returns>Whether <paramref name="text"/> is one of the words.</returns>
    public static bool TryParse(string? text, out RuleSeverity severity)
    {
        var word = text.AsSpan().Trim();
        RuleSeverity? read =
            Is(word, "none") || Is(word, "silent") ? RuleSeverity.None
            : Is(word, "info") || Is(word, "suggestion") ? RuleSeverity.Info
            : Is(word, "warning") || Is(word, "warn") ? RuleSeverity.Warning
            : Is(word, "error") ? RuleSeverity.Error
            : null;
        severity = read ?? RuleSeverity.None;
        return read is not null;
    }

    private static bool Is(ReadOnlySpan<char> word, string name) => word.Equals(name, StringComparison.OrdinalIgnoreCase);
}
