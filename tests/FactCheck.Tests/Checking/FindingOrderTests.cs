using FluentAssertions;
using Xunit;

namespace FactCheck.Tests.Checking;

/// <summary>A large report is sorted on packed keys first; it must come out exactly as the comparer orders it.</summary>
public class FindingOrderTests
{
    // Ids chosen to trip a packed key: shared prefixes, different lengths, NUL, U+00FE/U+00FF/U+0100 and beyond.
    private static readonly string[] Ids =
    [
        "", "a", "a\0", "ab", "abcdef", "abcdefg", "abcdefh", "abcdeg", "o1", "o10", "o100", "o100000", "o100001", "o99",
        "\u00fe", "\u00ff", "\u00ff\u0005", "\u0100", "\u0100\u0001", "\u0101", "x\u00ffa", "x\u00ffb", "x\u0100", "Z", "é", "日本",
    ];

    [Fact]
    public void Key_sort_gives_the_comparers_order_on_adversarial_ids()
    {
        var random = new Random(7);
        for (var round = 0; round < 20; round++)
        {
            var findings = Enumerable.Range(0, 500).Select(i => new Finding(
                "FC00" + random.Next(1, 4),
                (Severity)random.Next(0, 3),
                "m" + random.Next(0, 3),
                Enumerable.Range(0, random.Next(0, 3)).Select(_ => Ids[random.Next(Ids.Length)]))).ToArray();
            var expected = findings.ToArray();
            Array.Sort(expected, FindingOrder.Instance);

            FindingOrder.Sort(findings);

            findings.Should().Equal(expected, (a, b) => FindingOrder.Instance.Compare(a, b) == 0);
        }
    }

    [Fact]
    public void Report_puts_errors_first_then_rule_ids_then_claim_ids()
    {
        var report = new CheckReport(3, Enumerable.Range(0, 100).Select(i => new Finding(i % 2 == 0 ? "FC009" : "FC001", i % 3 == 0 ? Severity.Error : Severity.Info, "m", [$"c{99 - i}"])));

        report.Findings.Select(f => (f.Severity, f.RuleId)).Should().BeInDescendingOrder(x => x.Severity);
        report.Findings.Should().BeInAscendingOrder(FindingOrder.Instance);
    }
}
