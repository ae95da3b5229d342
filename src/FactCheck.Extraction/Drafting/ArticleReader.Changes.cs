using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Reading;

namespace FactCheck.Extraction.Drafting;

/// <summary>Changes stated in the past or perfect tense: "has already significantly reduced the size of its forces in Iraq in recent months".</summary>
internal sealed partial class ArticleReader
{
    private static readonly WordList Significant = WordList.Of(
        "significantly", "sharply", "drastically", "substantially", "considerably", "dramatically", "steeply", "markedly");

    private static readonly WordList PastForms = WordList.Of(
        "cut", "fell", "rose", "grew", "shrank", "withdrew", "withdrawn", "risen", "grown", "fallen", "drawn");

    private void ReadChanges(SentenceContext sentence)
    {
        var t = sentence.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            var w = t[i].Lower;
            var decrease = Words.ReduceVerbs.Contains(t[i]);
            if (!decrease && !Words.IncreaseVerbs.Contains(t[i])) continue;
            if (!(w.EndsWith("ed", StringComparison.Ordinal) || PastForms.Contains(t[i])) || (i > 0 && t[i - 1].Is("to"))) continue;
            var tense = sentence.TenseAt(i);
            if (tense == Tense.Future || !(tense is Tense.Perfect or Tense.Past)) continue;
            // The object: "the size of its forces", "its troops", "the number of doctors".
            var nounIndex = -1;
            for (var k = i + 1; k < Math.Min(t.Count, i + 7); k++)
            {
                if (t[k].IsNumber) break;
                if (UnitWords.Find(t[k].Lower) is { Category: UnitCategory.Personnel or UnitCategory.People })
                {
                    nounIndex = k;
                    break;
                }
            }
            if (nounIndex < 0) continue;
            var pseudo = new Figure(nounIndex, nounIndex, Quantity.Exactly(0), FigureRole.Plain, null);
            var noun = NounReader.Read(body, sentence, pseudo, desk.Gazetteer) with { Index = nounIndex };
            var (who, whoHit) = Who(sentence, pseudo, noun, modifiersOnly: false);
            var where = Where(sentence, pseudo, noun, whoHit, byCountry: true, out _);
            if (who is null || where is null) continue;
            var period = sentence.NearestTime(i, m => !m.IsDeadline);
            if (period is null || !hasAnchor) continue;
            var magnitude = sentence.AnyBefore(i, 3, Significant) ? ChangeMagnitude.Significant : MagnitudeAfter(sentence, nounIndex);
            var span = Clause(sentence, i, Math.Max(nounIndex, period.Last));
            Drafts.Add(new Draft
            {
                Kind = ClaimKind.Change, Subject = desk.SubjectFor(who + "-" + UnitWords.Find(t[nounIndex].Lower)!.Canonical + "/" + where),
                Start = span.Start, End = span.End, Direction = decrease ? ChangeDirection.Decrease : ChangeDirection.Increase,
                Magnitude = magnitude, Time = period.Time, Attribution = AttributionAt(sentence, span.Start, i),
            });
            i = nounIndex;
        }
    }

    /// <summary>"… by 2,200", "… by 10%": the size of a change, when the text gives one.</summary>
    private static ChangeMagnitude? MagnitudeAfter(SentenceContext sentence, int from)
    {
        var by = sentence.Figures.FirstWhere((from, sentence.Tokens), static (f, s) => f.First > s.from && f.First <= s.from + 8 && f.First > 0 && s.Tokens[f.First - 1].Is("by"));
        return by is null ? null : ChangeMagnitude.Of(by.Value);
    }
}
