using FactCheck.Checking;
using FactCheck.Rules;
using FactCheck.Tests.Seed;

namespace FactCheck.Tests.Rules;

/// <summary>A rule's independent items analysed on several threads, with findings as one thread gives them.</summary>
public class RuleContextInParallelTests
{
    private static readonly RuleDescriptor Rule = new("NEWS300", "PerItem", Severity.Info, "One finding per item.", "For tests.");

    private static RuleContext Context(List<Finding> findings, int threads, CancellationToken cancellation = default) =>
        new(Rule, ClaimIndex.Build(SeedClaims.Build(), CheckSettings.Default, CancellationToken.None), CheckSettings.Default, findings, cancellation, threads);

    private static void ReportEach(RuleContext context, ReadOnlyMemory<int> items)
    {
        foreach (var item in items.Span) context.Report("item " + item.ToString(System.Globalization.CultureInfo.InvariantCulture), ["afg-now"]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Findings_come_in_the_order_of_the_items_however_many_threads_analyse_them(int threads)
    {
        var findings = new List<Finding>();
        var items = Enumerable.Range(0, 1_000).ToArray();
        Context(findings, threads).InParallel(items, ReportEach);
        findings.Select(f => f.Message).Should().Equal(items.Select(i => "item " + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Every_item_is_analysed_once_even_when_there_are_fewer_items_than_threads()
    {
        var findings = new List<Finding>();
        Context(findings, 8).InParallel([7], ReportEach);
        Context(findings, 8).InParallel(Array.Empty<int>(), ReportEach);
        findings.Select(f => f.Message).Should().Equal("item 7");
    }

    [Fact]
    public void A_failure_on_one_thread_fails_the_rule_with_that_failure_itself()
    {
        var act = () => Context([], 4).InParallel(Enumerable.Range(0, 100).ToArray(), (context, items) =>
        {
            if (items.Span.Contains(50)) throw new InvalidOperationException("series 50 is broken");
            ReportEach(context, items);
        });
        act.Should().Throw<InvalidOperationException>().WithMessage("series 50 is broken");
    }

    [Theory]
    [InlineData(4)]
    [InlineData(1)]
    public void A_cancelled_check_stops_the_analysis_on_many_threads_and_on_one(int threads)
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var act = () => Context([], threads, cancellation.Token).InParallel(Enumerable.Range(0, 100).ToArray(), ReportEach);
        act.Should().Throw<OperationCanceledException>();
    }
}
