namespace FactCheck;

/// <summary>A configured severity for a rule, as <c>dotnet_diagnostic.ID.severity</c> sets one for an analyzer.</summary>
public enum RuleSeverity
{
    /// <summary>The rule does not run.</summary>
    None = 0,

    /// <summary>Its findings are infos.</summary>
    Info,

    /// <summary>Its findings are warnings.</summary>
    Warning,

    /// <summary>Its findings are errors.</summary>
    Error,
}
