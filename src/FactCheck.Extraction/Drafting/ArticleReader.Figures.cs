using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Reading;
using NodaTime;

namespace FactCheck.Extraction.Drafting;

/// <summary>Figures: what each counts, whose and where, and whether it is a level, a goal, or no figure of a subject at all.</summary>
internal sealed partial class ArticleReader
{
    private static readonly WordList MoneyNouns = WordList.Of(
        "budget", "spending", "deficit", "debt", "revenue", "revenues", "aid", "funding", "cost", "costs", "investment", "surplus", "package", "allocation", "expenditure", "fund");

    private static readonly WordList RateNouns = WordList.Of(
        "turnout", "unemployment", "inflation", "rate", "coverage", "share", "support", "approval", "growth", "uptake", "participation");

    private static readonly WordList TollWords = WordList.Of("toll");

    private static readonly WordList ChangeWords = WordList.Of([.. Words.ReduceVerbs, .. Words.IncreaseVerbs, "reach"]);

    /// <summary>Nouns of a change whose size follows "of": "an increase of 1,906,247", "a drop of 2,000".</summary>
    private static readonly WordList ChangeNouns = WordList.Of("increase", "rise", "decrease", "drop", "fall", "decline", "gain", "loss", "jump", "reduction", "cut");

    private void ReadFigures(SentenceContext sentence)
    {
        var drafted = new List<(Figure Figure, Draft Draft)>();
        foreach (var figure in sentence.Figures)
        {
            if (ReadFigure(sentence, figure) is { } draft)
            {
                Drafts.Add(draft);
                drafted.Add((figure, draft));
            }
        }
        ReadShare(sentence, drafted);
        ReadPlan(sentence, drafted);
    }

    /// <summary>
    /// "will reduce its presence in Iraq from approximately 5,200 to 3,000 during the month of September": beside the
    /// figure now and the target, the plan itself, as a change in the future tense over the period (the spec's table).
    /// A plan is not a trend: the tense keeps FC004 from holding it against the figures, yet the file says it.
    /// </summary>
    private void ReadPlan(SentenceContext sentence, List<(Figure Figure, Draft Draft)> drafted)
    {
        var (fromFigure, from) = drafted.Find(d => d.Figure.Role == FigureRole.From && d.Draft.Kind == ClaimKind.Observation);
        var (toFigure, to) = drafted.Find(d => d.Figure.Role == FigureRole.To && d.Draft.Kind == ClaimKind.Target);
        if (from is null || to is null || from.Subject != to.Subject || toFigure.Value.Value == fromFigure.Value.Value) return;
        // Only a plan over a named period ("during September") has a time of its own; "by the end of the month" is a deadline.
        if (sentence.NearestTime(toFigure.Last, m => m.Lead == "during") is not { } period) return;
        Drafts.Add(new Draft
        {
            Kind = ClaimKind.Change, Subject = to.Subject, Start = Math.Min(from.Start, to.Start), End = Math.Max(from.End, to.End),
            Direction = toFigure.Value.Value < fromFigure.Value.Value ? ChangeDirection.Decrease : ChangeDirection.Increase,
            Time = period.Time, Tense = ClaimTense.Future, Attribution = to.Attribution ?? from.Attribution,
        });
    }

