using FactCheck.Extraction.Lexicon;

namespace FactCheck.Extraction.Reading;

/// <summary>A country, demonym, place or acting organisation named in a sentence.</summary>
/// <param name="First">The index of its first token.</param>
/// <param name="Last">The index of its last token.</param>
/// <param name="Entry">What the table says it is.</param>
/// <param name="Lead">The preposition before it (<c>in</c>, <c>from</c>, <c>to</c>…), or empty.</param>
/// <param name="Phrase">The words as written ("the White House" is "White House").</param>
internal sealed record PlaceHit(int First, int Last, PlaceName Entry, string Lead, string Phrase)
{
    /// <summary>Whether it can be the <c>where</c> of a subject: a country or a place, not an organisation.</summary>
    public bool IsPlace => !Entry.IsActorOnly;

    /// <summary>The word of direction a country's name stands after ("eastern" of "in eastern Uganda"), in lower case, or null.</summary>
    public string? Part { get; init; }

    /// <summary>
    /// Whether a capitalised word that is no place follows the name, so that it may only begin a longer one ("Porto Empedocle",
    /// "Lagos Mainland"): the reader of the article decides, by the country its story is in.
    /// </summary>
    public bool BeginsLongerName { get; init; }
}
