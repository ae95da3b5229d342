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

/// <summary>A token of a sentence, with its place in the article body, and its text in lower case (<see cref="string.ToLowerInvariant()"/>).</summary>
internal readonly record struct Token(int Start, int End, string Text, TokenKind Kind, string Lower)
{
    /// <summary>A token whose lower case is made from its text.</summary>
    public Token(int start, int end, string text, TokenKind kind)
        : this(start, end, text, kind, text.ToLowerInvariant())
    {
    }

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsNumber => Kind == TokenKind.Number;

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    public bool Is(string lower) => string.Equals(Lower, lower, StringComparison.Ordinal);
}