    private Draft? ReadFigure(SentenceContext sentence, Figure figure)
    {
        var t = sentence.Tokens;
        var first = figure.First;
        var last = figure.Last;
        if (sentence.IsHeadline)
        {
            Skip(sentence, first, last, "a headline, which the article's text states in full");
            return null;
        }
        if (first > 0 && (Words.Age.Contains(t[first - 1]) || (t[first].Lower is "under" or "over" && t[first - 1].Lower is "children" or "adults" or "people" or "those" or "kids")
                || (first > 1 && t[first - 1].Is("of") && Words.Age.Contains(t[first - 2])))
            || (last + 2 < t.Count && t[last + 1].Text == "-" && t[last + 2].Lower.StartsWith("year", StringComparison.Ordinal)))
        {
            Skip(sentence, first, last, "an age");
            return null;
        }
        if (last + 2 < t.Count && t[last + 1].Text == "-" && t[last + 2].IsWord)
        {
            Skip(sentence, first, last, "part of a compound word (\"230-seat\")");
            return null;
        }
        if ((first > 0 && t[first - 1].Lower is "further" or "another" or "additional" or "extra") || (last + 1 < t.Count && t[last + 1].Lower is "more" or "additional" or "extra" && (last + 2 >= t.Count || !t[last + 2].IsWord || t[last + 2].Lower is "by" or "in" or "to")))
        {
            Skip(sentence, first, last, "an addition, not a level");
            return null;
        }
        if (first > 0 && Words.Movement.Contains(t[first - 1]))
        {
            Skip(sentence, first, last, "a movement, not a level");
            return null;
        }
        if (t[last].IsNumber && (t[last].Text.Length >= 7 && !t[last].Text.Contains(',', StringComparison.Ordinal) || (t[last].Text.Length > 1 && t[last].Text[0] == '0') || (last + 2 < t.Count && t[last + 1].Text == "-" && t[last + 2].IsNumber && t[last + 2].Text.Length == 4)))
        {
            Skip(sentence, first, last, "a phone number or code");
            return null;
        }
        var beforeMoney = first > 0 && t[first - 1].Lower is "eur" or "usd" or "gbp" or "$" or "€" or "£" ? first - 1 : first;
        if ((beforeMoney > 0 && t[beforeMoney - 1].Is("by") && sentence.AnyBefore(beforeMoney - 1, 4, ChangeWords))
            // "an increase of 1,906,247 people", "a drop of 2,000": the change's size.
            || (beforeMoney > 1 && t[beforeMoney - 1].Is("of") && ChangeNouns.Contains(t[beforeMoney - 2]))
            || (first > 0 && Words.ChangeObjectVerbs.Contains(t[first - 1]) && !t[first].Is("up") && !StartsClause(sentence, figure))
            // "Energy prices fell 2.4%", "rose 3.8% in March": the change, where "rose to 3.8%" is the level.
            || (first > 0 && (Words.ReduceVerbs.Contains(t[first - 1]) || Words.IncreaseVerbs.Contains(t[first - 1])) && t[first - 1].Lower.EndsWith("ed", StringComparison.Ordinal) is var regular
                && (regular || t[first - 1].Lower is "rose" or "fell" or "grew" or "shrank") && !StartsClause(sentence, figure))
            // "2.8 million unemployed in January, up 169,000 from December", but not "rounded up 200 people".
            || (first > 1 && t[first - 1].Lower is "up" or "down" && (t[first - 2].Text == "," || t[first - 2].IsNumber)))
        {
            Skip(sentence, first, last, "the size of a change, not a level");
            return null;
        }
        if (((first > 0 && Words.PartWords.Contains(t[first - 1])) || (last + 2 < t.Count && t[last + 1].Is("of") && t[last + 2].Lower is "them" or "whom" or "which" or "those"))
            && sentence.Figures.FirstWhere(first, static (f, first) => f.Last < first) is not null)
        {
            Skip(sentence, first, last, "a part of a figure before it, not a level");
            return null;
        }
        if (WholeOfPart(sentence, first))
        {
            Skip(sentence, first, last, "the whole of a part (\"117 of 230 seats\"), not a level of its own");
            return null;
        }
        if (first > 2 && t[first - 1].Is("of") && t[first - 2].Lower is "city" or "town" or "village" or "population" && t[first - 3].Lower is "a" or "the" or "its"
            && !OwnPopulation(sentence, first - 2))
        {
            Skip(sentence, first, last, "a place's population, not a level");
            return null;
        }
        var opening = first > 1 && t[first - 1].Text is "$" or "€" or "£" ? first - 2 : first - 1;
        if ((opening > 0 && t[opening].Text == "(" && sentence.Figures.FirstWhere(opening, static (f, at) => f.Last >= at - 3 && f.Last < at) is not null)
            // "51.5% of the population, or about 9.5 million people", "8.4 million residents, or 45.5% of the total".
            || (first > 1 && t[first - 1].Is("or") && t[first - 2].Text == "," && sentence.Figures.FirstWhere(first - 2, static (f, at) => f.Last >= at - 5 && f.Last < at) is not null))
        {
            // "250 million euros ($275 million)": the figure before, in another currency or unit.
            Skip(sentence, first, last, "the figure before it written another way");
            return null;
        }
        if (first > 1 && (Caps.Contains(t[first - 1]) || (t[first - 1].Lower is "at" or "of" && sentence.AnyBefore(first - 1, 5, Caps))))
        {
            // "Parliament capped the deployment at 1,400 troops", "a ceiling of 1,400 soldiers": a bound on the level, not the level.
            Skip(sentence, first, last, "a cap, not a level");
            return null;
        }
        if (RateAfter(sentence, last))
        {
            Skip(sentence, first, last, "a rate (\"40,000 a day\"), not a level");
            return null;
        }
        var noun = NounReader.Read(body, sentence, figure, desk.Gazetteer);
        if (noun.Word is null && figure.Role == FigureRole.From && ToAfter(sentence, figure) is { } to)
        {
            noun = NounReader.Read(body, sentence, to, desk.Gazetteer);
        }
        if (noun.Word is null && figure.Role == FigureRole.To && FromBefore(sentence, figure) is { } from)
        {
            noun = NounReader.Read(body, sentence, from, desk.Gazetteer);
        }
        if (PopulationBefore(sentence, first) is { } population && (noun.Word is null || (noun.Index < first && noun.Index < population)))
        {
            // "Japan's population shrank to 124.35 million", "the population of Malawi is estimated at 20 million".
            noun = noun with { Word = UnitWords.Find("people"), UnitText = "people", Index = population };
        }
        if (noun.Word is null && last + 2 < t.Count && t[last + 1].Is("of")
            && sentence.Figures.FirstWhere(last + (t[last + 2].Is("the") ? 3 : 2), static (f, at) => f.First == at) is { } whole)
        {
            // "19 of the 47 seats": the part counts what its whole counts.
            noun = NounReader.Read(body, sentence, whole, desk.Gazetteer);
        }
        if (noun.Word is null && figure.Currency is not null)
        {
            noun = noun with { Word = UnitWords.Find(figure.Currency), UnitText = figure.Currency };
        }
        if (noun.Index > last && noun.Index + 1 < t.Count && Words.ChangeObjectVerbs.Contains(t[noun.Index + 1]))
        {
            // "55,000 jobs added during the month"
            Skip(sentence, first, last, "the size of a change, not a level");
            return null;
        }
        // "72 kilometres southwest of Marrakech", "at a depth of 18.5 kilometres": where something is, not how much of it.
        if (noun.Word?.Canonical is "kilometres" or "kilometers" or "miles" && noun.Index + 1 < t.Count
            && (Direction(sentence, noun.Index + 1)
                || (first > 1 && t[first - 1].Is("of") && t[first - 2].Lower is "depth" or "distance" or "radius" or "altitude")))
        {
            Skip(sentence, first, last, "a distance, not a level");
            return null;
        }
        if (TwoPlaces(sentence, Math.Max(last, noun.Index)))
        {
            // "killed at least 14 people in Honduras and Guatemala": a figure of both, which is neither's.
            Skip(sentence, first, last, "a figure of two places together");
            return null;
        }
        var casualty = CasualtyKind(sentence, figure, noun);
        if (casualty is null && last + 3 < t.Count && t[last + 1].Is("of") && t[last + 2].Lower is "the" or "its" or "their"
            && UnitWords.Find(t[last + 3].Lower) is not null && sentence.Figures.FirstWhere(last + 3, static (f, k) => f.First == k) is null)
        {
            // "Districts 5 and 7 accounted for 71 of the homicides": a part of a whole the article states elsewhere.
            Skip(sentence, first, last, "a part of a whole, not a level");
            return null;
        }
        var reported = sentence.IsReported;
        if (noun.Word is { Category: UnitCategory.Duration })
        {
            Skip(sentence, first, last, noun.Word.Canonical == "km" ? "a distance, not a level" : "a duration or a measure of time");
            return null;
        }
        if (figure.Value.IsPercent && figure.Value.Word is not null)
        {
            Skip(sentence, first, last, "a fraction, not a figure");
            return null;
        }
        if (casualty is null && Words.Movement.Contains(sentence.Tokens[Math.Max(0, first - 1)].Lower) && sentence.TenseAt(first) is Tense.Past or Tense.Perfect)
        {
            Skip(sentence, first, last, "a movement, not a level");
            return null;
        }
        string? what;
        var countsPeople = false;
        if (casualty is not null)
        {
            what = (noun.Word is { Category: UnitCategory.Personnel or UnitCategory.People } ? noun.UnitText!.ToLowerInvariant() : "people") + "-" + casualty;
            countsPeople = true;
        }
        else if (figure.Value.IsPercent)
        {
            what = NounBefore(sentence, first, RateNouns);
        }
        else if (noun.Word is { Category: UnitCategory.Money })
        {
            what = NounBefore(sentence, first, MoneyNouns);
        }
        else if (noun.Word is { } word)
        {
            countsPeople = word.Category is UnitCategory.Personnel or UnitCategory.People;
            what = word.Category == UnitCategory.Countable ? string.Join('-', noun.Compound.Append(word.Canonical)) : word.Canonical;
            // "4.2 million people have been vaccinated", "had vaccinated 2.2 million people", "unemployed people": people
            // counted by what was done to them, or what they are.
            if (word.Category == UnitCategory.People
                && (Participle(sentence, noun.Index) ?? GoalVerb(sentence, first) ?? DoneBefore(sentence, first) ?? noun.Compound.FirstOrDefault(Participles.Contains)) is { } done)
            {
                what += "-" + done;
            }
        }
        else
        {
            Skip(sentence, first, last, "what it counts is not named");
            return null;
        }
        if (what is null)
        {
            Skip(sentence, first, last, figure.Value.IsPercent ? "a percentage of nothing named"
                : sentence.TenseAt(first) == Tense.Future && sentence.AnyBefore(first, 4, Costs) ? "a forecast, not a goal" : "money of no named budget or spending");
            return null;
        }
        if (noun.Word?.Canonical is "seats" or "votes" or "ballots" && casualty is null)
        {
            // Seats and votes are a party's: without one named, every party's figures would be one subject.
            if (Party(sentence, first) is not { } party)
            {
                Skip(sentence, first, last, "seats or votes of no named party");
                return null;
            }
            what = party + "-" + what;
        }
        var (who, whoHit) = noun.Word?.Category == UnitCategory.Money && MoneyOwner(sentence, first) is { } owner
            ? (owner.Entry.Country, owner)
            : Who(sentence, figure, noun, casualty is not null || noun.Word?.Category is UnitCategory.Countable or UnitCategory.People);
        var where = Where(sentence, figure, noun, whoHit, countsPeople || noun.Word?.IsIncident != true, out var unknownPlace, out var city);
        if (who is null && where is null)
        {
            Skip(sentence, first, last, unknownPlace ? "no subject can be named: its place is not one the desk knows" : "no subject can be named: neither who nor where");
            return null;
        }
        var autoKey = (who is null ? what : who + "-" + what) + (where is null ? string.Empty : "/" + where);
        string? countryKey = null;
        if (city is not null && casualty is null)
        {
            // "300 troops in Kandahar" beside "8,600 in Afghanistan": the city's figure is a part of the country's, not the
            // same figure differing by 8,300. A toll stays the country's, as the hand-made seed sample has the soldiers killed
            // in Baghdad; a percentage of a city is no part of the country's.
            countryKey = figure.Value.IsPercent ? null : autoKey;
            autoKey = (who is null ? what : who + "-" + what) + "/" + city;
        }
        // The words that name what is counted: from just before the noun (it may stand before the figure) to a few after.
        var namedFrom = noun.Index >= 0 && noun.Index < first ? Math.Max(0, noun.Index - 3) : first;
        var group = desk.GroupNamedIn(body[t[namedFrom].Start..t[Math.Min(t.Count - 1, Math.Max(noun.Index, last) + 6)].End]);
        var draft = Level(sentence, figure, noun, group ?? desk.SubjectFor(autoKey), reported);
        if (draft is not null && group is null && countryKey is not null) draft.PartOf = desk.SubjectFor(countryKey);
        return draft;
    }

