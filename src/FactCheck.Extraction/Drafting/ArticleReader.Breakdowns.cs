using FactCheck.Extraction.Reading;

namespace FactCheck.Extraction.Drafting;

/// <summary>
/// A figure broken down by place in its own sentence: "Kenya vaccinated 1.2 million children in May, including 800,000 in
/// Nairobi and 600,000 in Mombasa". Each part is the whole's measure in its place and a part of the whole, so that FC016 finds
/// parts that add up to more than it; they had been left out as a part of a figure before, or as naming nothing they count.
/// </summary>
internal sealed partial class ArticleReader
{
    private void ReadBreakdown(SentenceContext sentence, List<(Figure Figure, Draft Draft)> drafted)
    {
        var t = sentence.Tokens;
        foreach (var (wholeFigure, whole) in drafted)
        {
            if (whole.Kind != ClaimKind.Observation || whole.PartOf is not null || wholeFigure.Value.IsPercent || whole.Subject.IndexOf('/') is not (> 0 and var slash)) continue;
            var measure = whole.Subject[..slash];
            var wholePlace = whole.Subject[(slash + 1)..];
            var part = sentence.Figures.FirstWhere(wholeFigure, static (f, w) => f.First > w.Last);
            if (part is null || part.First < 1 || !t[part.First - 1].Is("including") || part.Value.IsPercent) continue;
            while (part is not null && PlacedPart(sentence, part, wholePlace) is var (key, end) && key is not null)
            {
                TakeBackSkip(sentence, part);
                Drafts.Add(new Draft
                {
                    Kind = ClaimKind.Observation, Subject = desk.SubjectFor(measure + "/" + key), Start = t[part.First].Start, End = t[end].End,
                    Value = part.Value, Unit = whole.Unit, Time = whole.Time, Attribution = whole.Attribution, PartOf = whole.Subject, Listed = true,
                });
                // The next part: ", 600,000 in Mombasa" or "and 600,000 in Mombasa".
                part = end + 2 < t.Count && t[end + 1].Text is "," or "and" ? sentence.FigureAt(end + 2) : null;
            }
        }
    }

    /// <summary>
    /// The place of the part <paramref name="part"/>, right after it or its noun, as a key, and the place's last token: a city or
    /// region of the whole's country <paramref name="wholePlace"/> ("800,000 in Nairobi", "600,000 children in Mombasa"), or an
    /// area named with its kind ("800,000 in the Ashanti region"); (null, -1) when it names neither.
    /// </summary>
    private static (string? Key, int Last) PlacedPart(SentenceContext sentence, Figure part, string wholePlace)
    {
        var t = sentence.Tokens;
        var k = part.Last + 1;
        if (k < t.Count && t[k].IsWord && !t[k].IsCapitalized && !t[k].Is("in")) k++;
        if (k + 1 >= t.Count || !t[k].Is("in")) return (null, -1);
        if (sentence.PlaceAt(k + 1) is { IsPlace: true } place)
        {
            return !place.Entry.IsCountry && !place.Entry.IsDemonym && place.Entry.Country == wholePlace && place.Entry.Key != wholePlace ? (place.Entry.Key, place.Last) : (null, -1);
        }
        var kind = t[k + 1].Is("the") ? k + 2 : k + 1;
        while (kind < t.Count && kind - k < 6 && t[kind].IsCapitalized && !IsAreaKind(t[kind])) kind++;
        return kind < t.Count && IsAreaKind(t[kind]) && AreaNameAt(sentence, kind) is { } area ? (Slug.Of(area), kind) : (null, -1);
    }
}
