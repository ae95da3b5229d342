using CsCheck;
using FactCheck.Utility;
using FluentAssertions;
using Xunit;

namespace FactCheck.Tests.Utility;

/// <summary>The checks on ids and texts that a claim's strings pass: the byte reader checks an id by the id's rules alone.</summary>
public class TextChecksTests
{
    // Letters, spaces at either end, tabs and line breaks, other controls, C1 controls, accents and halves of surrogate pairs.
    private static readonly Gen<string> Texts = Gen.Char[" \t\n\r\u0000\u001f\u007f\u0085\u009fabc-/é—\ud83d\ude00\ud800"].Array[0, 8].Select(c => new string(c));

    [Fact]
    public void An_identifier_that_passes_its_checks_passes_every_check_on_text()
    {
        Texts.Sample(text => TextChecks.IdentifierProblem(text) is not null || (TextChecks.TextProblem(text) is null && TextChecks.OptionalTextProblem(text) is null), iter: 20_000);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" a")]
    [InlineData("a ")]
    [InlineData("a\tb")]
    [InlineData("a\u0085b")]
    public void An_identifier_is_refused_for_what_a_text_may_have_or_not(string text)
    {
        TextChecks.IdentifierProblem(text).Should().NotBeNull();
    }

    [Fact]
    public void An_identifier_with_half_a_surrogate_pair_is_refused()
    {
        // Not inline data: the test runner would pass the lone half on as a replacement character.
        TextChecks.IdentifierProblem("a\ud800").Should().NotBeNull();
        TextChecks.TextProblem("a\ud800").Should().NotBeNull();
    }

    [Theory]
    [InlineData("us-troops/iraq")]
    [InlineData("région—2")]
    public void An_identifier_may_be_any_printable_text_without_spaces_at_its_ends(string text)
    {
        TextChecks.IdentifierProblem(text).Should().BeNull();
        TextChecks.TextProblem(text).Should().BeNull();
    }
}
