using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>Extracts one article written in a test.</summary>
internal static class ExtractionHelpers
{
    internal static ExtractionResult Extract(string body, LocalDate? published = null, ClaimSet? known = null, string id = "a1") =>
        new RuleBasedExtractor().Extract([new Article(id, body, published ?? new LocalDate(2020, 9, 9))], known);

    internal static List<T> Claims<T>(this ExtractionResult extraction) where T : Claim => extraction.Claims.Claims.OfType<T>().Where(c => c.Provenance.Span is not null).ToList();

    /// <summary>The rules whose findings checking the drafted claims gives, in the report's order.</summary>
    internal static IEnumerable<string> RulesFound(this ExtractionResult extraction) => new FactChecker().Check(extraction.Claims).Findings.Select(static f => f.RuleId);

    /// <summary>The reason a figure in a place the desk does not hold is left out.</summary>
    internal const string UnknownPlace = "no subject can be named: its place is not one the desk knows";

    /// <summary>Why <paramref name="extraction"/> left out the one figure quoted as <paramref name="quote"/>; fails unless exactly one is.</summary>
    internal static string ReasonLeftOut(this ExtractionResult extraction, string quote) =>
        extraction.Skipped.Should().ContainSingle(s => s.Quote == quote).Subject.Reason;

    /// <summary>The parts the one relation that lists parts of <paramref name="whole"/> names; fails unless exactly one does.</summary>
    internal static ValueArray<string> PartsListedOf(this ExtractionResult extraction, string whole) =>
        extraction.Claims.Relations.Should().ContainSingle(r => r.ListsParts && r.Whole == whole).Subject.Parts;

    /// <summary>The subject of the one level <paramref name="body"/> drafts, published on <paramref name="published"/>; fails unless there is exactly one.</summary>
    internal static string OnlyLevelSubject(string body, LocalDate published) =>
        Extract(body, published: published).Claims<Observation>().Should().ContainSingle().Subject.Subject;
}
