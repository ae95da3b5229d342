namespace FactCheck.Tests.Rules;

/// <summary>FC005's share message never rounds away the difference it reports, and a stated percentage has its rounding room.</summary>
public class SharePrecisionTests
{
    private static CheckReport Share(string part, string whole, string share, bool impliedPrecision = true) => RuleTestKit.Check(
        b =>
        {
            b.Observation("part", "p", part).At("2020-09-09").From("s1");
            b.Observation("whole", "w", whole).At("2020-09-09").From("s1");
            b.Share("share", "p", "w", share).At("2020-09-09").From("s2");
        },
        o => o.ImpliedPrecision = impliedPrecision);

    [Fact]
    public void Share_message_keeps_the_decimal_that_makes_the_difference()
    {
        var finding = Share("121", "650", "19%", impliedPrecision: false).Findings("FC005").Single();
        finding.Message.Should().EndWith("of 650 on 2020-09-09 (s1) is 18.6%.");
        finding.Evidence["sharePercent"].Should().Be(18.6);
    }

    [Fact]
    public void Share_message_takes_a_second_decimal_when_one_is_not_enough()
    {
        // 1,899 of 10,000.5 is 18.989%: "19" and "19.0" are inside 19.00% ± 0.005; 18.99 is not.
        var finding = Share("1,899", "10,000.5", "19.00%").Findings("FC005").Single();
        finding.Message.Should().EndWith("is 18.99%.");
        finding.Evidence["sharePercent"].Should().Be(18.99);
    }

    [Fact]
    public void Share_far_from_the_stated_one_is_written_whole() =>
        Share("5,201", "7,501", "a third").Findings("FC005").Single().Message.Should().EndWith("is 69%.");

    [Fact]
    public void Stated_percentage_stands_for_what_rounds_to_it()
    {
        // 121 of 650 is 18.6%, within what "19%" stands for: [18.5, 19.5].
        Share("121", "651", "19%").Findings("FC005").Should().BeEmpty();
        // 18.3% is not, and "18%" already differs from it.
        Share("119", "651", "19%").Findings("FC005").Should().ContainSingle().Which.Message.Should().EndWith("is 18%.");
    }
}
