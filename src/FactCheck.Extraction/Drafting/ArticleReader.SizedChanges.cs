using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Reading;
using NodaTime;

namespace FactCheck.Extraction.Drafting;

/// <summary>
/// Changes stated with their size beside the level they reached: "sales rose 21% to 148,900 cars", "fell by 224 between
/// 2023 and 2024, to 54,166", "148,900 cars, up 21% from a year earlier". The size is no level of its own (it is left out as
/// the size of a change), but with the level it is a change of the level's subject, which FC004 can hold against the
/// figures the article gives for the start and the end.
/// </summary>
internal sealed partial class ArticleReader
{
    // The changes ReadSizedChanges drafted, each with the level it reached, which the article's other figures may make
    // unsafe to keep (DropSizedChangesHeldAgainstOthers).
    private readonly List<(Draft Change, Draft Level)> sizedChanges = [];

    private void ReadSizedChanges(SentenceContext sentence, List<(Figure Figure, Draft Draft)> drafted)
    {
        var t = sentence.Tokens;
        foreach (var (level, draft) in drafted)
        {
            if (draft.Kind != ClaimKind.Observation || level.Role == FigureRole.From) continue;
            if (SizeOfChangeTo(sentence, level) is not { } size || ChangeDirectionOf(t, size) is not { } direction || MagnitudeOf(sentence, size, level) is not { } magnitude) continue;
            var span = Clause(sentence, Math.Min(size.First, level.First), Math.Max(size.Last, level.Last));
            // "rose 10% to 1.1 million in March from 1 million in February": from the start the sentence gives.
            var start = drafted.Find(d => d.Figure.Role == FigureRole.From && d.Draft.Kind == ClaimKind.Observation && d.Draft.Subject == draft.Subject && d.Draft.Time.End < draft.Time.Start).Draft;
            var change = new Draft
            {
                Kind = ClaimKind.Change, Subject = draft.Subject, Start = span.Start, End = span.End, Direction = direction, Magnitude = magnitude,
                Time = start is null ? PeriodOf(sentence, draft) : FuzzyTime.Between(start.Time.Start, draft.Time.End), Tense = sentence.TenseAt(size.First) == Tense.Future ? ClaimTense.Future : ClaimTense.Past,
                Attribution = draft.Attribution,
            };
            Drafts.Add(change);
            sizedChanges.Add((change, draft));
        }
    }

    /// <summary>
    /// Drops a sized change that FC004 would hold against a figure of another kind: where the article gives no figure of the
    /// subject at or before the change's start, FC004 takes the earliest inside its period, and a figure there other than the
    /// level ("6.7 million passengers in the first five months" beside "1.37 million in June, up 14% from a year earlier") is no
    /// start of the change the sentence states. Kept where a figure stands at or before the start (the check is a fair one) or
    /// none inside the period (there is nothing to hold it against).
    /// </summary>
    private void DropSizedChangesHeldAgainstOthers()
    {
        foreach (var (change, level) in sizedChanges)
        {
            var startsBefore = false;
            var otherInside = false;
            foreach (var figure in Drafts)
            {
                if (figure.Kind != ClaimKind.Observation || figure.Subject != change.Subject || ReferenceEquals(figure, level)) continue;
                startsBefore |= figure.Time.Start <= change.Time.Start;
                otherInside |= figure.Time.Start > change.Time.Start && figure.Time.Start <= change.Time.End && !figure.Time.CoversSameDaysAs(level.Time);
            }
            if (otherInside && !startsBefore) Drafts.Remove(change);
        }
    }

    /// <summary>
    /// The figure that sizes the change to <paramref name="level"/>: before its "to", after a verb of change ("rose 21% to",
    /// "fell by 224 between 2023 and 2024, to"), with nothing but a time between; or right after it with "up" or "down"
    /// ("148,900, up 21%").
    /// </summary>
    private static Figure? SizeOfChangeTo(SentenceContext sentence, Figure level)
    {
        var t = sentence.Tokens;
        if (level.First > 1 && t[level.First - 1].Is("to"))
        {
            var before = sentence.Figures.LastWhere(level, static (f, level) => f.Last < level.First - 1 && f.Last >= level.First - 9);
            if (before is not null && OnlyATimeBetween(sentence, PastPoints(t, before.Last + 1), level.First - 1) && ChangeVerbBefore(t, before.First) is not null) return before;
            return null;
        }
        // "5.1 million TEU in 2024, up 21% from a year earlier": past the level's noun and time to the first comma.
        var after = sentence.Figures.FirstWhere(level, static (f, level) => f.First > level.Last && f.First <= level.Last + 10);
        if (after is null || after.First < 2 || t[after.First - 1].Lower is not ("up" or "down") || t[after.First - 2].Text != ",") return null;
        for (var k = level.Last + 1; k < after.First - 2; k++)
        {
            if (IsClauseMark(t[k])) return null;
        }
        return after;
    }

