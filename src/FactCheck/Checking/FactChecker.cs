using System.Collections.Immutable;
using System.Globalization;
using FactCheck.Checking;
using FactCheck.Rules;

namespace FactCheck;

/// <summary>
/// The engine: indexes a claim set once, runs every enabled rule over the index, and returns the findings in a
/// stable order. Immutable and safe to use from many threads; the same input gives an equal report every run.
/// </summary>
/// <remarks>
/// A rule that throws does not stop the check: its findings are dropped and it becomes one <c>FC900</c> finding
/// naming the rule and the exception, while the other rules' findings stand. Cancellation is not a failure:
/// it ends the whole check with <see cref="OperationCanceledException"/> and nothing is reported.
/// </remarks>
public sealed class FactChecker : IFactChecker
{
    private readonly ImmutableArray<(IClaimRule Rule, Severity? Override)> rules;
    private readonly ImmutableDictionary<string, RuleSeverity> severities;
    private readonly int maxDegreeOfParallelism;
    private readonly Severity ruleFailedSeverity;
    private readonly ImmutableArray<Suppression> suppressions;
    private readonly Severity? unusedSuppressionSeverity;

    /// <summary>A checker with the default options and the built-in catalogue.</summary>
    public FactChecker()
        : this(new FactCheckOptions())
    {
    }