    /// <summary>
    /// Whether "population" at token <paramref name="k"/> is the sentence's own place's: "relative to its population of about
    /// 18 million", "Malawi has a population of 20 million"; not a place named in passing ("Derna, a city with a population of
    /// 100,000").
    /// </summary>
    private static bool OwnPopulation(SentenceContext sentence, int k)
    {
        var t = sentence.Tokens;
        return t[k].Is("population") && (t[k - 1].Lower is "its" or "their" || (k > 1 && t[k - 1].Is("a") && t[k - 2].Lower is "has" or "had" or "have"));
    }

    /// <summary>The token of "population" in the figure's clause up to eight words before it, with no other figure between; or null.</summary>
    private static int? PopulationBefore(SentenceContext sentence, int first)
    {
        var t = sentence.Tokens;
        for (var k = first - 1; k >= Math.Max(0, first - 8) && !IsClauseMark(t[k]) && !t[k].IsNumber; k--)
        {
            if (t[k].Is("population")) return k;
        }
        return null;
    }

    /// <summary>
    /// Whether a word of where stands at token <paramref name="k"/>, or after a bracket that gives the distance in another unit:
    /// "72 kilometres southwest of", "90 kilometers (55 miles) northwest of".
    /// </summary>
    private static bool Direction(SentenceContext sentence, int k)
    {
        var t = sentence.Tokens;
        if (t[k].Text == "(")
        {
            while (k < t.Count && t[k].Text != ")" && k < t.Count - 1) k++;
            k++;
        }
        return k < t.Count && t[k].Lower is "from" or "away" or "north" or "south" or "east" or "west" or "northeast" or "northwest" or "southeast" or "southwest" or "long" or "deep";
    }

    /// <summary>Whether the figure's words ending at token <paramref name="last"/> are followed, in their clause, by "in" a place "and" another.</summary>
    private static bool TwoPlaces(SentenceContext sentence, int last)
    {
        var t = sentence.Tokens;
        for (var k = last + 1; k < t.Count && k <= last + 6 && !IsClauseMark(t[k]); k++)
        {
            if (sentence.Places.FirstWhere(k, static (p, k) => p.First == k && p.IsPlace && p.Lead is "in" or "across") is not { } place) continue;
            return place.Last + 2 < t.Count && t[place.Last + 1].Lower is "and" or "or"
                && sentence.Places.FirstWhere(place.Last + 2, static (p, k) => p.First == k && p.IsPlace) is not null
                && !(place.Last + 3 < t.Count && sentence.Figures.FirstWhere(place.Last + 1, static (f, k) => f.First > k && f.First < k + 3) is not null);
        }
        return false;
    }

    /// <summary>The "to" figure after a "from" one.</summary>
    private static Figure? ToAfter(SentenceContext sentence, Figure figure) => sentence.Figures.FirstWhere(figure, static (f, figure) => f.Role == FigureRole.To && f.First > figure.Last);

    /// <summary>The "from" figure before a "to" one.</summary>
    private static Figure? FromBefore(SentenceContext sentence, Figure figure) => sentence.Figures.LastWhere(figure, static (f, figure) => f.Role == FigureRole.From && f.Last < figure.First);

    /// <summary>A figure as a level (an observation) or a goal (a target), by its tense and the words before it.</summary>
    private Draft? Level(SentenceContext sentence, Figure figure, NounReading noun, string subject, bool reported)
    {
        var tense = sentence.TenseAt(figure.First);
        var span = Clause(sentence, figure.First, Math.Max(figure.Last, noun.Index));
        // Units as written ("soldiers", "dollars"); a currency sign is written as its code, so "$" is not read as a word.
        var unit = noun.Word is null ? null : noun.UnitText is "$" or "€" or "£" ? noun.Word.Canonical : noun.UnitText?.ToLowerInvariant();
        var attribution = AttributionAt(sentence, span.Start, figure.First);
        // "the harvest is forecast at a record 154.8 million tonnes": a forecast in the present tense.
        if (tense == Tense.Future ? sentence.AnyBefore(figure.First, 14, Forecasters) || Expects(sentence, figure.First) : tense == Tense.Present && sentence.AnyBefore(figure.First, 6, PresentForecasts))
        {
            Skip(sentence, figure.First, figure.Last, "a forecast, not a goal");
            return null;
        }
        if (tense == Tense.Future)
        {
            if (noun.Word?.Category == UnitCategory.Money && sentence.AnyBefore(figure.First, 4, Costs) && !sentence.AnyBefore(figure.First, 14, StatedGoals))
            {
                // "The pullout will cost an estimated 250 million euros": what something will cost is no one's goal.
                Skip(sentence, figure.First, figure.Last, "a forecast, not a goal");
                return null;
            }
            if (MovedBefore(sentence, figure.First))
            {
                // "Germany will withdraw its roughly 1,100 soldiers from Mali by May": the troops there now, not the goal.
                Skip(sentence, figure.First, figure.Last, "a movement, not a level");
                return null;
            }
            if (figure.Role == FigureRole.From)
            {
                return Needing(sentence, figure, new Draft { Kind = ClaimKind.Observation, Subject = subject, Start = span.Start, End = span.End, Value = figure.Value, Unit = unit, Time = FuzzyTime.Day(anchor), Attribution = attribution });
            }
            if (figure.Role == FigureRole.To || sentence.AnyBefore(figure.First, 14, Words.Goal) || sentence.AnyBefore(figure.First, 12, ChangeWords))
            {
                var deadline = sentence.NearestTime(figure.Last, figure.Last, static (m, last) => m.IsDeadline && m.First > last) ?? sentence.NearestTime(figure.Last, 0, static (m, _) => m.IsDeadline);
                var stated = StatedTime(sentence);
                return Needing(sentence, figure, new Draft
                {
                    Kind = ClaimKind.Target, Subject = subject, Start = span.Start, End = span.End, Value = figure.Value, Unit = unit,
                    Deadline = deadline?.Time, Time = stated?.Time ?? FuzzyTime.Day(anchor), Attribution = attribution,
                });
            }
            Skip(sentence, figure.First, figure.Last, "a figure in the future tense that states no goal");
            return null;
        }
        if (figure.Role == FigureRole.From)
        {
            Skip(sentence, figure.First, figure.Last, "the start of a past movement");
            return null;
        }
        // A time after a later "from" figure is that figure's ("77 seats, down from 120 in 2022"); "By late 2018, there were …" dates what follows.
        var laterStart = sentence.Figures.FirstWhere(figure, static (f, figure) => f.First > figure.Last && f.Role == FigureRole.From)?.First ?? int.MaxValue;
        // A past "by" is when the figure stood: before the figure ("By late 2018, there were …"), or after it in its own
        // clause and not after the day of writing ("had been displaced by Monday"), not "…, and more are due by April 15".
        var past = tense is Tense.Past or Tense.Perfect;
        // A time in the figure's own clause before one in another ("completed its exit in August, having kept 5,100 soldiers
        // there in 2020"); and a time of the future ("Sweden, which had 220 personnel there, said it would leave in 2023")
        // never dates a figure of the past.
        var time = sentence.NearestTime(figure.First, (laterStart, figure.First, past, sentence, anchor, true), FiguresTime)
            ?? sentence.NearestTime(figure.First, (laterStart, figure.First, past, sentence, anchor, false), FiguresTime);
        // A simple past needs its time; a perfect ("has used") or a reported figure ("officials said") holds at publication.
        if (time is null && tense == Tense.Past && !reported)
        {
            Skip(sentence, figure.First, figure.Last, "a past figure with no time");
            return null;
        }
        return Needing(sentence, figure, new Draft { Kind = ClaimKind.Observation, Subject = subject, Start = span.Start, End = span.End, Value = figure.Value, Unit = unit, Time = time?.Time ?? FuzzyTime.Day(anchor), Attribution = attribution });
    }

