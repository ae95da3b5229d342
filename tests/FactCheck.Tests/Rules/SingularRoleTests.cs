using FactCheck.Serialization;

namespace FactCheck.Tests.Rules;

/// <summary>FC007 for roles one person holds at a time: two different people named for one at one time.</summary>
public class SingularRoleTests
{
    private static readonly LocalDate Day = new(2023, 2, 7);

    private static CheckReport Check(Action<ClaimSetBuilder> write, LocalDate? secondSourceDay = null)
    {
        var builder = ClaimSet.CreateBuilder("test");
        builder.Source("s1", "Dawn", published: Day);
        builder.Source("s2", "Reuters", published: secondSourceDay ?? Day);
        write(builder);
        var options = new FactCheckOptions { MaxDegreeOfParallelism = 1 };
        options.Disable("FC009");
        return new FactChecker(options).Check(builder.Build());
    }

    private static void PrimeMinister(ClaimSetBuilder b) =>
        b.Add(new Entity("pm-pakistan", "Prime Minister of Pakistan", "role") { Singular = true });

    [Fact]
    public void Two_unlike_names_for_a_singular_role_at_one_time_are_a_warning_that_says_one_person_holds_it()
    {
        var finding = Check(b =>
        {
            PrimeMinister(b);
            b.Mention("m1", "Shehbaz Sharif").As("Prime Minister of Pakistan").From("s1");
            b.Mention("m2", "Imran Khan").As("prime minister of  Pakistan").From("s2");
        }).Findings.Should().ContainSingle().Subject;
        finding.RuleId.Should().Be("FC007");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Be("Only one person holds the role Prime Minister of Pakistan, but as of 2023-02-07 it is given to \"Shehbaz Sharif\" (m1, s1) and \"Imran Khan\" (m2, s2); they are not one person's names.");
        finding.Claims.Should().Equal("m1", "m2");
    }

    [Fact]
    public void Unlike_names_for_a_role_that_is_not_singular_are_fine() =>
        Check(b =>
        {
            b.Mention("m1", "Shehbaz Sharif").As("Minister").From("s1");
            b.Mention("m2", "Imran Khan").As("Minister").From("s2");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void Different_publication_dates_are_different_times() =>
        Check(b =>
        {
            PrimeMinister(b);
            b.Mention("m1", "Shehbaz Sharif").As("Prime Minister of Pakistan").From("s1");
            b.Mention("m2", "Imran Khan").As("Prime Minister of Pakistan").From("s2");
        }, Day.PlusDays(-1)).Findings.Should().BeEmpty();

    [Fact]
    public void A_mention_whose_entity_is_the_role_is_in_it_and_no_spelling_of_it()
    {
        var finding = Check(b =>
        {
            PrimeMinister(b);
            b.Mention("m1", "Shehbaz Sharif").Of("pm-pakistan").From("s1");
            b.Mention("m2", "Imran Khan").As("pm-pakistan").From("s2");
        }).Findings.Should().ContainSingle().Subject;
        finding.Message.Should().StartWith("Only one person holds the role Prime Minister of Pakistan");
    }

    [Fact]
    public void A_mention_may_mark_its_role_singular()
    {
        var report = Check(b =>
        {
            b.Mention("m1", "Shehbaz Sharif").As("Prime Minister of Pakistan").Singular().From("s1");
            b.Mention("m2", "Imran Khan").As("Prime Minister of Pakistan").From("s2");
        });
        report.Findings.Should().ContainSingle().Which.Message.Should().Contain("Only one person holds the role");
    }

    [Fact]
    public void A_surname_alone_is_the_same_person() =>
        Check(b =>
        {
            PrimeMinister(b);
            b.Mention("m1", "Shehbaz Sharif").As("Prime Minister of Pakistan").From("s1");
            b.Mention("m2", "Mr. Sharif").As("Prime Minister of Pakistan").From("s2");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void A_declared_alias_is_the_same_person() =>
        Check(b =>
        {
            PrimeMinister(b);
            b.Entity("shehbaz", "Shehbaz Sharif", "person", "Mian Muhammad Shehbaz Sharif");
            b.Mention("m1", "Shehbaz Sharif").Of("shehbaz").As("Prime Minister of Pakistan").From("s1");
            b.Mention("m2", "Mian Muhammad Shehbaz Sharif").As("Prime Minister of Pakistan").From("s2");
        }).Findings.Should().BeEmpty();

    [Fact]
    public void Two_declared_people_in_a_singular_role_are_a_warning() =>
        Check(b =>
        {
            PrimeMinister(b);
            b.Entity("shehbaz", "Shehbaz Sharif", "person");
            b.Entity("imran", "Imran Khan", "person");
            b.Mention("m1", "Shehbaz Sharif").Of("shehbaz").As("Prime Minister of Pakistan").From("s1");
            b.Mention("m2", "Imran Khan").Of("imran").As("Prime Minister of Pakistan").From("s2");
        }).Findings.Should().ContainSingle().Which.Severity.Should().Be(Severity.Warning);

    [Fact]
    public void A_variant_spelling_in_a_singular_role_is_one_finding_the_variant()
    {
        var finding = Check(b =>
        {
            b.Mention("m1", "Kenneth McKenzie").As("Commander of US Central Command").Singular().From("s1");
            b.Mention("m2", "Kenneth MacKenzie").As("Commander of US Central Command").From("s2");
        }).Findings.Should().ContainSingle().Subject;
        finding.Message.Should().Contain("is spelled");
    }

    [Fact]
    public void Singular_is_read_and_written_back_on_entities_and_mentions()
    {
        const string json = """
            { "format": "factcheck/claims@1", "sources": [ { "id": "s1", "published": "2023-02-07" } ],
              "entities": [ { "id": "pm-pakistan", "kind": "role", "name": "Prime Minister of Pakistan", "singular": true } ],
              "claims": [ { "id": "m1", "kind": "mention", "name": "Shehbaz Sharif", "role": "President of Pakistan", "singular": true, "source": "s1" } ] }
            """;
        var set = new ClaimSetReader().ReadString(json).ClaimSet;
        set.Entities[0].Singular.Should().BeTrue();
        ((Mention)set.Claims[0]).Singular.Should().BeTrue();
        var written = ClaimSetWriter.WriteToString(set);
        written.Should().Contain("\"singular\": true");
        new ClaimSetReader().ReadString(written).ClaimSet.Should().Be(set);
    }

    [Fact]
    public void Singular_without_a_role_is_a_located_problem()
    {
        const string json = """
            { "format": "factcheck/claims@1", "claims": [ { "id": "m1", "kind": "mention", "name": "Shehbaz Sharif", "singular": true } ] }
            """;
        var act = () => new ClaimSetReader().ReadString(json);
        act.Should().Throw<ClaimSetException>().Which.Problems.Should().ContainSingle().Which.Path.Should().Be("$.claims[0].singular");
    }

    [Fact]
    public void Three_thousand_names_in_a_singular_role_are_one_finding()
    {
        var report = Check(b =>
        {
            PrimeMinister(b);
            for (var i = 0; i < 3000; i++)
            {
                b.Mention("m" + i, $"Person{i:D4} Name{i % 97:D2}x{i:D4}").As("Prime Minister of Pakistan").From("s1");
            }
        });
        var finding = report.Findings("FC007").Should().ContainSingle(f => f.Message.StartsWith("Only one person", StringComparison.Ordinal)).Subject;
        finding.Evidence["people"].Should().Be(3000);
        finding.Message.Should().Contain("and 2994 more");
    }
}