    /// <summary>
    /// Whether a count noun is the subject of the change <paramref name="size"/> sizes, with only a place between it and the
    /// verb: "Commencing enrolments in Australia fell 7.2%", not "Enrollments in Ohio's public schools fell by 2%", which
    /// counts the enrolments of some schools, no level of the place's.
    /// </summary>
    private static bool CountNounSubjectOf(SentenceContext sentence, Figure size)
    {
        var t = sentence.Tokens;
        var k = (size.First > 1 && t[size.First - 1].Is("by") ? size.First - 2 : size.First - 1) - 1;
        while (k >= 0 && (t[k].Lower is "in" or "the" or "across" || sentence.PlaceAt(k) is not null)) k--;
        return k >= 0 && CountNouns.Contains(t[k]);
    }

    /// <summary>The token after "percentage points", "points" or "point" at <paramref name="k"/>, else <paramref name="k"/>.</summary>
    private static int PastPoints(List<Text.Token> t, int k)
    {
        if (k < t.Count && t[k].Is("percentage")) k++;
        return k < t.Count && t[k].Lower is "points" or "point" ? k + 1 : k;
    }

    /// <summary>Whether tokens <paramref name="from"/> up to (not including) <paramref name="to"/> are only a time and commas: "between 2023 and 2024,".</summary>
    private static bool OnlyATimeBetween(SentenceContext sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (sentence.Tokens[k].Text == "," || sentence.TimeCovering(k) is not null) continue;
            return false;
        }
        return true;
    }

    /// <summary>The verb of change right before the figure at <paramref name="first"/>, or before its "by": "rose 21%", "fell by 224".</summary>
    private static Text.Token? ChangeVerbBefore(List<Text.Token> t, int first)
    {
        var k = first > 1 && t[first - 1].Is("by") ? first - 2 : first - 1;
        return k >= 0 && (Words.ReduceVerbs.Contains(t[k]) || Words.IncreaseVerbs.Contains(t[k])) ? t[k] : null;
    }

    /// <summary>Which way the change sized by <paramref name="size"/> goes, by its verb or its "up" or "down".</summary>
    private static ChangeDirection? ChangeDirectionOf(List<Text.Token> t, Figure size)
    {
        var word = size.First > 0 && t[size.First - 1].Lower is "up" or "down" ? t[size.First - 1] : ChangeVerbBefore(t, size.First);
        if (word is not { } w) return null;
        return w.Lower == "down" || Words.ReduceVerbs.Contains(w) ? ChangeDirection.Decrease : ChangeDirection.Increase;
    }

    /// <summary>
    /// The size as a magnitude: a percentage of the starting figure, percentage points ("3.1 percentage points"), or an amount;
    /// none when a percentage changes by a percentage ("rose 1.2% to 4.5%"), which may mean either.
    /// </summary>
    private static ChangeMagnitude? MagnitudeOf(SentenceContext sentence, Figure size, Figure level)
    {
        var t = sentence.Tokens;
        if (size.Last + 1 < t.Count && t[size.Last + 1].Lower is "points" or "point" || (size.Last + 2 < t.Count && t[size.Last + 1].Is("percentage") && t[size.Last + 2].Lower is "points" or "point"))
        {
            return size.Value.IsPercent ? null : ChangeMagnitude.PercentagePoints(size.Value);
        }
        if (size.Value.IsPercent) return level.Value.IsPercent ? null : ChangeMagnitude.Of(size.Value);
        return level.Value.IsPercent ? null : ChangeMagnitude.Of(size.Value);
    }

    /// <summary>
    /// The period the change runs over: a span the sentence gives ("between 2023 and 2024"); from the time after "from" ("up
    /// 169,000 from December", "up 4.3% from 2023") to the level's; a year back to the level's time when the sentence counts
    /// back a year ("from a year earlier"); else the level's own time, whose start the last figure before it is held at.
    /// </summary>
    private static FuzzyTime PeriodOf(SentenceContext sentence, Draft level)
    {
        if (sentence.Times.FirstWhere(0, static (m, _) => m.IsSpan) is { } span) return span.Time;
        if (sentence.Times.FirstWhere(level, static (m, level) => m.Lead == "from" && m.Time.Start < level.Time.Start) is { } since)
        {
            return FuzzyTime.Between(since.Time.Start, level.Time.End);
        }
        if (sentence.Times.FirstWhere(sentence, static (m, s) => CountedBack(s, m) && s.Tokens[m.Last - 1].Lower is "year") is not null)
        {
            return FuzzyTime.Between(level.Time.Start.PlusYears(-1), level.Time.End);
        }
        return level.Time;
    }
}
