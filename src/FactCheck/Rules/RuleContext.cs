using FactCheck.Checking;

namespace FactCheck.Rules;

/// <summary>
/// What a rule sees during one check: the claims indexed once for all rules, the settings in force,
/// the cancellation token, and <see cref="Report(Finding)"/>.
/// </summary>
public sealed class RuleContext
{
    private readonly List<Finding> findings;
    private readonly int maxDegreeOfParallelism;

    internal RuleContext(RuleDescriptor descriptor, ClaimIndex index, CheckSettings settings, List<Finding> findings, CancellationToken cancellationToken, int maxDegreeOfParallelism = 1)
    {
        Descriptor = descriptor;
        Index = index;
        Settings = settings;
        this.findings = findings;
        CancellationToken = cancellationToken;
        this.maxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    /// <summary>
    /// Analyses <paramref name="items"/> (a rule's series, say) on as many threads as the check may use, for a rule whose
    /// work on one item does not depend on another's: each runs of <paramref name="analyze"/> gets a context of its own,
    /// and their findings join this context's in the order of the items, so the report is the same as one thread's.
    /// </summary>
    /// <remarks>
    /// The items are cut into runs of neighbours, several per thread, so that a thread that finishes early takes the
    /// next run. <paramref name="analyze"/> must not share state between calls beyond what it only reads (the index and
    /// the settings are safe to read from many threads); whatever it needs per thread it makes inside. A failure in any
    /// call fails the rule, with that failure as it was thrown.
    /// </remarks>
    /// <typeparam name="T">What is analysed.</typeparam>
    /// <param name="items">What to analyse, in report order.</param>
    /// <param name="analyze">The analysis of one run of items, reporting to the context it is given.</param>
    /// <exception cref="OperationCanceledException">The check was cancelled.</exception>
    public void InParallel<T>(IReadOnlyList<T> items, Action<RuleContext, ReadOnlyMemory<T>> analyze)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(analyze);
        var all = items as T[] ?? [.. items];
        var threads = Math.Min(maxDegreeOfParallelism, Environment.ProcessorCount);
        if (threads <= 1 || all.Length < 2)
        {
            // Cancelled as on many threads, where the loop checks before each run: a one-core machine did not stop.
            CancellationToken.ThrowIfCancellationRequested();
            analyze(this, all);
            return;
        }
        // Several runs per thread: series differ widely in size, and a thread left idle is time lost.
        var runs = Math.Min(all.Length, threads * RunsPerThread);
        var found = new List<Finding>[runs];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = CancellationToken };
        try
        {
            Parallel.For(0, runs, options, run =>
            {
                var (from, to) = ((int)((long)all.Length * run / runs), (int)((long)all.Length * (run + 1) / runs));
                var branch = new RuleContext(Descriptor, Index, Settings, found[run] = [], CancellationToken);
                analyze(branch, all.AsMemory(from, to - from));
            });
        }
        catch (AggregateException e)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        foreach (var run in found) findings.AddRange(run);
    }

    private const int RunsPerThread = 8;

    /// <summary>The rule being run.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The claims, grouped and sorted for the rules.</summary>
    public ClaimIndex Index { get; }

    /// <summary>The tolerances, thresholds and unit aliases in force.</summary>
    public CheckSettings Settings { get; }

    /// <summary>Cancels the check; long loops should call <see cref="CancellationToken.ThrowIfCancellationRequested"/>.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Reports a finding.</summary>
    /// <exception cref="ArgumentException">The finding's rule id is not this rule's.</exception>
    public void Report(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (!string.Equals(finding.RuleId, Descriptor.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Rule {Descriptor.Id} reported a finding of rule '{finding.RuleId}'.", nameof(finding));
        }
        if (finding.Descriptor is { } descriptor) CheckDeclared(descriptor);
        findings.Add(finding);
    }

    /// <summary>
    /// Reports a finding of one of the rule's <see cref="RuleDescriptor.Messages"/>: its message and its evidence both
    /// come from <paramref name="arguments"/>, and its severity is the descriptor's.
    /// </summary>
    /// <param name="descriptor">What kind of finding it is; one of this rule's messages.</param>
    /// <param name="claimIds">The claims involved, most relevant first; copied once.</param>
    /// <param name="subject">The subject, or null.</param>
    /// <param name="arguments">The values the message names, and those that are evidence only.</param>
    /// <exception cref="ArgumentException">The descriptor is not one of this rule's messages, or an argument is missing or given twice.</exception>
    public void Report(FindingDescriptor descriptor, ReadOnlySpan<string> claimIds, string? subject, params ReadOnlySpan<FindingArgument> arguments)
    {
        CheckDeclared(descriptor);
        findings.Add(Finding.Create(descriptor, descriptor.DefaultSeverity, [.. claimIds], subject, arguments));
    }

    /// <summary>
    /// Reports a finding of one of the rule's <see cref="RuleDescriptor.Messages"/>: its message and its evidence both
    /// come from <paramref name="arguments"/>, and its severity is the descriptor's.
    /// </summary>
    /// <param name="descriptor">What kind of finding it is; one of this rule's messages.</param>
    /// <param name="claimIds">The claims involved, most relevant first.</param>
    /// <param name="subject">The subject, or null.</param>
    /// <param name="arguments">The values the message names, and those that are evidence only.</param>
    /// <exception cref="ArgumentException">The descriptor is not one of this rule's messages, or an argument is missing or given twice.</exception>
    public void Report(FindingDescriptor descriptor, IEnumerable<string> claimIds, string? subject, params ReadOnlySpan<FindingArgument> arguments)
    {
        ArgumentNullException.ThrowIfNull(claimIds);
        CheckDeclared(descriptor);
        findings.Add(Finding.Create(descriptor, descriptor.DefaultSeverity, [.. claimIds], subject, arguments));
    }

    private void CheckDeclared(FindingDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (!Descriptor.Declares(descriptor))
        {
            throw new ArgumentException($"Rule {Descriptor.Id} reported {descriptor}, which is not one of its messages (RuleDescriptor.Messages).", nameof(descriptor));
        }
    }

    /// <summary>Reports a finding of this rule.</summary>
    /// <param name="message">The message for an editor.</param>
    /// <param name="claimIds">The claims involved, most relevant first.</param>
    /// <param name="subject">The subject, or null.</param>
    /// <param name="evidence">The numbers behind the message, or null.</param>
    /// <param name="severity">The severity; null means the rule's default.</param>
    public void Report(string message, IEnumerable<string> claimIds, string? subject = null, Evidence? evidence = null, Severity? severity = null) =>
        findings.Add(new Finding(Descriptor.Id, severity ?? Descriptor.DefaultSeverity, message, claimIds, subject, evidence));

    /// <summary>Reports a finding of this rule; the claim ids are copied once, so <c>[a.Id, b.Id]</c> costs no more than it must.</summary>
    /// <param name="message">The message for an editor.</param>
    /// <param name="claimIds">The claims involved, most relevant first.</param>
    /// <param name="subject">The subject, or null.</param>
    /// <param name="evidence">The numbers behind the message, or null.</param>
    /// <param name="severity">The severity; null means the rule's default.</param>
    public void Report(string message, ReadOnlySpan<string> claimIds, string? subject = null, Evidence? evidence = null, Severity? severity = null) =>
        findings.Add(new Finding(Descriptor.Id, severity ?? Descriptor.DefaultSeverity, message, [.. claimIds], subject, evidence));
}
