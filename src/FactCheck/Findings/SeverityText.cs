namespace FactCheck;

/// <summary>Severities as reports write them: <c>error</c>, <c>warning</c>, <c>info</c>.</summary>
public static class SeverityText
{
    /// <summary>The lower-case name of <paramref name="severity"/>.</summary>
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>Reads <c>error</c>, <c>warning</c> or <c>info</c>, ignoring case.</summary>
    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "ERROR": severity = Severity.Error; return true;
            case "WARNING" or "WARN": severity = Severity.Warning; return true;
            case "INFO" or "SUGGESTION": severity = Severity.Info; return true;
            default: severity = default; return false;
        }
    }
}
