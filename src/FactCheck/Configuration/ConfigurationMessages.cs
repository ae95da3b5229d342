namespace FactCheck.Configuration;

/// <summary>
/// The messages both readers of the team configuration give, the <c>factcheck.json</c> reader and the
/// <see cref="Microsoft.Extensions.Configuration.IConfiguration"/> one, so that one mistake reads the same in either.
/// </summary>
internal static class ConfigurationMessages
{
    internal static string Severity(string ruleId, string got) => $"The severity of {ruleId} is {SeverityText.Expected}; got {got}.";

    internal static string Fraction(string got) => $"Expected a fraction from 0 to 1 (0.10 for 10 %); got {got}.";

    internal const string SimilarityAboveZero = "The threshold is a similarity above 0 and at most 1.";

    internal const string SuppressionRule = "The rule id of the accepted finding is required, e.g. \"FC007\".";

    internal const string SuppressionClaims = "The claims of the accepted finding are required: a non-empty list of claim ids.";

    internal const string SuppressionJustification = "A justification is required: say why the finding is accepted, for the next editor.";

    internal const string UnitNames = "Expected a list of non-empty unit names, e.g. \"troops\": [\"soldiers\", \"marines\"].";

    /// <summary>What is wrong with adding <paramref name="aliases"/> to unit <paramref name="name"/>, or null when nothing is.</summary>
    internal static string? UnitGroup(string name, IReadOnlyCollection<string> aliases) =>
        name.Length > 100 || aliases.Any(a => a.Length > 100) ? "A unit name is at most 100 characters."
        // Checked against the default table, which is what a configuration adds to.
        : UnitAliasTable.Default.ConflictOf(name, aliases);
}
