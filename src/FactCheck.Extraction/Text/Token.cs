namespace FactCheck.Extraction.Text;

/// <summary>What a token is made of.</summary>
internal enum TokenKind
{
    /// <summary>Letters, with inner apostrophes, hyphens and dots (<c>U.S.</c>, <c>Al-Kazemi</c>, <c>re-election</c>).</summary>
    Word,

    /// <summary>Digits, with inner group separators and a decimal point (<c>8,600</c>, <c>5.2</c>).</summary>
    Number,

    /// <summary>Any other single character that is not white space.</summary>
    Symbol,
}

/// <summary>A token of a sentence: its place in the article body, what it is made of, and its <see cref="Text.Spelling"/>.</summary>
internal readonly record struct Token(int Start, int End, Spelling Spelling, TokenKind Kind)
{
    /// <summary>A token with a spelling of its own, made from its text.</summary>
    public Token(int start, int end, string text, TokenKind kind)
        : this(start, end, new Spelling(text, text.ToLowerInvariant()), kind)
    {
    }

    /// <summary>The text as written; null for the default token.</summary>
    public string Text => Spelling?.Text!;

    /// <summary>The text in lower case (<see cref="string.ToLowerInvariant()"/>); null for the default token.</summary>
    public string Lower => Spelling?.Lower!;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsNumber => Kind == TokenKind.Number;

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    public bool Is(string lower) => string.Equals(Lower, lower, StringComparison.Ordinal);

    /// <summary>Whether the word ends in a possessive "'s" or "’s" ("Britain's", "Trump’s").</summary>
    public bool IsPossessive => EndsPossessive(Text);

    /// <summary>Whether it ends or opens a clause: a comma, semicolon, colon, bracket, quotation mark or dash.</summary>
    public bool IsClauseMark => Text is "," or ";" or ":" or "(" or ")" or "\u201C" or "\u201D" or "\"" or "\u2014";

    /// <summary>Whether <paramref name="text"/> ends in a possessive "'s" or "’s".</summary>
    public static bool EndsPossessive(ReadOnlySpan<char> text) =>
        text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal);

    /// <summary>Tokens are equal when they stand at the same place and read the same, whichever spelling object they share.</summary>
    public bool Equals(Token other) => Start == other.Start && End == other.End && Kind == other.Kind && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End, Kind, Text);
}
