using FactCheck.Rules;

namespace FactCheck.Tests.Rules.Authoring;

/// <summary>Descriptors own message formats; a finding's message and evidence both come from its arguments.</summary>
public class FindingDescriptorTests
{
    private static readonly FindingDescriptor Gap = new("NEWS101", "gap", Severity.Warning, "A gap.", "{subject}: {days} left, {{braces}} kept; {subject} again.");

    [Fact]
    public void Placeholders_are_listed_once_in_order_of_first_use_and_braces_escape()
    {
        Gap.Placeholders.Should().Equal("subject", "days");
        Gap.PositionalFormat.Should().Be("{0}: {1} left, {{braces}} kept; {0} again.");
        Gap.Format(FindingArgument.Text("subject", "x"), FindingArgument.Days("days", 1)).Should().Be("x: 1 day left, {braces} kept; x again.");
    }

    [Theory]
    [InlineData("{subject")]
    [InlineData("subject}")]
    [InlineData("{}")]
    [InlineData("{two words}")]
    public void A_format_with_a_broken_placeholder_is_refused(string format)
    {
        var create = () => new FindingDescriptor("NEWS101", "gap", Severity.Warning, "A gap.", format);

        create.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_broken_placeholder_is_refused_when_the_descriptor_is_made_with_the_placeholder_named()
    {
        var create = () => new FindingDescriptor("NEWS101", "gap", Severity.Warning, "A gap.", "{subject}: {two words} left");

        create.Should().Throw<ArgumentException>().WithMessage("*got '{two words}'*");
    }

    [Fact]
    public void A_descriptor_first_used_on_many_threads_at_once_reads_its_format_the_same_on_each()
    {
        // The format is read into its parts when first needed, not when the descriptor is made.
        var descriptor = new FindingDescriptor("NEWS101", "gap", Severity.Warning, "A gap.", "{subject}: {days} left, {{braces}} kept; {subject} again.");
        var seen = new System.Collections.Concurrent.ConcurrentBag<string>();

        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ => seen.Add(
            string.Join("|", descriptor.Placeholders) + "/" + descriptor.PositionalFormat + "/" + descriptor.Format(FindingArgument.Text("subject", "x"), FindingArgument.Days("days", 1))));

        seen.Distinct().Should().Equal("subject|days/{0}: {1} left, {{braces}} kept; {0} again./x: 1 day left, {braces} kept; x again.");
    }

    [Fact]
    public void A_missing_or_repeated_argument_is_refused_when_the_finding_is_made()
    {
        var missing = () => Finding.Create(Gap, ["a"], null, FindingArgument.Text("subject", "x"));
        var repeated = () => Finding.Create(Gap, ["a"], null, FindingArgument.Text("subject", "x"), FindingArgument.Days("days", 1), FindingArgument.Days("days", 2));

        missing.Should().Throw<ArgumentException>().WithMessage("*needs the argument 'days'*");
        repeated.Should().Throw<ArgumentException>().WithMessage("*'days' is given twice*");
    }

    [Fact]
    public void The_message_and_the_evidence_come_from_the_same_arguments_and_evidence_only_ones_stay_out_of_the_text()
    {
        var finding = Finding.Create(Gap, ["a"], "s", FindingArgument.Text("subject", "x"), FindingArgument.Days("days", 55), FindingArgument.Number("excess", 2.5));

        finding.Message.Should().Be("x: 55 days left, {braces} kept; x again.");
        finding.Evidence.Should().Equal(new EvidenceItem("days", 55), new EvidenceItem("excess", 2.5));
        finding.Severity.Should().Be(Severity.Warning);
        finding.Descriptor.Should().BeSameAs(Gap);
    }

    [Fact]
    public void A_finding_made_from_a_descriptor_equals_one_made_from_its_text()
    {
        var made = Finding.Create(Gap, ["a"], "s", FindingArgument.Text("subject", "x"), FindingArgument.Days("days", 55));
        var written = new Finding("NEWS101", Severity.Warning, "x: 55 days left, {braces} kept; x again.", ["a"], "s", Evidence.Of(("days", 55)));

        made.Should().Be(written);
        made.GetHashCode().Should().Be(written.GetHashCode());
        made.WithSeverity(Severity.Error).Message.Should().Be(written.Message);
    }

    [Fact]
    public void A_rule_may_report_only_the_messages_it_declares()
    {
        var options = new FactCheckOptions { MaxDegreeOfParallelism = 1 };
        options.AddRule(new UndeclaredRule());

        var report = new FactChecker(options).Check(Seed.SeedClaims.Build());

        report.Findings.Should().ContainSingle(f => f.RuleId == "FC900").Which.Message.Should().Contain("not one of its messages");
    }

    [Fact]
    public void Every_built_in_rule_declares_its_messages_each_of_its_own_id_and_with_a_unique_id()
    {
        foreach (var rule in BuiltInRules.Descriptors)
        {
            rule.Messages.Should().NotBeEmpty(rule.Id);
            rule.Messages.Should().OnlyContain(m => m.RuleId == rule.Id);
            rule.Messages.Select(m => m.MessageId).Should().OnlyHaveUniqueItems();
        }
    }

    [Fact]
    public void Findings_of_the_seed_sample_carry_their_descriptor_and_arguments()
    {
        var report = new FactChecker().Check(Seed.SeedClaims.Build());

        report.Findings.Should().OnlyContain(f => f.Descriptor != null && f.Arguments.Count > 0);
        foreach (var finding in report.Findings) finding.Descriptor!.Format([.. finding.Arguments]).Should().Be(finding.Message);
    }

    private sealed class UndeclaredRule : IClaimRule
    {
        public RuleDescriptor Descriptor { get; } = new("NEWS101", "Undeclared", Severity.Warning, "Reports a message it does not declare.", "For a test.");

        public void Analyze(RuleContext context) =>
            context.Report(Gap, ["a"], null, FindingArgument.Text("subject", "x"), FindingArgument.Days("days", 1));
    }
}
