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

    [Theory]
    [InlineData("Gen. Kenneth McKenzie")]
    [InlineData("Kenneth McKenzie Jr.")]
    [InlineData("McKenzie")]
    [InlineData("Gen. McKenzie")]
    [InlineData("K\u00E9nneth McKenzie")]
    public void Titles_suffixes_diacritics_and_a_surname_alone_are_the_declared_name(string spelling) =>
        RuleTestKit.Check(b =>
        {
            b.Entity("p", "Kenneth McKenzie");
            b.Mention("m1", "Kenneth McKenzie").Of("p").From("s1");
            b.Mention("m2", spelling).Of("p").From("s2");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void A_variant_with_a_title_is_still_a_variant()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.Entity("p", "Kenneth McKenzie");
            b.Mention("m1", "Gen. Kenneth MacKenzie").Of("p").From("s1");
            b.Mention("m2", "McKenzie").Of("p").From("s2");
        }).Findings.Single();
        finding.Message.Should().Be("Kenneth McKenzie is spelled \"Gen. Kenneth MacKenzie\" (m1, s1) and \"McKenzie\" (m2, s2); keep \"Kenneth McKenzie\", the declared name.");
    }

    [Fact]
    public void A_surname_alone_that_is_misspelled_is_a_variant() =>
        RuleTestKit.Check(b =>
        {
            b.Entity("p", "Kenneth McKenzie");
            b.Mention("m1", "MacKenzie").Of("p").From("s1");
        }).Findings.Should().ContainSingle();

    [Fact]
    public void Titles_and_a_surname_alone_sharing_a_role_are_no_variant() =>
        RuleTestKit.Check(b =>
        {
            b.Mention("m1", "Kenneth McKenzie").As("Commander").From("s1");
            b.Mention("m2", "Gen. Kenneth McKenzie").As("Commander").From("s2");
            b.Mention("m3", "McKenzie").As("Commander").From("s2");
            b.Mention("m4", "Kenneth McKenzie Jr.").As("Commander").From("s2");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void Typographic_apostrophes_sharing_a_role_are_no_variant() =>
        RuleTestKit.Check(b =>
        {
            b.Mention("m1", "Dan O\u2019Brien").As("Mayor").From("s1");
            b.Mention("m2", "Dan O'Brien").As("Mayor").From("s2");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void Variants_that_join_up_in_a_role_are_one_finding_naming_every_mention()
    {
        var finding = RuleTestKit.Check(b =>
        {
            b.Mention("m1", "Kenneth MacKenzie").As("Commander").From("s1");
            b.Mention("m2", "Kenneth McKenzie").As("Commander").From("s2");
            b.Mention("m3", "Kenneth Mckenzie").As("Commander").From("s1");
            b.Mention("m4", "Gen. Kenneth McKenzie").As("Commander").From("s1");
            b.Mention("m5", "Keneth McKenzie").As("Commander").From("s2");
        }).Findings.Single();
        finding.Claims.Should().BeEquivalentTo(["m1", "m2", "m3", "m4", "m5"]);
        finding.Message.Should().EndWith("keep \"Kenneth McKenzie\", the most used spelling.");
        finding.Evidence["spellings"].Should().Be(3, "McKenzie, Mckenzie and Gen. McKenzie fold to one spelling");
    }

    [Fact]
    public void Eight_thousand_distinct_names_in_one_role_give_a_bounded_number_of_findings()
    {
        var report = RuleTestKit.Check(b =>
        {
            for (var i = 0; i < 8_000; i++) b.Mention($"m{i}", GeneratedName(i)).As("Spokesperson").From(i % 2 == 0 ? "s1" : "s2");
        });
        report.Findings("FC007").Count.Should().BeLessThanOrEqualTo(8_000 / 2, "each finding is a group of two or more spellings");
        report.Findings("FC007").Sum(f => f.Claims.Count).Should().BeLessThanOrEqualTo(8_000, "a mention is named by one finding at most");
    }

    /// <summary>Distinct names that are often near one another: a first name, a middle letter and a surname drawn by counting.</summary>
    internal static string GeneratedName(int i)
    {
        string[] first = ["John", "Jon", "Joan", "Maria", "Mario", "Anna", "Ana", "Peter", "Petra", "Paul"];
        string[] last = ["Smith", "Smyth", "Schmidt", "Jones", "Johns", "Brown", "Braun", "Miller", "Muller", "Moller"];
        return $"{first[i % 10]} {(char)('A' + (i / 10 % 26))}. {last[i / 260 % 10]}{i / 2600}";
    }
}
