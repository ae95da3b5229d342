using FactCheck.Utility;

namespace FactCheck.Tests.Utility;

/// <summary>
/// The enum checks name each enum's last member instead of asking reflection: every member an enum declares must pass,
/// and the values on either side of them must not, so a member added without its check fails here.
/// </summary>
public class PreconditionsTests
{
    [Fact]
    public void Every_severity_is_defined_and_no_other() =>
        Check<Severity>(v => Preconditions.CheckDefined(v));

    [Fact]
    public void Every_rule_severity_is_defined_and_no_other()
    {
        Check<RuleSeverity>(v => Preconditions.CheckDefined(v));
        Enum.GetValues<RuleSeverity>().Should().OnlyContain(v => Preconditions.IsDefined(v));
        Preconditions.IsDefined((RuleSeverity)(-1)).Should().BeFalse();
        Preconditions.IsDefined((RuleSeverity)((int)Enum.GetValues<RuleSeverity>().Max() + 1)).Should().BeFalse();
    }

    [Fact]
    public void Every_tense_is_defined_and_no_other() =>
        Check<ClaimTense>(v => Preconditions.CheckDefined(v));

    [Fact]
    public void Every_source_trust_is_defined_and_no_other() =>
        Check<SourceTrust>(v => Preconditions.CheckDefined(v));

    [Fact]
    public void Every_change_direction_is_defined_and_no_other() =>
        Check<ChangeDirection>(v => Preconditions.CheckDefined(v));

    [Fact]
    public void Every_part_of_a_period_is_defined_and_no_other() =>
        Check<PeriodPart>(v => Preconditions.CheckDefined(v));

    [Fact]
    public void An_undefined_value_is_named_with_its_number_and_its_parameter()
    {
        var act = () => Preconditions.CheckDefined((Severity)7, "severity");
        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "severity" && e.Message.StartsWith("'7' is not a defined Severity.", StringComparison.Ordinal));
    }

    private static void Check<T>(Func<T, T> check) where T : struct, Enum
    {
        Enum.GetUnderlyingType(typeof(T)).Should().Be<int>("the checks read the value as an int");
        var values = Enum.GetValues<T>();
        values.Select(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)).Should().Equal(Enumerable.Range(0, values.Length), "the checks assume members from 0 without gaps");
        foreach (var value in values) check(value).Should().Be(value);
        foreach (var outside in new[] { -1, values.Length, int.MaxValue, int.MinValue })
        {
            var act = () => check((T)Enum.ToObject(typeof(T), outside));
            act.Should().Throw<ArgumentOutOfRangeException>($"{outside} is not a {typeof(T).Name}");
        }
    }
}
