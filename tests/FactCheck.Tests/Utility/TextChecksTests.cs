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

    [Fact]
    public void Text_of_any_length_is_refused_exactly_for_a_control_character_whatever_its_place()
    {
        // Printable ASCII long enough for the fast path's eight characters at a time and its tail, with one character
        // put anywhere: the range's two ends, the controls just past them, tabs and line breaks, and letters beyond ASCII.
        var texts = Gen.Select(Gen.Char[' ', '~'].Array[0, 40], Gen.Char[" ~\u001f\u007f\u0080\u009f\u00a0\t\né"], Gen.Int[0, 40], (chars, one, at) =>
        {
            if (chars.Length > 0) chars[at % chars.Length] = one;
            return new string(chars);
        });
        static bool Allowed(char c) => c is '\t' or '\n' or '\r' || (c >= ' ' && c is < '\u007f' or > '\u009f');
        texts.Sample(text => (TextChecks.OptionalTextProblem(text) is null) == text.All(Allowed), iter: 20_000);
    }

    [Theory]
    [InlineData("abcdefg\u007f")]
    [InlineData("abcdefgh\u007f")]
    [InlineData("\u001fbcdefghijklmnop")]
    [InlineData("abcdefghijklmno\u001f")]
    [InlineData("abcdefghijklmnop\u0080")]
    public void An_identifier_with_a_control_character_at_either_side_of_eight_characters_is_refused(string text)
    {
        TextChecks.IdentifierProblem(text).Should().NotBeNull();
        TextChecks.IdentifierProblem(text.Replace('\u007f', '~').Replace('\u001f', ' ').Replace('\u0080', '~').Trim()).Should().BeNull();
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
