using FactCheck.Extraction.Reading;

namespace FactCheck.Extraction.Drafting;

/// <summary>
/// Where the story an article tells is, as its sentences are read. A figure whose own sentence names no place takes the place
/// an earlier sentence named; this says when that place is not the figure's: when the story is at a site below its country that
/// the desk cannot name ("Sukamaju village", "Ward 35"), and when it is in the city its first sentence put it in.
/// </summary>
internal sealed class StoryScope
{
    // Whether the story is at such a site since its first paragraph named one, and no later sentence moved it to a country;
    // whether the paragraph being read is, since it named such a site or an area of the country ("Turkana County": a story that
    // names a county in its third paragraph is still the country's story); whether a sentence of the body has been read, and
    // whether the first paragraph has ended; and whether the first sentence opened with a country ("Uganda hosts 1.8 million
    // refugees, including 200,000 at the Nakivale camp"), a story of the country, which no site its lead names makes local.
    private bool storyAtLocalSite;
    private bool paragraphAtLocalSite;
    private bool readBody;
    private bool pastLead;
    private bool nationalLead;

    /// <summary>Whether a figure with no place of its own is at a site the desk cannot name.</summary>
    internal bool AtLocalSite => storyAtLocalSite || paragraphAtLocalSite;

    /// <summary>Whether the story opens with a dateline of a town the desk does not hold ("BIRMINGHAM, England (AP) —"), which "the city" names.</summary>
    internal bool DatelineUnheld { get; private set; }

    /// <summary>
    /// The city the article's first sentence put the story in ("Teachers in Nairobi went on strike on Monday"), until a sentence
    /// moved the story to a country; or null. A later figure that takes that city from an earlier sentence is the city's.
    /// </summary>
    internal PlaceHit? City { get; private set; }

    /// <summary>Ends the paragraph being read, and with it any site only that paragraph named.</summary>
    internal void EndParagraph()
    {
        paragraphAtLocalSite = false;
        pastLead |= readBody;
    }

    /// <summary>Notes where <paramref name="sentence"/> left the story: <paramref name="movedTo"/>, the place it moved to, if any.</summary>
    internal void Read(SentenceContext sentence, PlaceHit? movedTo)
    {
        // "By Staff Reporter, Milwaukee Courier" under the headline says who wrote the story, not where it is.
        if (IsByline(sentence)) return;
        var opensArticle = !readBody && !sentence.IsHeadline;
        if (opensArticle)
        {
            nationalLead = LocalSites.OpensWithCountry(sentence);
            DatelineUnheld = LocalSites.UnheldDateline(sentence);
            if (!nationalLead && IsTheOnlyCity(sentence, movedTo)) City = movedTo;
        }
        else if (movedTo is { Entry.IsCountry: true })
        {
            City = null;
        }
        var named = LocalSites.NamedLocalPlace(sentence, opensArticle && DatelineUnheld);
        if (named == LocalPlace.Site && !pastLead && !nationalLead && !sentence.IsHeadline) storyAtLocalSite = true;
        if (named != LocalPlace.None) paragraphAtLocalSite = true;
        // A region or city the desk holds ("a Rajasthan Tourism official said") may be where the site lies; a country the story
        // moves to is no site of it.
        else if (movedTo is { Entry.IsCountry: true }) storyAtLocalSite = paragraphAtLocalSite = false;
        readBody |= !sentence.IsHeadline;
    }

    /// <summary>Whether <paramref name="sentence"/> is a byline: "By" and a few capitalised words, with no figure.</summary>
    private static bool IsByline(SentenceContext sentence)
    {
        var t = sentence.Tokens;
        if (t.Count > 10 || t.Count < 2 || t[0].Text != "By" || sentence.Figures.Count > 0) return false;
        foreach (var token in t)
        {
            if (token.IsWord && !token.IsCapitalized && token.Lower is not ("and" or "in" or "of" or "the")) return false;
        }
        return true;
    }

    /// <summary>
    /// Whether <paramref name="place"/> is a city the sentence puts the story in, and the only one: not a dateline ("NAIROBI, Kenya
    /// - The Ministry of Health says …"), nor one of two cities ("Protests spread from Mombasa to Kisumu"), nor in a lead that
    /// says it is the country's.
    /// </summary>
    private static bool IsTheOnlyCity(SentenceContext sentence, PlaceHit? place)
    {
        if (place is not { IsPlace: true, Entry.IsCountry: false, Entry.IsDemonym: false, First: > 0 } || place.Entry.Key == place.Entry.Country
            || LocalSites.NamesWholeCountry(sentence))
        {
            return false;
        }
        foreach (var other in sentence.Places)
        {
            if (other.Entry != place.Entry && other.IsPlace && !other.Entry.IsCountry && !other.Entry.IsDemonym) return false;
        }
        return true;
    }
}
