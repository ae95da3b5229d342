namespace FactCheck;

/// <summary>
/// A configured severity for a rule, as <c>dotnet_diagnostic.ID.severity</c> sets one for an analyzer. Written and
/// read as text by <see cref="SeverityText"/>: <c>none</c>/<c>silent</c>, <c>info</c>/<c>suggestion</c>,
/// <c>warning</c>/<c>warn</c>, <c>error</c>.
/// </summary>
public enum RuleSeverity
{
    /// <summary>The rule does not run (<c>none</c> or <c>silent</c>).</summary>
    None = 0,

    /// <summary>Its findings are infos (<c>info</c> or <c>suggestion</c>).</summary>
    Info,

    /// <summary>Its findings are warnings (<c>warning</c> or <c>warn</c>).</summary>
    Warning,

    /// <summary>Its findings are errors (<c>error</c>).</summary>
    Error,
}