    /// <summary>A checker with <paramref name="options"/> and, besides the options' rules, <paramref name="additionalRules"/>.</summary>
    /// <param name="options">The options; a snapshot is taken now.</param>
    /// <param name="additionalRules">More rules, for example those registered in a DI container.</param>
    /// <exception cref="ArgumentException">Two rules share an id, or the options hold a blank rule id, an undefined severity or a null entry.</exception>
    public FactChecker(FactCheckOptions options, IEnumerable<IClaimRule>? additionalRules = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        CheckCollections(options);
        Settings = new CheckSettings(options);
        severities = options.Severities.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);
        maxDegreeOfParallelism = options.MaxDegreeOfParallelism;
        // A failed rule is always reported: turning FC900 "off" would hide that findings are missing.
        ruleFailedSeverity = ConfiguredSeverity(EngineDescriptors.RuleFailed.Id) is { } failed and not RuleSeverity.None
            ? ToSeverity(failed) : EngineDescriptors.RuleFailed.DefaultSeverity;
        var all = (options.IncludeBuiltInRules ? BuiltInRules.All : []).Concat(options.Rules).Concat(additionalRules ?? []).ToList();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var enabled = ImmutableArray.CreateBuilder<(IClaimRule, Severity?)>();
        foreach (var rule in all)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(additionalRules));
            var id = rule.Descriptor?.Id ?? throw new ArgumentException($"Rule {rule.GetType().Name} has no descriptor.", nameof(additionalRules));
            if (!seen.Add(id)) throw new ArgumentException($"Two rules have the id '{id}'; rule ids must be unique.", nameof(additionalRules));
            var configured = ConfiguredSeverity(id);
            if (configured == RuleSeverity.None) continue;
            enabled.Add((rule, configured is { } c ? ToSeverity(c) : (Severity?)null));
        }
        rules = enabled.ToImmutable();
        suppressions = [.. options.Suppressions];
        unusedSuppressionSeverity = ConfiguredSeverity(EngineDescriptors.UnusedSuppression.Id) switch
        {
            RuleSeverity.None => null,
            { } configured => ToSeverity(configured),
            null => EngineDescriptors.UnusedSuppression.DefaultSeverity,
        };
        Rules = rules.Select(r => r.Rule.Descriptor).ToImmutableArray();
    }

    /// <inheritdoc />
    public ImmutableArray<RuleDescriptor> Rules { get; }

    /// <summary>The settings in force.</summary>
    public CheckSettings Settings { get; }

    /// <inheritdoc />
    public CheckReport Check(ClaimSet claims, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        cancellationToken.ThrowIfCancellationRequested();
        var index = ClaimIndex.Build(claims, Settings, cancellationToken);
        var perRule = new List<Finding>[rules.Length];
        var degree = CheckParallelism.Worthwhile(claims.Claims.Count) ? maxDegreeOfParallelism : 1;
        if (degree == 1 || rules.Length < 2)
        {
            for (var i = 0; i < rules.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                perRule[i] = Run(i, index, degree, cancellationToken);
            }
        }
        else
        {
            // Rules only read the index, so they can run side by side; the report is sorted afterwards,
            // so the order they finish in never shows.
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = cancellationToken };
            Parallel.For(0, rules.Length, parallel, i => perRule[i] = Run(i, index, degree, cancellationToken));
        }
        return new CheckReport(claims.Claims.Count, Suppress(perRule.SelectMany(f => f)));
    }

    /// <summary>Drops accepted findings, and reports each suppression that accepted none.</summary>
    private IEnumerable<Finding> Suppress(IEnumerable<Finding> findings)
    {
        if (suppressions.IsEmpty) return findings;
        var used = new bool[suppressions.Length];
        var kept = new List<Finding>();
        foreach (var finding in findings)
        {
            var suppressed = false;
            for (var i = 0; i < suppressions.Length; i++)
            {
                if (!suppressions[i].Matches(finding)) continue;
                used[i] = true;
                suppressed = true;
            }
            if (!suppressed) kept.Add(finding);
        }
        for (var i = 0; i < suppressions.Length; i++)
        {
            if (used[i] || unusedSuppressionSeverity is not { } severity) continue;
            var s = suppressions[i];
            kept.Add(Finding.Create(EngineDescriptors.UnusedSuppressionMessage, s.Claims, null,
                FindingArgument.Text("rule", s.RuleId, isEvidence: true),
                FindingArgument.Text("claims", string.Join(", ", s.Claims)),
                FindingArgument.Text("justification", s.Justification)).WithSeverity(severity));
        }
        return kept;
    }

    private List<Finding> Run(int ruleIndex, ClaimIndex index, int degree, CancellationToken cancellationToken)
    {
        var (rule, severity) = rules[ruleIndex];
        var findings = new List<Finding>();
        try
        {
            rule.Analyze(new RuleContext(rule.Descriptor, index, Settings, findings, cancellationToken, degree));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any failure of a rule, whatever its type, must become a finding and not end the check.
        catch (Exception e)
#pragma warning restore CA1031
        {
            findings.Clear();
            findings.Add(RuleFailed(rule, e));
        }
        if (severity is { } s)
        {
            for (var i = 0; i < findings.Count; i++)
            {
                if (findings[i].RuleId == rule.Descriptor.Id) findings[i] = findings[i].WithSeverity(s);
            }
        }
        return findings;
    }

    private Finding RuleFailed(IClaimRule rule, Exception e)
    {
        return Finding.Create(EngineDescriptors.RuleFailedMessage, [], rule.Descriptor.Id,
            FindingArgument.Text("rule", rule.Descriptor.Id, isEvidence: true),
            FindingArgument.Text("ruleName", rule.Descriptor.Name),
            FindingArgument.Text("exceptionType", e.GetType().Name),
            FindingArgument.Text("reason", e.Message),
            FindingArgument.Text("exception", e.GetType().FullName ?? e.GetType().Name, isEvidence: true)).WithSeverity(ruleFailedSeverity);
    }

    /// <summary>
    /// The options' collections are open to direct writes that bypass <see cref="FactCheckOptions.SetSeverity"/> and
    /// the other helpers; checked here, where every path to a checker passes (including validation at start).
    /// </summary>
    private static void CheckCollections(FactCheckOptions options)
    {
        foreach (var (id, severity) in options.Severities)
        {
            Utility.Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(id) && id.Trim().Length == id.Length, nameof(options),
                $"Severities has the rule id '{id}'; a rule id is non-empty text without surrounding white space.");
            Utility.Preconditions.CheckArgument(Utility.Preconditions.IsDefined(severity), nameof(options), $"The severity of {id} is {(int)severity}, which is not a RuleSeverity.");
        }
        Utility.Preconditions.CheckArgument(!options.Suppressions.Contains(null!), nameof(options), "Suppressions has a null entry.");
        Utility.Preconditions.CheckArgument(!options.Rules.Contains(null!), nameof(options), "Rules has a null entry.");
    }

    private RuleSeverity? ConfiguredSeverity(string id) => severities.TryGetValue(id, out var s) ? s : null;

    private static Severity ToSeverity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => Severity.Error,
        RuleSeverity.Warning => Severity.Warning,
        _ => Severity.Info,
    };
}