    /// <summary>
    /// Whether <paramref name="m"/> can be the time of a level in the past (or not) starting at token <c>First</c>: not after a
    /// later "from" figure, not a time it is only measured against, a deadline only as a past "by" (before the figure, or after
    /// it in its own clause and not after the day of writing), not in the future when the figure is past, and, when asked
    /// <c>OwnClause</c>, in the figure's own clause.
    /// </summary>
    private static bool FiguresTime(TimeMention m, (int LaterStart, int First, bool Past, SentenceContext Sentence, LocalDate Anchor, bool OwnClause) s) =>
        m.First < s.LaterStart && !m.IsComparison
        && (!m.IsDeadline || (m.Lead == "by" && (m.Last < s.First || (s.Past && m.Time.Start <= s.Anchor && !ClauseMarkBetween(s.Sentence, s.First, m.First)))))
        && !(s.Past && s.Sentence.TenseAt(m.First) == Tense.Future)
        && (!(s.OwnClause || m.IsOwnClauseOnly) || !ClauseMarkBetween(s.Sentence, Math.Min(s.First, m.Last), Math.Max(s.First, m.First)))
        && (s.OwnClause || !AnotherFiguresTime(s.Sentence, s.First, m));

    /// <summary>
    /// Whether a figure the figure at token <paramref name="first"/> is compared with stands in the clause of
    /// <paramref name="m"/>: "1.6 million, more than double the 746,465 counted in 2017" is the 746,465's 2017, where "reached
    /// 180,000, in addition to tens of thousands of contractors in 2007" dates both.
    /// </summary>
    private static bool AnotherFiguresTime(SentenceContext sentence, int first, TimeMention m)
    {
        foreach (var other in sentence.Figures)
        {
            if (other.First != first && !ClauseMarkBetween(sentence, Math.Min(other.Last, m.Last), Math.Max(other.First, m.First))
                && sentence.AnyBefore(other.First, 3, Comparisons))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words before a figure that make it what another is compared with: "more than double the 746,465", "against 250".</summary>
    private static readonly WordList Comparisons = WordList.Of("than", "double", "triple", "compared", "against", "versus", "from");

    /// <summary>
    /// Whether a verb of movement stands before the figure at token <paramref name="first"/>, with only words that point
    /// to what moves between them: "withdraw its roughly 1,100 soldiers", "send all 300 troops".
    /// </summary>
    private static bool MovedBefore(SentenceContext sentence, int first)
    {
        var t = sentence.Tokens;
        var k = first - 1;
        while (k >= 0 && t[k].Lower is "its" or "their" or "his" or "her" or "our" or "the" or "all" or "remaining" or "last" or "most" or "some" or "half" or "many" or "of") k--;
        return k >= 0 && Words.Movement.Contains(t[k]);
    }

    /// <summary>Words before a figure in the future tense that make it someone's forecast, not a goal: "economists expect inflation to fall below 4%".</summary>
    private static readonly WordList Forecasters = WordList.Of(
        "economists", "analysts", "forecasters", "forecast", "forecasts", "predict", "predicts", "predicted", "projects", "projected", "meteorologists", "polls",
        "could", "might");

    /// <summary>Words just before a figure in the present tense that make it a forecast: "is forecast at", "is projected at".</summary>
    private static readonly WordList PresentForecasts = WordList.Of("forecast", "projected", "predicted");

    /// <summary>Words that make the figure after them (or after their "at" or "of") a bound set on a level: "capped at 1,400", "a ceiling of 1,400".</summary>
    private static readonly WordList Caps = WordList.Of("capped", "cap", "caps", "ceiling", "limit", "limited");

    /// <summary>Words just before money in the future tense that make it a cost or an estimate: "will cost an estimated".</summary>
    private static readonly WordList Costs = WordList.Of("cost", "costs", "estimated");

    /// <summary>Words that state a goal of money, beyond "will": "plans to spend", "aims to raise", "a budget target of".</summary>
    private static readonly WordList StatedGoals = WordList.Of("aims", "aim", "aiming", "goal", "target", "targets", "plans", "plan", "planned", "intends", "pledged", "promised", "vowed", "seeks", "wants");

    /// <summary>
    /// Whether "expects" or "expected" stands before the figure at token <paramref name="first"/> with its own object, or in
    /// the passive: "expects inflation to fall below 3%", "expects up to 250,000 more refugees to arrive", "is expected to
    /// fall to 6.5 percent" are forecasts of what others do, where "expects to vaccinate 10 million" is a goal.
    /// </summary>
    private static bool Expects(SentenceContext sentence, int first)
    {
        var t = sentence.Tokens;
        for (var k = first - 1; k >= Math.Max(0, first - 14) && t[k].Text != ";"; k--)
        {
            if (t[k].Lower is not ("expects" or "expect" or "expected")) continue;
            // "The unemployment rate is expected to fall to 6.5 percent": what others expect of it, not a goal.
            return (k + 1 < t.Count && !t[k + 1].Is("to")) || (k > 0 && t[k - 1].Lower is "is" or "are" or "was" or "were" or "be" or "been");
        }
        return false;
    }

    /// <summary>The claim, or nothing when its time depends on a publication date the article does not give.</summary>
    private Draft? Needing(SentenceContext sentence, Figure figure, Draft draft)
    {
        if (hasAnchor || Absolute(sentence, draft)) return draft;
        Skip(sentence, figure.First, figure.Last, "its time depends on the publication date, which is not given");
        return null;
    }

    private static bool Absolute(SentenceContext sentence, Draft draft) =>
        sentence.Times.Any(m => m.Time == draft.Time && (m.Time.Precision is TimePrecision.Year or TimePrecision.PartOfYear) ) && draft.Kind == ClaimKind.Observation;

    /// <summary>"said last month that …": when the words were said, which is when a target was stated.</summary>
    private static TimeMention? StatedTime(SentenceContext sentence)
    {
        foreach (var time in sentence.Times)
        {
            if (time.IsDeadline) continue;
            var before = time.First - 1;
            if (before >= 0 && Words.Speech.Contains(sentence.Tokens[before].Lower) && time.Time.Precision is not TimePrecision.Day || (before >= 0 && Words.Speech.Contains(sentence.Tokens[before].Lower))) return time;
        }
        return null;
    }

    private static readonly WordList Participles = WordList.Of(
        "vaccinated", "evacuated", "displaced", "arrested", "infected", "registered", "employed", "unemployed", "rescued", "housed", "treated", "tested", "hospitalised", "hospitalized");

    /// <summary>
    /// Verbs of what people did that make them a group of their own, right after the noun: "16,000 people arrived", "half a
    /// million people marched", "2.5 million people voted" are no count of a place's people.
    /// </summary>
    private static readonly WordList Deeds = WordList.Of("arrived", "fled", "crossed", "returned", "marched", "protested", "voted", "gathered", "attended", "applied", "signed");

    /// <summary>
    /// "people have been vaccinated", "people vaccinated", "were displaced", "people arrived", "people were in shelters",
    /// "customers were still without power": the participle, deed or state after a people noun, or null.
    /// </summary>
    private static string? Participle(SentenceContext sentence, int nounIndex)
    {
        if (nounIndex + 1 < sentence.Tokens.Count && Deeds.Contains(sentence.Tokens[nounIndex + 1])) return sentence.Tokens[nounIndex + 1].Lower;
        if (StateAfter(sentence, nounIndex) is { } state) return state;
        for (var k = nounIndex + 1; k < Math.Min(sentence.Tokens.Count, nounIndex + 5); k++)
        {
            var w = sentence.Tokens[k].Lower;
            if (Participles.Contains(w)) return w;
            if (w is not ("have" or "has" or "had" or "been" or "were" or "was" or "are" or "is" or "fully" or "now" or "already" or "so" or "far")) return null;
        }
        return null;
    }

    /// <summary>
    /// "were in shelters", "remain in camps", "were still without power", "live in rural areas": where people are or what they
    /// lack, after the noun, as words of the subject ("in-shelters"); not a place's name ("were in Kabul").
    /// </summary>
    private static string? StateAfter(SentenceContext sentence, int nounIndex)
    {
        var t = sentence.Tokens;
        var k = nounIndex + 1;
        // "customers in Kenya were still without power": past the place the noun is in.
        if (k + 1 < t.Count && t[k].Is("in") && sentence.Places.FirstWhere(k + 1, static (p, at) => p.First == at) is { } place) k = place.Last + 1;
        if (k >= t.Count || t[k].Lower is not ("were" or "are" or "was" or "is" or "remain" or "remained" or "remains" or "live" or "lived" or "living")) return null;
        k++;
        if (k < t.Count && t[k].Lower is "still" or "now" or "currently") k++;
        if (k < t.Count && t[k].Lower is "living" or "staying" or "sheltering") k++;
        if (k + 1 >= t.Count || t[k].Lower is not ("in" or "without")) return null;
        var words = t[k].Lower;
        var n = k + 1;
        if (n < t.Count && t[n].Lower is "makeshift" or "rural" or "temporary" or "emergency" or "urban") words += "-" + t[n++].Lower;
        if (n >= t.Count || !t[n].IsWord || t[n].IsCapitalized || t[n].Lower is "the" or "a" or "an") return null;
        return words + "-" + t[n].Lower;
    }

    /// <summary>"Kenya had vaccinated 2.2 million people": a participle just before the figure, as the one that names the people counted.</summary>
    private static string? DoneBefore(SentenceContext sentence, int figureIndex) =>
        figureIndex > 0 && Participles.Contains(sentence.Tokens[figureIndex - 1]) ? sentence.Tokens[figureIndex - 1].Lower : null;

    /// <summary>"aims to vaccinate 10 million people": the verb of a goal, as the participle that names the people counted.</summary>
    private static string? GoalVerb(SentenceContext sentence, int figureIndex)
    {
        var t = sentence.Tokens;
        for (var k = figureIndex - 1; k >= Math.Max(1, figureIndex - 3); k--)
        {
            if (!t[k - 1].Is("to")) continue;
            var candidate = t[k].Lower.EndsWith('e') ? t[k].Lower + "d" : t[k].Lower + "ed";
            if (Participles.Contains(candidate)) return candidate;
        }
        return null;
    }

    private static string? CasualtyKind(SentenceContext sentence, Figure figure, NounReading noun)
    {
        var t = sentence.Tokens;
        // "20 to 25 people reported missing in the two countries": the two counts countries, whatever stands before it.
        if (noun.Word is null && figure.Last + 1 < t.Count && t[figure.Last + 1].IsWord && !t[figure.Last + 1].IsCapitalized
            && t[figure.Last + 1].Lower.EndsWith('s') && !Words.Casualty.ContainsKey(t[figure.Last + 1].Lower) && t[figure.Last + 1].Lower is not ("was" or "is" or "has" or "others" or "more"))
        {
            return null;
        }
        for (var k = figure.First - 1; k >= Math.Max(0, figure.First - 3); k--)
        {
            if (Words.Casualty.TryGetValue(t[k].Lower, out var kind)) return kind;
            if (t[k].Is("toll")) return "killed";
            // "Ghana lost two peacekeepers", "has lost more than 170 peacekeepers": people lost are dead, where jobs lost are a change.
            if (t[k].Lower is "lost" or "lose" or "loses" && noun.Word?.Category is UnitCategory.Personnel or UnitCategory.People) return "killed";
        }
        var from = Math.Max(figure.Last, noun.Index) + 1;
        for (var k = from; k < Math.Min(t.Count, from + 3); k++)
        {
            if (Words.Casualty.TryGetValue(t[k].Lower, out var kind)) return kind;
            // "3,500 cases and 20 deaths": the deaths are the 20's.
            if (t[k].Text is "," or ";" || t[k].IsNumber) break;
        }
        if (noun.Word?.Canonical is "deaths" or "fatalities" or "casualties") return noun.Word.Canonical == "casualties" ? "casualties" : "killed";
        // "The death toll from the earthquake rose to 312"
        if (noun.Word is null && sentence.AnyBefore(figure.First, 10, TollWords)) return "killed";
        // "killed more than 50,000 people in Turkey and about 6,000 in Syria": a figure joined to one before it counts the same.
        if (figure.First > 0 && t[figure.First - 1].Lower is "and" or "," && (noun.Index < 0 || noun.Index < figure.First)
            && sentence.Figures.LastWhere(figure.First, static (f, first) => f.Last < first) is { } before)
        {
            return CasualtyKind(sentence, before, noun);
        }
        return null;
    }

    private static string? NounBefore(SentenceContext sentence, int index, WordList nouns)
    {
        var t = sentence.Tokens;
        for (var k = index - 1; k >= Math.Max(0, index - 10); k--)
        {
            // "had cost the economy more than 250 million euros": the verb, not the noun.
            if (!nouns.Contains(t[k]) || (k > 0 && t[k].Lower is "cost" or "costs" && t[k - 1].Lower is "had" or "has" or "have" or "will" or "would" or "to" or "could" or "may" or "might")) continue;
            // "the health budget", "vaccination rate": one lower-case word before the noun is part of its name.
            // "Core inflation" opening the sentence is as much a name as "core inflation" inside it.
            var modifier = k > 0 && t[k - 1].IsWord && !NoModifier(t[k - 1].Lower) && (!t[k - 1].IsCapitalized || (k - 1 == 0 && !sentence.Places.Exists(static p => p.First == 0) && !t[k - 1].Text.AsSpan(1).ContainsAnyInRange('A', 'Z'))) && t[k - 1].Lower is not ("the" or "a" or "an" or "its" or "their" or "of" or "and" or "to" or "in" or "his" or "her" or "this" or "that" or "total" or "overall")
                ? t[k - 1].Lower + "-"
                : string.Empty;
            return Slug.Of(modifier + t[k].Lower);
        }
        return null;
    }

    /// <summary>
    /// Whether a word before a money or rate noun is no part of its name: a verb ("foresees revenue", "had cost") or a
    /// preposition ("after growth of"), where "defence spending" and "core inflation" name what is counted.
    /// </summary>
    private static bool NoModifier(string lower) =>
        lower.EndsWith("ed", StringComparison.Ordinal) || (lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal))
        || lower is "had" or "has" or "have" or "after" or "before" or "with" or "for" or "from" or "at" or "by" or "on" or "over" or "under" or "than" or "as" or "while" or "into" or "see" or "cost" or "will" or "would";

    /// <summary>The actor: a demonym or country right before the noun ("American soldiers"), else, for people and money, the sentence's actor.</summary>
    private (string? Key, PlaceHit? Hit) Who(SentenceContext sentence, Figure figure, NounReading noun, bool modifiersOnly)
    {
        if (noun.Who is { } direct) return (direct.Entry.Country, direct);
        if (noun.Index > 1 && noun.Index > figure.Last && sentence.Tokens[noun.Index - 1].Lower is "its" or "their" && sentence.Tokens[noun.Index - 2].Is("of")
            && sentence.Places.FirstWhere(figure.First, static (p, first) => p.Lead.Length == 0 && p.Last < first && !p.Entry.IsDemonym) is { } owner)
        {
            // "France ended its operation, after a decade in which 58 of its soldiers were killed": France's soldiers.
            return (owner.Entry.Country, owner);
        }
        if (modifiersOnly) return (null, null);
        // The nearest actor before the figure, not after a preposition, and not a demonym of another group ("Iraqi forces").
        var actor = sentence.Places.LastWhere((figure, sentence.Tokens), static (p, s) => p.Last < s.figure.First && p.Lead.Length == 0 && p.Entry.Key != "coalition"
                && !(p.Entry.IsDemonym && p.Last + 1 < s.Tokens.Count && UnitWords.Find(s.Tokens[p.Last + 1].Lower) is not null))
            ?? sentence.Places.FirstWhere(figure, static (p, figure) => p.First > figure.Last && p.Lead.Length == 0 && p.Entry.IsActorOnly && p.Entry.Key != "coalition");
        if (actor is null && lastActor is not null && sentence.Tokens.Any(x => x.Lower is "its" or "their" or "it" or "they"))
        {
            // "It will cut its forces …": the actor of an earlier sentence.
            return (lastActor.Entry.Country, null);
        }
        return actor is null ? (null, null) : (actor.Entry.Country, actor);
    }

    /// <summary>"The Socialists won 77 seats": the capitalised name before the figure that is no place, title or date, as a key.</summary>
    private string? Party(SentenceContext sentence, int figureIndex)
    {
        var t = sentence.Tokens;
        for (var k = figureIndex - 1; k >= Math.Max(0, figureIndex - 10) && t[k].Text != ";"; k--)
        {
            if (!t[k].IsCapitalized || t[k].Is("the") || desk.Gazetteer.Find(t[k].Text) is not null || Words.Titles.Contains(t[k])
                || Words.Weekdays.ContainsKey(t[k].Lower) || Words.MonthNumbers.ContainsKey(t[k].Lower) || (k == 0 && t[k].Lower is "a" or "an" or "in" or "on" or "at" or "for" or "but" or "and" or "as" or "after" or "with" or "by"))
            {
                continue;
            }
            var start = k;
            while (start > 0 && k - start < 2 && t[start - 1].IsCapitalized && !t[start - 1].Is("the") && desk.Gazetteer.Find(t[start - 1].Text) is null) start--;
            return Slug.Of(body[t[start].Start..t[k].End]);
        }
        return null;
    }

    /// <summary>"Britain's defence budget": the country or organisation just before the money noun.</summary>
    private static PlaceHit? MoneyOwner(SentenceContext sentence, int figureIndex)
    {
        var t = sentence.Tokens;
        for (var k = figureIndex - 1; k >= Math.Max(0, figureIndex - 10); k--)
        {
            if (!MoneyNouns.Contains(t[k])) continue;
            return sentence.Places.LastWhere(k, static (p, k) => p.Last < k && p.Last >= k - 3 && p.Lead.Length == 0);
        }
        return null;
    }

    /// <summary>
    /// The place: a phrase after the noun ("in Iraq", "deployed there"), else the nearest place in the sentence, else the last
    /// one before, unless the figure is "in" a place the desk does not know (<paramref name="unknownPlace"/>, then true).
    /// </summary>
    private string? Where(SentenceContext sentence, Figure figure, NounReading noun, PlaceHit? whoHit, bool byCountry, out bool unknownPlace) =>
        Where(sentence, figure, noun, whoHit, byCountry, out unknownPlace, out _);

    /// <summary>
    /// The place, as <see cref="Where(SentenceContext, Figure, NounReading, PlaceHit?, bool, out bool)"/> gives it, and, when it is
    /// given <paramref name="byCountry"/> and is a city or region named in the figure's own words ("40,000 workers in Milan",
    /// "officials in Manila reported 3,000 cases"), that place's own key (<paramref name="city"/>); a city further off, or an
    /// earlier sentence's, carries only its country.
    /// </summary>
    private string? Where(SentenceContext sentence, Figure figure, NounReading noun, PlaceHit? whoHit, bool byCountry, out bool unknownPlace, out string? city)
    {
        city = null;
        var t = sentence.Tokens;
        var from = Math.Max(figure.Last, noun.Index) + 1;
        var leaving = sentence.AnyBefore(figure.First, 4, Leaving);
        PlaceHit? place = null;
        var namesUnknownPlace = false;
        var countryOnly = false;
        for (var k = from; k < Math.Min(t.Count, from + 14) && place is null; k++)
        {
            namesUnknownPlace |= k <= from + 4 && UnknownPlaces.NamedAt(sentence, k);
            if (t[k].Text is ";" or "," || (k > from && sentence.Figures.FirstWhere(k, static (f, k) => f.First == k) is not null)) break;
            if (t[k].Is("there") && k <= from + 2)
            {
                place = sentence.Places.LastWhere((figure, whoHit), static (p, s) => p.IsPlace && p.Last < s.figure.First && p != s.whoHit) ?? lastPlace;
                break;
            }
            if (t[k].Is("in") && k + 2 < t.Count && t[k + 1].Is("the") && t[k + 2].Is("country"))
            {
                // "the contingent, based in the city of Gao, … had 12,000 troops in the country": the country of the place named.
                place = sentence.Places.LastWhere((figure, whoHit), static (p, s) => p.IsPlace && p.Last < s.figure.First && p != s.whoHit) ?? lastPlace;
                countryOnly = true;
                break;
            }
            // Not "from": "880,000 doses from the UK" and "refugees from Myanmar" are where they came from, not where they are;
            // but "withdrew its last 2,400 troops from Mali" is where they were.
            place = sentence.Places.FirstWhere((k, leaving), static (p, s) => p.First == s.k && p.IsPlace
                && (p.Lead is "in" or "to" or "across" or "inside" or "into" or "throughout" or "within" || (s.leaving && p.Lead == "from")));
        }
        if (place is null && noun.Index < figure.First && noun.Index >= 0)
        {
            place = sentence.Places.FirstWhere((noun.Index, figure.First), static (p, s) => p.IsPlace && p.First > s.Index && p.Last < s.First && p.Lead.Length > 0);
        }
        // A place before the figure counts when a preposition makes it one ("in Afghanistan, there are …"); "US" in "US troops" is an actor.
        if (place is null && sentence.Places.LastWhere((figure, whoHit), static (p, s) => p.IsPlace && p.Last < s.figure.First && p != s.whoHit && p.Lead.Length > 0) is { } before)
        {
            if (UnknownPlaces.NamedBetween(sentence, before.Last + 1, figure.First)) namesUnknownPlace = true;
            else place = before;
        }
        // Only a city named in the figure's own words is its place of its own: "64 cases, 12 of them in Accra" are Ghana's.
        var ownPlace = place;
        // Whether the figure is in a place the desk does not know is asked only when its sentence has placed it nowhere yet.
        namesUnknownPlace = place is null && (namesUnknownPlace || UnknownPlaces.NamedBefore(sentence, figure.First));
        // A place after the figure in its own clause; past another figure only when the figure names no place of its own ("300
        // soldiers in Porto, 200 in Kabul": Kabul is the 200's). Another clause's place is another statement's: "Britain withdrew
        // its 250 troops, and Sweden said …", "flown 2,500 tonnes out of Gao, mostly via the airport in Niamey, Niger".
        place ??= sentence.Places.FirstWhere((figure, whoHit, sentence, namesUnknownPlace, leaving), static (p, s) => p.IsPlace && p.First > s.figure.Last && p != s.whoHit && (p.Lead != "from" || s.leaving)
                && (!ClauseMarkBetween(s.sentence, s.figure.Last + 1, p.First) || NextClauseIs(s.sentence, s.figure.Last, p))
                && !(s.namesUnknownPlace && s.sentence.Figures.FirstWhere((s.figure.Last, p.First), static (f, r) => f.First > r.Item1 && f.First < r.Item2) is not null))
            // An earlier sentence's place, when this one names none; not when the figure is in a place the gazetteer does not
            // hold (UnknownPlaces).
            ?? (namesUnknownPlace ? null : OwnCountry(sentence, figure, noun, whoHit) ?? lastPlace);
        unknownPlace = place is null && namesUnknownPlace;
        if (place is null) return null;
        if (!ReferenceEquals(place, lastPlace)) placedIn = place;
        // A city that is the sentence's subject is the figure's own as well: "Tokyo's population rose to 14.09 million", "Seoul,
        // the capital, was home to about 9.4 million people".
        // Not a dateline ("TOKYO - Japan's population …", "Bucharest, 8 March 2024 - The ministry reported …"), nor a city
        // another place stands after.
        if (ownPlace is null && place.First == 0 && place.Lead.Length == 0 && place.Last < figure.First && !Dateline(sentence, place, figure.First)) ownPlace = place;
        // "the 97 homicides the city saw in 2019", after a sentence on Milwaukee: the city the story is in.
        if (byCountry && ReferenceEquals(place, lastPlace) && !place.Entry.IsCountry && !place.Entry.IsDemonym && place.Entry.Key != place.Entry.Country
            && TheCity(sentence))
        {
            city = place.Entry.Key;
        }
        if (byCountry && !countryOnly && ReferenceEquals(place, ownPlace) && !ReferenceEquals(place, lastPlace) && !place.Entry.IsCountry && !place.Entry.IsDemonym && place.Entry.Key != place.Entry.Country) city = place.Entry.Key;
        return byCountry ? place.Entry.Country : place.Entry.Key;
    }

    /// <summary>Whether the sentence speaks of "the city", "the city's" or "the capital".</summary>
    private static bool TheCity(SentenceContext sentence)
    {
        var t = sentence.Tokens;
        for (var k = 1; k < t.Count; k++)
        {
            if (t[k - 1].Is("the") && t[k].Lower is "city" or "city's" or "capital" or "capital's") return true;
        }
        return false;
    }

    /// <summary>Whether a dash or another place stands between <paramref name="place"/> and token <paramref name="first"/>: the place is a dateline's, or not the nearest.</summary>
    private static bool Dateline(SentenceContext sentence, PlaceHit place, int first)
    {
        for (var k = place.Last + 1; k < first; k++)
        {
            if (sentence.Tokens[k].Text is "-" or "–" or "—" || sentence.Places.FirstWhere(k, static (p, k) => p.First == k) is not null) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the figure starting at token <paramref name="first"/> is the whole a figure before it is a part of: "117 of
    /// 230 seats", "201 of the 400 seats".
    /// </summary>
    private static bool WholeOfPart(SentenceContext sentence, int first)
    {
        var t = sentence.Tokens;
        var of = first - 1;
        if (of >= 0 && t[of].Is("the")) of--;
        return of > 0 && t[of].Is("of") && sentence.Figures.FirstWhere(of - 1, static (f, at) => f.Last == at) is not null;
    }

    /// <summary>Words before a figure that make a place after "from" where the figure was: "withdrew 2,400 troops from Mali".</summary>
    private static readonly WordList Leaving = WordList.Of([.. Words.Movement, .. Words.ReduceVerbs, "left", "leave", "leaves", "pulled", "fled"]);

    /// <summary>
    /// A country or place the figure's sentence names without a preposition, when it names none with one: "Brazil
    /// administered 1.2 million doses", "Japan's unemployment rate was 2.4%" are Brazil's and Japan's, whatever place an
    /// earlier sentence named. Not for troops, which a country mostly keeps elsewhere ("the US has 2,500 troops"), unless
    /// their own words name them another country's: "Lithuania hosted nearly 1,700 German soldiers" are in Lithuania.
    /// </summary>
    private static PlaceHit? OwnCountry(SentenceContext sentence, Figure figure, NounReading noun, PlaceHit? whoHit) =>
        noun.Word?.Category == UnitCategory.Personnel
            ? noun.Who is { } theirs
                ? sentence.Places.FirstWhere((theirs, sentence, figure), static (p, s) => p.IsPlace && !p.Entry.IsDemonym && p.Lead.Length == 0
                    && p.Last < s.figure.First && p.Entry.Country != s.theirs.Entry.Country && !Speaks(s.sentence, p))
                : null
            : sentence.Places.FirstWhere((whoHit, sentence), static (p, s) => p.IsPlace && !p.Entry.IsDemonym && p.Lead.Length == 0
                && (s.whoHit is null || p == s.whoHit || p.Entry.IsCountry) && !Speaks(s.sentence, p));

    /// <summary>
    /// Whether the figure's noun is followed by a verb of its own, so that the figure begins a clause: "the minister added
    /// 400 soldiers were wounded" tells, where "added 30,000 jobs" is a change.
    /// </summary>
    private static bool StartsClause(SentenceContext sentence, Figure figure)
    {
        var t = sentence.Tokens;
        for (var k = figure.Last + 1; k < t.Count && k <= figure.Last + 4; k++)
        {
            if (t[k].Lower is "was" or "were" or "had" or "have" or "has" or "are" or "is" or "would" or "will") return true;
            if (t[k].Text is "," or ";") break;
        }
        return false;
    }

    /// <summary>
    /// Words after a country that make it one speaking of another: "US officials said", "Britain's foreign office said".
    /// A country's own government or ministry mostly speaks of it ("Spain's health ministry attributed 2,124 deaths").
    /// </summary>
    private static readonly WordList ForeignSpeakers = WordList.Of("foreign", "embassy", "envoy", "diplomats", "officials", "official");

    /// <summary>
    /// Whether <paramref name="place"/> speaks of another country in its sentence ("US officials said 300 civilians were
    /// killed" in a story on Sudan); "Kenya's officials" are Kenya's own.
    /// </summary>
    private static bool Speaks(SentenceContext sentence, PlaceHit place)
    {
        var t = sentence.Tokens;
        var possessive = t[place.Last].IsPossessive;
        for (var k = place.Last + 1; k < t.Count && k <= place.Last + 2; k++)
        {
            if (ForeignSpeakers.Contains(t[k]) && !(possessive && t[k].Lower is "officials" or "official")) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the clause of the figure ending at token <paramref name="last"/> makes it a rate: "each", "every", "per" or
    /// "a" before a period after it ("are vaccinated each day", "3,500 euros a month"), but not a time or a length ("in a
    /// day", "for a week", "a year ago").
    /// </summary>
    private static bool RateAfter(SentenceContext sentence, int last)
    {
        var t = sentence.Tokens;
        for (var k = last + 1; k + 1 < t.Count && k <= last + 8 && !IsClauseMark(t[k]); k++)
        {
            if (t[k].Lower is not ("each" or "every" or "per" or "a" or "an") || !Words.RatePeriods.Contains(t[k + 1])) continue;
            if (t[k].Lower is "each" or "every" or "per") return true;
            var isTime = t[k - 1].Lower is "in" or "within" or "for" or "over" or "than" or "after" or "on" or "about" or "nearly" or "almost"
                || (k + 2 < t.Count && t[k + 2].Lower is "ago" or "earlier" or "later" or "before" or "after" or "on" or "or" or "ahead" or "into" or "apart" or "long" or "old");
            if (!isTime) return true;
        }
        return false;
    }

    /// <summary>The words of the clause around tokens <paramref name="first"/>..<paramref name="last"/>: between commas, semicolons or quotation marks.</summary>
    private static TextSpan Clause(SentenceContext sentence, int first, int last)
    {
        var t = sentence.Tokens;
        var start = first;
        while (start > 0 && first - start < 12 && !IsClauseMark(t[start - 1])) start--;
        while (start < first && t[start].Lower is "and" or "but" or "which" or "while") start++;
        var end = last;
        while (end + 1 < t.Count && end - last < 14 && !IsClauseMark(t[end + 1]) && !(t[end + 1].Text == "." && end + 2 >= t.Count)) end++;
        return SpanOf(sentence, start, end);
    }

    /// <summary>
    /// Whether <paramref name="place"/> with its preposition is the whole of the clause after the figure ending at token
    /// <paramref name="last"/>: "300 soldiers in Tarin Kowt, in Afghanistan, today" says where Tarin Kowt is.
    /// </summary>
    private static bool NextClauseIs(SentenceContext sentence, int last, PlaceHit place)
    {
        var t = sentence.Tokens;
        var k = place.First - 1;
        if (k >= 0 && t[k].Is("the")) k--;
        if (place.Lead.Length == 0 || k < 0 || !t[k].Is(place.Lead)) return false;
        return k > 0 && IsClauseMark(t[k - 1]) && !ClauseMarkBetween(sentence, last + 1, k - 1);
    }

    /// <summary>Whether a comma, semicolon or other clause mark stands among tokens <paramref name="from"/>..<paramref name="to"/> (exclusive).</summary>
    private static bool ClauseMarkBetween(SentenceContext sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (IsClauseMark(sentence.Tokens[k])) return true;
        }
        return false;
    }

    private static bool IsClauseMark(Text.Token token) => token.Text is "," or ";" or ":" or "(" or ")" or "\u201C" or "\u201D" or "\"" or "\u2014";

    /// <summary>"they made up the bulk of the then 7,500 coalition forces": a share of the later figure's group held by the earlier one's.</summary>
    private void ReadShare(SentenceContext sentence, List<(Figure Figure, Draft Draft)> drafted)
    {
        var t = sentence.Tokens;
        for (var i = 0; i + 1 < t.Count; i++)
        {
            var phraseEnd = -1;
            string? value = null;
            if ((t[i].Is("the") || t[i].Is("a")) && t[i + 1].Lower is "bulk" or "majority" && i + 2 < t.Count && t[i + 2].Is("of"))
            {
                phraseEnd = i + 2;
                value = "majority";
            }
            if (phraseEnd < 0) continue;
            var (whole, part) = ShareFigures(drafted, i, phraseEnd);
            if (whole.Draft is null || part.Draft is null || whole.Draft.Subject == part.Draft.Subject) continue;
            var span = SpanOf(sentence, Math.Max(0, i - 3), whole.Figure.Last + 2 < t.Count ? whole.Figure.Last + 2 : whole.Figure.Last);
            Drafts.Add(new Draft
            {
                Kind = ClaimKind.Share, Subject = part.Draft.Subject, Whole = whole.Draft.Subject, Start = span.Start, End = span.End,
                Value = Quantity.Parse(value!), Time = whole.Draft.Time, Attribution = whole.Draft.Attribution,
            });
        }
    }

    /// <summary>
    /// The observation just after a share's phrase ending at <paramref name="phraseEnd"/> (its whole) and the last one
    /// before token <paramref name="at"/> (its part), each or both default. A method of its own: lambdas in the loop over
    /// tokens made a closure for every token read, where a share's phrase is rare.
    /// </summary>
    private static ((Figure Figure, Draft Draft) Whole, (Figure Figure, Draft Draft) Part) ShareFigures(List<(Figure Figure, Draft Draft)> drafted, int at, int phraseEnd) =>
        (drafted.FirstOrDefault(d => d.Figure.First > phraseEnd && d.Figure.First <= phraseEnd + 4 && d.Draft.Kind == ClaimKind.Observation),
            drafted.LastOrDefault(d => d.Figure.Last < at && d.Draft.Kind == ClaimKind.Observation));
}
