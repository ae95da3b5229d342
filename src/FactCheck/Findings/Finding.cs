using System.Collections.Immutable;
using FactCheck.Rules;

namespace FactCheck;

/// <summary>
/// One thing an editor should act on: which rule found it, how much it matters, a one-line message with the
/// figures in it, the claims involved (most relevant first), the subject, and the numbers behind the message.
/// </summary>
/// <remarks>
/// A finding a rule reports through a <see cref="FindingDescriptor"/> keeps the descriptor and its arguments, and
/// writes its message only when it is read: a check with a million findings need not hold a million messages
/// before a report writes them. Equality is by what the finding says (its message), however it was made.
/// </remarks>
public sealed record Finding
{
    private readonly string? message;
    private readonly FindingArgument[]? arguments;

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
        this.message = Utility.Preconditions.CheckText(message);
        Claims = new ValueArray<string>(claimIds);
        Subject = Utility.Preconditions.OptionalText(subject);
        Evidence = evidence ?? Evidence.None;
    }

    /// <summary>A finding of <paramref name="descriptor"/>, its arguments checked, its evidence already drawn from them.</summary>
    internal Finding(FindingDescriptor descriptor, Severity severity, ImmutableArray<string> claimIds, string? subject, FindingArgument[] arguments, Evidence evidence)
    {
        RuleId = descriptor.RuleId;
        Severity = severity;
        Descriptor = descriptor;
        this.arguments = arguments;
        Claims = new ValueArray<string>(claimIds);
        Subject = Utility.Preconditions.OptionalText(subject);
        Evidence = evidence;
    }

    /// <summary>
    /// A finding of <paramref name="descriptor"/> at its default severity: the message and the evidence both come from
    /// <paramref name="arguments"/>, as <c>Diagnostic.Create</c> makes a diagnostic.
    /// </summary>
    /// <param name="descriptor">What kind of finding it is.</param>
    /// <param name="claimIds">The claims involved, most relevant first.</param>
    /// <param name="subject">The subject concerned, or null.</param>
    /// <param name="arguments">The values the message names, and those that are evidence only.</param>
    /// <exception cref="ArgumentException">An argument the message needs is missing, or a name is given twice.</exception>
    public static Finding Create(FindingDescriptor descriptor, IEnumerable<string> claimIds, string? subject, params ReadOnlySpan<FindingArgument> arguments)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(claimIds);
        return Create(descriptor, descriptor.DefaultSeverity, [.. claimIds], subject, arguments);
    }

    internal static Finding Create(FindingDescriptor descriptor, Severity severity, ImmutableArray<string> claimIds, string? subject, ReadOnlySpan<FindingArgument> arguments)
    {
        descriptor.CheckArguments(arguments);
        return new Finding(descriptor, severity, claimIds, subject, arguments.ToArray(), EvidenceBuilder.Of(arguments));
    }

    /// <summary>The id of the rule that found it.</summary>
    public string RuleId { get; }

    /// <summary>How much it matters.</summary>
    public Severity Severity { get; private init; }

    /// <summary>The message for an editor.</summary>
    public string Message => message ?? Descriptor!.FormatChecked(arguments);

    /// <summary>Appends <see cref="Message"/> to <paramref name="text"/>, formatting it there from the arguments instead of into a string of its own.</summary>
    internal void AppendMessage(System.Text.StringBuilder text)
    {
        if (message is not null) text.Append(message);
        else Descriptor!.AppendChecked(text, arguments);
    }

    /// <summary>The descriptor it was reported through, or null for a finding made from a message text.</summary>
    public FindingDescriptor? Descriptor { get; }

    /// <summary>The arguments its message and evidence come from; empty for a finding made from a message text.</summary>
    public IReadOnlyList<FindingArgument> Arguments => arguments ?? [];

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
    public Finding WithSeverity(Severity severity) => severity == Severity ? this : this with { Severity = Utility.Preconditions.CheckDefined(severity) };

    /// <inheritdoc />
    public bool Equals(Finding? other) =>
        other is not null && RuleId == other.RuleId && Severity == other.Severity && Claims.Equals(other.Claims) && Subject == other.Subject &&
        Evidence.Equals(other.Evidence) && Fixes.Equals(other.Fixes) && Message == other.Message;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RuleId, Severity, Claims, Subject, Evidence, Fixes, Message);

    /// <summary><c>FC002 warning: US troops in Afghanistan: 8,600 on 2020-09-09 (s1) is outside …</c>.</summary>
    public override string ToString() => $"{RuleId} {SeverityText.Of(Severity)}: {Message}";
}
