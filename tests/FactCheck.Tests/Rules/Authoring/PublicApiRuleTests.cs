using System.Collections.Immutable;
using FactCheck.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactCheck.Tests.Rules.Authoring;

/// <summary>
/// Custom rules are first class: the built-in rules, and a user's rule, compile against the library's public API
/// alone (this test project sees internals, so they are compiled here again, as another assembly would), and a
/// user's rule written with the authoring kit says what the built-in one says.
/// </summary>
public class PublicApiRuleTests
{
    [Fact]
    public void Every_built_in_rule_compiles_against_the_public_api_alone()
    {
        var rules = Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "src", "FactCheck", "Rules"), "*Rule.cs");

        rules.Should().HaveCountGreaterThanOrEqualTo(11);
        CompileErrors(rules).Should().BeEmpty();
    }

    [Fact]
    public void A_user_rule_written_with_the_kit_compiles_against_the_public_api_alone()
    {
        var rule = Path.Combine(RepositoryFiles.Root, "tests", "FactCheck.Tests", "Rules", "Authoring", "NewsTargetGapRule.cs");

        CompileErrors([rule]).Should().BeEmpty();
    }

    [Fact]
    public void A_rule_that_uses_an_internal_helper_does_not_compile_outside_the_library()
    {
        // The test above could pass by compiling nothing: an internal member must be refused.
        const string source = """
            namespace Outside;
            public static class UsesInternal
            {
                public static string Days() => FactCheck.NumberText.Rounded(2.5);
            }
            """;

        CompileErrors([], source).Should().Contain(e => e.Contains("CS0122", StringComparison.Ordinal));
    }

    [Fact]
    public void A_user_rule_written_with_the_kit_gives_the_built_in_rules_message_and_evidence()
    {
        var options = new FactCheckOptions { MaxDegreeOfParallelism = 1 };
        options.AddRule(new NewsTargetGapRule());
        var claims = Seed.SeedClaims.Build();

        var report = new FactChecker(options).Check(claims);

        var builtIn = report.Findings.Where(f => f.RuleId == "FC002" && f.Severity == Severity.Warning).ToList();
        var users = report.Findings.Where(f => f.RuleId == "NEWS102").ToList();
        builtIn.Should().NotBeEmpty();
        users.Select(f => (f.Message, f.Claims, f.Evidence)).Should().Equal(builtIn.Select(f => (f.Message, f.Claims, f.Evidence)));
    }

    private static List<string> CompileErrors(IEnumerable<string> files, string? extra = null)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        List<SyntaxTree> trees =
        [
            .. files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, f)),
            CSharpSyntaxTree.ParseText(ImplicitUsings, parse),
        ];
        if (extra is not null) trees.Add(CSharpSyntaxTree.ParseText(extra, parse));
        var compilation = CSharpCompilation.Create(
            "UserRules",
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return [.. compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString())];
    }

    // The SDK's implicit usings, which the library's own files rely on.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    // The framework, the library (whose internals this assembly, not named FactCheck.Tests, cannot see) and NodaTime.
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p)),
        MetadataReference.CreateFromFile(typeof(FactChecker).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(LocalDate).Assembly.Location),
    ]);
}
