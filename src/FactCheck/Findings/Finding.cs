using System.Collections.Immutable;

namespace FactCheck;

/// <summary>
/// One thing an editor should act on: which rule found it, how much it matters, a one-line message with the
/// figures in it, the claims involved (most relevant first), the subject, and the numbers behind the message.
/// </summary>
public sealed record Finding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="ruleId">The id of the rule that found it (<c>FC002</c>).</param>
    /// <param name="severity">How much it matters.</param>
    /// <param name="message">A one-line message for an editor.</param>
    /// <param name="claimIds">The claims involved, most relevant first.</param>
    /// <param name="subject">The subject concerned, or null.</param>
    /// <param name="evidence">The numbers behind the message, or null for none.</param>
    /// <exception cref="ArgumentException">The rule id or message is blank.</exception>
    public Finding(string ruleId, Severity severity, string message, IEnumerable<string> claimIds, string? subject = null, Evidence? evidence = null)
        : this(ruleId, severity, message, (claimIds ?? throw new ArgumentNullException(nameof(claimIds))).ToImmutableArray(), subject, evidence)
    {
    }

    /// <summary>A finding that takes <paramref name="claimIds"/> as they are, without a copy: rules report many.</summary>
    internal Finding(string ruleId, Severity severity, string message, ImmutableArray<string> claimIds, string? subject, Evidence? evidence)
    {
        RuleId = Utility.Preconditions.CheckIdentifier(ruleId);
        Severity = Utility.Preconditions.CheckDefined(severity);
        Message = Utility.Preconditions.CheckText(message);
        Claims = new ValueArray<string>(claimIds);
        Subject = Utility.Preconditions.OptionalText(subject);
        Evidence = evidence ?? Evidence.None;
    }

    /// <summary>The id of the rule that found it.</summary>
    public string RuleId { get; }

    /// <summary>How much it matters.</summary>
    public Severity Severity { get; }

    /// <summary>The message for an editor.</summary>
    public string Message { get; }

    /// <summary>The ids of the claims involved, most relevant first.</summary>
    public ValueArray<string> Claims { get; }

    /// <summary>The subject concerned, or null.</summary>
    public string? Subject { get; }

    /// <summary>The numbers behind the message.</summary>
    public Evidence Evidence { get; }

    /// <summary>
    /// The machine-applicable fixes, applied together (each replaces one field's text in a claim); empty when the
    /// finding needs an editor's judgement.
    /// </summary>
    public ValueArray<FindingFix> Fixes { get; init; }

    /// <summary>The same finding at another severity (a configured override).</summary>
    public Finding WithSeverity(Severity severity) => severity == Severity ? this : new Finding(RuleId, severity, Message, Claims.AsImmutableArray(), Subject, Evidence) { Fixes = Fixes };

    /// <summary><c>FC002 warning: US troops in Afghanistan: 8,600 on 2020-09-09 (s1) is outside …</c>.</summary>
    public override string ToString() => $"{RuleId} {SeverityText.Of(Severity)}: {Message}";
}
