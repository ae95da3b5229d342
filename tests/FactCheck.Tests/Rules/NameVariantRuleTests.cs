namespace FactCheck.Tests.Rules;

public class NameVariantRuleTests
{
    [Fact]
    public void Undeclared_spelling_of_an_entity_is_reported_with_the_declared_name_to_keep()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.Entity("kenneth-mckenzie", "Kenneth McKenzie", "person");
            b.Mention("m1", "Kenneth MacKenzie").Of("kenneth-mckenzie").From("s1");
            b.Mention("m2", "Kenneth McKenzie").Of("kenneth-mckenzie").From("s2");
        }).Findings.Single();
        finding.RuleId.Should().Be("FC007");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Claims.Should().Equal("m1", "m2");
        finding.Message.Should().Be("Kenneth McKenzie is spelled \"Kenneth MacKenzie\" (m1, s1) and \"Kenneth McKenzie\" (m2, s2); keep \"Kenneth McKenzie\", the declared name.");
        finding.Evidence.GetText("keep").Should().Be("Kenneth McKenzie");
    }

    [Fact]
    public void Declared_aliases_are_accepted_spellings() =>
        RuleTestKit.Check(b =>
        {
            b.Entity("kenneth-mckenzie", "Kenneth McKenzie", "person", "Frank McKenzie", "Kenneth F. McKenzie Jr.");
            b.Mention("m1", "Frank McKenzie").Of("kenneth-mckenzie").From("s1");
            b.Mention("m2", "Kenneth F. McKenzie Jr.").Of("kenneth-mckenzie").From("s2");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void Case_and_spacing_do_not_make_a_variant() =>
        RuleTestKit.Check(b =>
        {
            b.Entity("p", "Kenneth McKenzie");
            b.Mention("m1", "KENNETH  McKENZIE").Of("p").From("s1");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void Similar_names_sharing_a_role_are_one_person_spelled_two_ways()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.Mention("m1", "Kenneth MacKenzie").As("Commander of US Central Command").From("s1");
            b.Mention("m2", "Kenneth McKenzie").As("commander of US Central Command").From("s2");
            b.Mention("m3", "Kenneth McKenzie").As("Commander of US Central Command").From("s2");
        }).Findings.Single();
        finding.Claims.Should().Equal("m1", "m2", "m3");
        finding.Message.Should().EndWith("keep \"Kenneth McKenzie\", the most used spelling.");
    }

    [Fact]
    public void Dissimilar_names_sharing_a_role_are_different_people() =>
        RuleTestKit.Check(b =>
        {
            b.Mention("m1", "Kenneth McKenzie").As("Commander").From("s1");
            b.Mention("m2", "Paul Calvert").As("Commander").From("s2");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void Similar_names_in_different_roles_are_not_compared() =>
        RuleTestKit.Check(b =>
        {
            b.Mention("m1", "Kenneth MacKenzie").As("Commander").From("s1");
            b.Mention("m2", "Kenneth McKenzie").As("Senator").From("s2");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void Similar_names_declared_as_different_entities_are_different_people() =>
        RuleTestKit.Check(b =>
        {
            b.Entity("a", "John Smith");
            b.Entity("b", "Jon Smith");
            b.Mention("m1", "John Smith").Of("a").As("Minister").From("s1");
            b.Mention("m2", "Jon Smith").Of("b").As("Minister").From("s2");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void Similarity_threshold_is_configurable()
    {
        void Write(ClaimSetBuilder b)
        {
            b.Mention("m1", "Kenneth MacKenzie").As("Commander").From("s1");
            b.Mention("m2", "Kenneth McKenzie").As("Commander").From("s2");
        }
        RuleTestKit.Check(Write, o => o.NameSimilarityThreshold = 0.999).Findings.Should().BeEmpty();
        RuleTestKit.Check(Write, o => o.NameSimilarityThreshold = 0.95).Findings.Should().ContainSingle();
    }
}
