using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Reading;
using NodaTime;

namespace FactCheck.Extraction.Drafting;

/// <summary>Figures: what each counts, whose and where, and whether it is a level, a goal, or no figure of a subject at all.</summary>
internal sealed partial class ArticleReader
{
    private static readonly WordList ChangeWords = WordList.Of([.. Words.ReduceVerbs, .. Words.IncreaseVerbs, "reach"]);

    /// <summary>Nouns of a change whose size follows "of": "an increase of 1,906,247", "a drop of 2,000".</summary>
    private static readonly WordList ChangeNouns = WordList.Of("increase", "rise", "decrease", "drop", "fall", "decline", "gain", "loss", "jump", "reduction", "cut",
        // "spending cuts of about 12 trillion pesos".
        "cuts", "increases", "reductions");

    private void ReadFigures(SentenceContext sentence)
    {
        var drafted = new List<(Figure Figure, Draft Draft)>();
        foreach (var figure in sentence.Figures)
        {
            if (ReadFigure(sentence, figure, drafted.Count > 0 ? drafted[^1].Figure.Last : -1) is { } draft)
            {
                Drafts.Add(draft);
                drafted.Add((figure, draft));
            }
        }
        ReadShare(sentence, drafted);
        ReadBreakdown(sentence, drafted);
        ReadLaterBreakdown(sentence, drafted);
        ReadContinuedBreakdown(sentence, drafted);
        ReadRankedList(sentence, drafted);
        ReadPlan(sentence, drafted);
        ReadMovementStarts(sentence, drafted);
        ReadMovement(sentence, drafted);
        ReadSizedChanges(sentence, drafted);
    }

    /// <summary>The claim a figure makes, or nothing (and why) when it makes none; <paramref name="draftedLast"/> is the last token of the sentence's last figure drafted, or -1.</summary>
    private Draft? ReadFigure(SentenceContext sentence, Figure figure, int draftedLast)
    {
        var t = sentence.Tokens;
        var first = figure.First;
        var last = figure.Last;
        if (sentence.IsHeadline)
        {
            Skip(sentence, first, last, "a headline, which the article's text states in full");
            return null;
        }
        if (first > 0 && first == last && t[first].IsNumber && NumberedNameBefore(t, first))
        {
            // "1.28 million learners joined Grade 7", "classified in IPC Phase 4".
            Skip(sentence, first, last, "a number in a name (\"Grade 7\")");
            return null;
        }
        if (first > 0 && first == last && !t[first].IsNumber && figure.Value.Value <= 10 && t[first - 1].Lower is "the" or "these" or "those" && last + 1 < t.Count
            && t[last + 1] is { IsWord: true, IsCapitalized: false } named && named.Lower.EndsWith('s')
            && UnitWords.Find(named.Lower)?.Category is not (UnitCategory.Money or UnitCategory.Duration)
            // "the five cases confirmed in the county on Monday", "the seven miners who lost their lives on Tuesday": a count told
            // again with what it counts, which a source may tell otherwise than the article did.
            && !(last + 2 < t.Count && (t[last + 2].Is("who") || Words.RecordsAFigure(t[last + 2]))))
        {
            // "About 19,300 have left the two camps so far this year": the camps named before, counted again, no figure of them.
            Skip(sentence, first, last, "things named before, not a figure");
            return null;
        }
        if ((last + 2 < t.Count && t[last + 1].Text == ":" && t[last + 2].IsNumber && t[last + 2].Text.Length == 2 && t[last + 1].Start == t[last].End)
            || (first > 1 && t[first - 1].Text == ":" && t[first - 2].IsNumber && t[first].Text.Length == 2 && t[first - 1].Start == t[first - 2].End))
        {
            // "left the tracks at around 9:35 p.m.": a time of day, which the time reader does not read.
            Skip(sentence, first, last, "a time of day");
            return null;
        }
        if (Ratio(sentence, figure))
        {
            // "about 1.5 nurses for every 1,000 people": a ratio, of which neither figure is a level.
            Skip(sentence, first, last, "a ratio, not a level");
            return null;
        }
        if (last + 1 < t.Count && t[last + 1].Is("times"))
        {
            // "two to three times higher than official figures", "more than three times the number recorded in 2022": a multiple
            // of another figure, no count of what the sentence names.
            Skip(sentence, first, last, "a multiple, not a figure");
            return null;
        }
        if (first > 0 && (Words.Age.Contains(t[first - 1]) || (t[first].Lower is "under" or "over" && t[first - 1].Lower is "children" or "adults" or "people" or "those" or "kids") || AgeAfterBeing(t, first, last)
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
        // "has pledged to recruit 3,000 additional teachers by May 2026": a goal of adding, named by its verb.
        var addedBy = AddedGoal(sentence, first, last);
        if (addedBy is null && ((first > 0 && t[first - 1].Lower is "further" or "another" or "additional" or "extra") || (last + 1 < t.Count && t[last + 1].Lower is "more" or "additional" or "extra" or "fewer" && (last + 2 >= t.Count || !t[last + 2].Is("than"))
                // "Three more people died in Guatemala": a toll of its own place, as news gives one after another's.
                && !sentence.AnyBefore(Math.Min(t.Count, last + 5), 3, Words.CasualtyWords) && !sentence.AnyBefore(first, 2, Words.CasualtyWords))))
        {
            // "44,300 fewer jobseekers" is a fall's size.
            Skip(sentence, first, last, last + 1 < t.Count && t[last + 1].Is("fewer") ? "the size of a change, not a level" : "an addition, not a level");
            return null;
        }
        if (first > 0 && Words.Movement.Contains(t[first - 1]) && !SendsAMeasure(t, first, last))
        {
            Skip(sentence, first, last, "a movement, not a level");
            return null;
        }
        if (t[last].IsNumber && (t[last].Text.Length >= 7 && !t[last].Text.Contains(',', StringComparison.Ordinal) || (t[last].Text.Length > 1 && t[last].Text[0] == '0' && t[last].Text[1] != '.') || (last + 2 < t.Count && t[last + 1].Text == "-" && t[last + 2].IsNumber && t[last + 2].Text.Length == 4)))
        {
            Skip(sentence, first, last, "a phone number or code");
            return null;
        }
        var beforeMoney = CurrencyBefore(t, first);
        if ((beforeMoney > 0 && t[beforeMoney - 1].Is("by") && (sentence.AnyBefore(beforeMoney - 1, 4, ChangeWords) || (beforeMoney > 1 && t[beforeMoney - 2].Lower is "down" or "up"))
                // "had been taken up by more than 12,500 fans": who took it up, not how much it rose by.
                && !(beforeMoney > 2 && t[beforeMoney - 2].Is("up") && t[beforeMoney - 3].Lower is "taken" or "took" or "take" or "picked" or "snapped" or "signed" or "booked" or "set"))
            // "an increase of 1,906,247 people", "a drop of 2,000": the change's size.
            || (beforeMoney > 1 && t[beforeMoney - 1].Is("of") && ChangeNouns.Contains(t[beforeMoney - 2]))
            || (first > 0 && Words.ChangeObjectVerbs.Contains(t[first - 1]) && !t[first].Is("up") && !StartsClause(sentence, figure))
            // "Energy prices fell 2.4%", "rose 3.8% in March": the change, where "rose to 3.8%" is the level.
            || (first > 0 && ChangeWords.Contains(t[first - 1]) && (t[first - 1].Lower.EndsWith("ed", StringComparison.Ordinal) || t[first - 1].Lower is "rose" or "fell" or "grew" or "shrank")
                && !StartsClause(sentence, figure))
            // "2.8 million unemployed in January, up 169,000 from December", but not "rounded up 200 people".
            || (first > 1 && t[first - 1].Lower is "up" or "down" && (t[first - 2].Text == "," || t[first - 2].IsNumber))
            // "3.1% more than a year earlier", "roughly 222,000 more than a year earlier": how much more, not a level.
            || (last + 2 < t.Count && t[last + 1].Lower is "more" or "less" or "higher" or "lower" or "fewer" && t[last + 2].Is("than")))
        {
            Skip(sentence, first, last, "the size of a change, not a level");
            return null;
        }
        if ((((first > 0 && Words.PartWords.Contains(t[first - 1])) || (last + 2 < t.Count && t[last + 1].Is("of") && t[last + 2].Lower is "them" or "whom" or "which" or "those"))
                && sentence.Figures.FirstWhere(first, static (f, first) => f.Last < first) is not null)
            // "Cundinamarca alone accounted for 45 of those deaths": "those" and "these" point back to a whole another sentence gave.
            || (last + 2 < t.Count && t[last + 1].Is("of") && t[last + 2].Lower is "those" or "these")
            // "1,318 bridges on the national road network, of which 142 … were rated in poor condition": a part of the 1,318.
            || (first > 2 && t[first - 1].Lower is "which" or "whom" && t[first - 2].Is("of") && t[first - 3].Text == ","
                && sentence.Figures.FirstWhere(first, static (f, first) => f.Last < first - 3) is not null
                // "310 migrants, of whom 42 died": the dead are a toll of their own.
                && !(last + 1 < t.Count && (Words.CasualtyWords.Contains(t[last + 1])
                    || (last + 2 < t.Count && t[last + 1].Lower is "were" or "was" or "have" or "had" or "are" && Words.CasualtyWords.Contains(t[last + 2])))))
            // "At least nine people have died, six of them by drowning and three after being struck by lightning": the list goes on.
            || GoesOnWithParts(sentence, first))
        {
            Skip(sentence, first, last, "a part of a figure before it, not a level");
            return null;
        }
        if (CountOfAreas(sentence, last))
        {
            // "2,150 deaths in 17 of the country's 18 states": how many of its areas, which had taken the toll's noun before it.
            Skip(sentence, first, last, "a count of areas, not a level");
            return null;
        }
        if (last + 2 < t.Count && t[last + 1].Is("of") && sentence.FigureAt(t[last + 2].Is("the") ? last + 3 : last + 2) is { } wholeAfter && CountedWholeAfter(t, wholeAfter.Last))
        {
            // "41 of the 116 deaths recorded nationwide had occurred in her region", "Twenty-three of the 41 people killed were
            // children": the part is no level of the country's, its whole is.
            Skip(sentence, first, last, "a part of a figure after it, not a level");
            return null;
        }
        if (WholeOfPart(sentence, first) && !CountedWholeAfter(t, last))
        {
            Skip(sentence, first, last, "the whole of a part (\"117 of 230 seats\"), not a level of its own");
            return null;
        }
        if (first > 2 && t[first - 1].Is("of") && t[first - 2].Lower is "city" or "town" or "village" or "hamlet" or "population" && t[first - 3].Lower is "a" or "the" or "its"
            && !OwnPopulation(sentence, first - 2))
        {
            Skip(sentence, first, last, "a place's population, not a level");
            return null;
        }
        var opening = beforeMoney - 1;
        if ((opening > 0 && t[opening].Text == "(" && (opening < first - 1 || MeasureAfter(t, last)) && sentence.Figures.FirstWhere(opening, static (f, at) => f.Last >= at - 3 && f.Last < at) is not null)
            // "8.4 million residents, or 45.5% of the total": the figure drafted just before, written another way.
            || (first > 1 && t[first - 1].Is("or") && t[first - 2].Text == "," && draftedLast >= first - 7 && draftedLast < first - 2))
        {
            // "250 million euros ($275 million)": the figure before, in another currency or unit.
            Skip(sentence, first, last, "the figure before it written another way");
            return null;
        }
        if ((first > 1 && (CappedAt(sentence, first)
            // "an authorized ceiling of 17,000 troops and 2,101 police": a figure joined to a cap is one too.
            || (t[first - 1].Is("and") && !VerbAfter(sentence, last) && sentence.Figures.FirstWhere(first, static (f, first) => f.Last < first - 1 && f.Last >= first - 5) is { } capped
                && capped.First > 1 && CappedAt(sentence, capped.First))))
            // "well above the 1% threshold we consider acceptable": the bound's noun after it.
            || (last + 1 < t.Count && t[last + 1].Lower is "threshold" or "limit" or "ceiling"))
        {
            // "Parliament capped the deployment at 1,400 troops", "a ceiling of 1,400 soldiers": a bound on the level, not the level.
            Skip(sentence, first, last, "a cap, not a level");
            return null;
        }
        // "fell to $2.38 a kilogram from $2.47": a movement's start is a rate where its end is.
        if (RateAfter(sentence, last) || (first > 0 && t[first - 1].Is("per"))
            || (figure.Role == FigureRole.From && Counterpart(sentence, figure) is { } rateEnd && rateEnd.First < first && RateAfter(sentence, rateEnd.Last)))
        {
            Skip(sentence, first, last, "a rate (\"40,000 a day\"), not a level");
            return null;
        }
        if (OnePeriodOfMany(sentence, first) is { } period)
        {
            // "The busiest single day was Sunday July 28, when nearly 128,000 passengers passed through": one day's count, no
            // level of the place's passengers, which FC005 had held the year's 33.4 million against; and "August was the busiest
            // month, with 3.5 million passengers, while February, the quietest, saw 2.1 million", which FC001 had held as one.
            Skip(sentence, first, last, $"one {period}'s count, not a level");
            return null;
        }
        if ((first > 1 && t[first - 1].Is("with") && figure.Value.Form is QuantityForm.LessThan or QuantityForm.MoreThan or QuantityForm.AtLeast or QuantityForm.AtMost or QuantityForm.Between
                && t[first - 2].Lower is "employers" or "firms" or "companies" or "businesses" or "households" or "families" or "schools" or "farms" or "farmers" or "villages")
            // "small ground-mounted systems of up to 5 megawatts", "plants of more than 100 MW": things of a size, no level of the size.
            || (first > 1 && t[first - 1].Is("of") && t[first - 2].Lower is "systems" or "plants" or "projects" or "units" or "installations" or "stations" or "turbines" or "vessels" or "ships"
                && figure.Value.Form is QuantityForm.LessThan or QuantityForm.MoreThan or QuantityForm.AtLeast or QuantityForm.AtMost or QuantityForm.Between
                && last + 1 < t.Count && UnitWords.Find(t[last + 1].Lower) is { IsMeasure: true }
                // "units of more than 200 MW of geothermal capacity": an amount of something, not a size.
                && !(last + 2 < t.Count && t[last + 2].Is("of"))))
        {
            // "Employers with fewer than five workers have been given until August": a class of them by size, no level of workers.
            Skip(sentence, first, last, "a class by size, not a level");
            return null;
        }
        if (EachBefore(sentence, first))
        {
            // "with each affected household to receive 5,000 ringgit": what one gets, no total.
            Skip(sentence, first, last, "an amount for each, not a total");
            return null;
        }
        if (first > 0 && t[first - 1].Lower is "close" or "closes" or "closed" or "closing" or "shut" or "shuts" or "shutting")
        {
            // "Westbridge Bank will close 41 branches by the end of October": closures, no level of what is left, nor a goal to reach.
            Skip(sentence, first, last, "closures, not a level");
            return null;
        }
        if (first > 0 && t[first - 1].Lower is "using" or "involving")
        {
            // "using two ferries and a navy vessel", "a search involving two patrol vessels": the means of one operation.
            Skip(sentence, first, last, "the means of one operation, not a level");
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
        // "702.7 billion shillings for education and 138.1 billion for health": the unit of the figure it is joined to.
        if (noun.Word is null && figure.Role == FigureRole.Plain && JoinedAfter(sentence, figure) is { } joined && (joined.Currency is null) == (figure.Currency is null)
            && NounReader.Read(body, sentence, joined, desk.Gazetteer) is { Word.Category: UnitCategory.Money } joinedNoun)
        {
            noun = joinedNoun;
        }
        if (PopulationBefore(sentence, first) is { } population && (noun.Word is null || (noun.Index < first && noun.Index < population)))
        {
            // "Japan's population shrank to 124.35 million", "the population of Malawi is estimated at 20 million".
            noun = noun with { Word = UnitWords.Find("people"), UnitText = "people", Index = population };
        }
        if (noun.Word is null && last + 2 < t.Count && t[last + 1].Is("of")
            && sentence.FigureAt(last + (t[last + 2].Is("the") ? 3 : 2)) is { } whole)
        {
            // "19 of the 47 seats": the part counts what its whole counts.
            noun = NounReader.Read(body, sentence, whole, desk.Gazetteer);
        }
        // "Oregon spent $254 million fighting wildfires": a sum with its sign counts money, whatever noun follows it.
        if (figure.Currency is not null && (noun.Word is null || (noun.Word.Category != UnitCategory.Money && noun.Index > last)))
        {
            noun = noun with { Word = UnitWords.Find(figure.Currency), UnitText = figure.Currency };
        }
        if (noun.Index > last && noun.Index + 1 < t.Count && Words.ChangeObjectVerbs.Contains(t[noun.Index + 1]))
        {
            // "55,000 jobs added during the month"
            Skip(sentence, first, last, "the size of a change, not a level");
            return null;
        }
        if (beforeMoney > 1 && t[beforeMoney - 1].Is("of") && (Shortages.Contains(t[beforeMoney - 2]) || t[beforeMoney - 2].Is("short")))
        {
            // "a shortage of some 98,000 teachers", "a funding gap of $400 million", "will be short of some 10,000 doctors by 2035".
            Skip(sentence, first, last, "a shortage, not a level");
            return null;
        }
        if (first > 0 && t[first - 1].Lower is "need" or "needs" or "needed" or "require" or "requires" or "required")
        {
            // "Schools in Kenya need 12,000 new classrooms": what is wanted, not what there is.
            Skip(sentence, first, last, "a need, not a level");
            return null;
        }
        // "in tunnels hundreds of meters underground", "depths of nearly 500 meters": how far, whatever noun stands before it.
        if (last + 2 < t.Count && t[last + 1].Is("of") && Lengths.Contains(t[last + 2]) && noun.Index != last + 2)
        {
            Skip(sentence, first, last, "a distance, not a level");
            return null;
        }
        // "72 kilometres southwest of Marrakech", "at a depth of 18.5 kilometres": where something is, not how much of it.
        if (noun.Word?.Canonical is "kilometres" or "kilometers" or "miles" && noun.Index + 1 < t.Count
            && (Direction(sentence, noun.Index + 1) || (first > 0 && t[first - 1].Is("within")) || t[noun.Index + 1].Is("of")
                || (first > 1 && t[first - 1].Is("of") && t[first - 2].Lower is "depth" or "depths" or "distance" or "radius" or "altitude" or "height" or "trip" or "journey" or "crossing" or "route" or "length" or "stretch"
                    // "wind speeds of up to 120 kilometres": how fast, not how much of anything.
                    or "speed" or "speeds")))
        {
            Skip(sentence, first, last, "a distance, not a level");
            return null;
        }
        if (noun.Word?.Canonical is "kilometres" or "kilometers" or "miles" && noun.Compound.Contains("square"))
        {
            // "The park will cover some 726 square kilometres": the size of one thing.
            Skip(sentence, first, last, "an area's size, not a level");
            return null;
        }
        if (AverageBefore(sentence, first) || FromAnAverage(sentence, figure))
        {
            // "well above the ten-year average for early June of roughly 500,000 hectares": what is usual, not what there is.
            Skip(sentence, first, last, "an average, not a level");
            return null;
        }
        if (first >= 2 && t[first - 1].Lower is "his" or "her" or "their" && t[first - 2].Lower is "to" or "against" && sentence.FigureBetween(-1, first - 2))
        {
            // "She received 131,408 votes to his 102,415": the rival's count, told against the first.
            Skip(sentence, first, last, "a rival's figure, told against the one before");
            return null;
        }
        if (Threshold(sentence, first, last))
        {
            // "Coverage remains far below the 95 percent the World Health Organization says is needed": a bar, not a level.
            Skip(sentence, first, last, "a threshold said to be needed, not a level");
            return null;
        }
        if (EachTime(sentence, first, last))
        {
            // "bus crashes on narrow Andean highways regularly claim dozens of lives at a time": what one event of a kind does.
            Skip(sentence, first, last, "what each event of a kind counts, not a level");
            return null;
        }
        if (TwoPlaces(sentence, Math.Max(last, noun.Index)))
        {
            // "killed at least 14 people in Honduras and Guatemala": a figure of both, which is neither's.
            Skip(sentence, first, last, "a figure of two places together");
            return null;
        }
        var casualty = CasualtyKind(sentence, figure, noun);
        if (casualty is null && first > 0 && t[first - 1].Lower is "lost" or "lose" or "loses")
        {
            // "Detroit lost 237,000 residents", "the airline lost 2 million passengers": what was lost, not a level.
            Skip(sentence, first, last, "the size of a change, not a level");
            return null;
        }
        if (PartOfAWhole(sentence, first, last, toll: casualty is not null) || (noun.Word?.Category != UnitCategory.Personnel && CountryRankedWith(sentence, first)))
        {
            Skip(sentence, first, last, "a part of a whole, not a level");
            return null;
        }
        var reported = sentence.IsReported;
        if (noun.Word is { Category: UnitCategory.Duration })
        {
            Skip(sentence, first, last, noun.Word.Canonical == "km" ? "a distance, not a level" : "a duration or a measure of time");
            return null;
        }
        if (RunningTotalAfter(sentence, last, noun.Word?.Canonical) && !CountedInADay(sentence, first))
        {
            // "recorded 386 new cases on Thursday, bringing the cumulative total to 10,847", "killed 12 more people, bringing the
            // death toll to 52": what the day added, whose level is the total the sentence goes on to give. A day's window names
            // what it added ("in the 24 hours to Thursday"), which is drafted as the day's.
            Skip(sentence, first, last, "an addition, not a level");
            return null;
        }
        if (figure.Value.IsPercent && figure.Value.Word is not null)
        {
            Skip(sentence, first, last, "a fraction, not a figure");
            return null;
        }
        if (casualty is null && Words.Movement.Contains(sentence.Tokens[Math.Max(0, first - 1)].Lower) && sentence.TenseAt(first) is Tense.Past or Tense.Perfect && !SendsAMeasure(t, first, last))
        {
            Skip(sentence, first, last, "a movement, not a level");
            return null;
        }
        string? what;
        var countsPeople = false;
        var namedByCountNoun = false;
        if (casualty is not null)
        {
            what = (noun.Word is { Category: UnitCategory.Personnel or UnitCategory.People } ? noun.UnitText!.ToLowerInvariant()
                : noun.Word?.Canonical == "head" && noun.Index > last ? CountedByTheHead(sentence, noun.Index)
                : (noun.Word is null ? DeadOfOtherKind(sentence, last) : null) ?? "people") + "-" + casualty;
            // "Nine deaths were recorded in the 24 hours to Thursday evening": one day's deaths, no toll of the outbreak's.
            if (CountedInADay(sentence, first)) what = "daily-" + what;
            countsPeople = true;
        }
        else if (figure.Value.IsPercent)
        {
            what = NamedByCounterparts(sentence, figure, RateNouns) ?? MovingSubject(sentence, figure);
        }
        else if (noun.Word is { Category: UnitCategory.Money })
        {
            if (beforeMoney > 2 && t[beforeMoney - 1].Is("of") && t[beforeMoney - 2].Lower is "cost" or "price"
                && (t[beforeMoney - 3].Is("a") || (beforeMoney > 3 && t[beforeMoney - 4].Is("a") && t[beforeMoney - 3].Lower is "total" or "combined" or "projected" or "estimated")))
            {
                // "a new garage … at a cost of 12 million euros": what one thing costs, no budget's level.
                Skip(sentence, first, last, "the cost of one thing, not a budget");
                return null;
            }
            if (OneDealAfter(t, Math.Max(last, noun.Index)))
            {
                // "The budget comes as Kenya faces a $2 billion Eurobond repayment": one payment or loan, which the budget the
                // sentence names does not count.
                Skip(sentence, first, last, "money of one payment or loan, not a budget");
                return null;
            }
            what = NamedByCounterparts(sentence, figure, MoneyNouns) ?? MoneyNounAfter(sentence, Math.Max(last, noun.Index)) ?? MoneyNamedByVerb(sentence, beforeMoney)
                // "Earnings from sales to Pakistan fell to 18.9 billion shillings": the subject of a stated movement names the money;
                // a sum still to come is a plan or forecast ("will rise from £34,200 to £35,670"), no level.
                ?? (sentence.TenseAt(first) != Tense.Future && MovingSubject(sentence, figure) is { } moved
                    // "Copel's shares fell to 10.91 reais from 12.48": a company's share price, no level a desk holds a place to.
                    && moved is not ("shares" or "stock" or "stocks" or "share-price") ? moved : null);
            // "The budget sets aside 702.7 billion shillings for education": what the money is for names it.
            if (Purpose(sentence, Math.Max(last, noun.Index)) is { } purpose) what = purpose + "-" + (what is null or "budget" ? "budget" : what);
        }
        else if (noun.Word is { } word)
        {
            countsPeople = word.Category is UnitCategory.Personnel or UnitCategory.People;
            what = word.Category == UnitCategory.Countable ? string.Join('-', noun.Compound.Append(word.Canonical)) : word.Canonical;
            // "There are 2,650 people working here" counts the workers another source gives as "2,150 workers on this site".
            if (what == "people" && PeopleWorking(sentence, noun)) what = "workers";
            // "Of roughly 590,000 residents entitled to vote": the electorate, no count of the place's people.
            if (what == "people" && EntitledToVote(sentence.Tokens, noun.Index)) what = "eligible-voters";
            // Not a participle: "people told to leave", "said to have fled".
            if (what == "people" && noun.Index >= 0 && noun.Index + 1 < t.Count && t[noun.Index + 1].Lower is "said" or "say" or "says" or "told" or "insisted"
                && !(noun.Index + 2 < t.Count && t[noun.Index + 2].Lower is "to" or "by" or "into"))
            {
                // "Nearly 100,000 people told the city they do not want this zone": those who said so, no count of its people;
                // where "40,000 people signed a petition" are counted by their deed.
                Skip(sentence, first, last, "people who said something, not a level");
                return null;
            }
            // "73 new cases in the sixth week of the year": a week's new ones, no part of a total of all those since January; and
            // "six new confirmed cases", "2,700 new suspected cholera cases", "new" before the words that say which and whose.
            if (word.Category == UnitCategory.Countable && NewBefore(t, noun.Index) && sentence.Times.Exists(static m => IsWeek(m.Time))) what = "new-" + what;
            // "386 new cases in the 24 hours to Thursday evening", "1,221 hospital admissions in the past 24 hours": a day's.
            else if (word.Category == UnitCategory.Countable && CountedInADay(sentence, first)) what = "daily-" + what;
            // "Government procurement reached 30.0 million tonnes": the procurement, which "tonnes" alone would not tell from the harvest.
            if (noun.Compound.Count == 0 && word.IsMeasure
                && (Measured(sentence, first, noun) ?? (Counterpart(sentence, figure) is { } other ? Measured(sentence, other.First, NounReader.Read(body, sentence, other, desk.Gazetteer)) : null)
                    // "Output in Hebei, the country's biggest steelmaking province, rose to 17.1 million tonnes": the movement's subject.
                    ?? MovingSubject(sentence, figure)) is { } measured)
            {
                what = measured;
            }
            // "A wind-driven wildfire in central Oregon had burned 48,650 acres": one fire's area, which is no level of the place's
            // area burned ("Across Oregon, wildfires have burned about 610,000 acres so far this year"), nor can be held against it.
            if (what.StartsWith("area-", StringComparison.Ordinal) && OneFireBefore(sentence, first))
            {
                Skip(sentence, first, last, "the area of one fire, not the place's");
                return null;
            }
            // "The ranch has 40,000 acres", "below the emergency standard of 15 litres": a measure says how much, and without
            // what of, no subject an editor could check.
            if (word.IsMeasure && noun.Compound.Count == 0 && what == word.Canonical)
            {
                Skip(sentence, first, last, "a measure of nothing named");
                return null;
            }
            // "1,250 homes that are uninhabitable": what the clause after the noun says they are.
            if (word.Category == UnitCategory.Countable && StatedAfter(sentence, noun.Index) is { } state) what += "-" + state;
            // "damaged or destroyed more than 23,000 homes", "37 homes were destroyed": what was done to the things counted,
            // which are no stock of the place's homes.
            else if (word.Category == UnitCategory.Countable && !word.IsIncident && !word.IsMeasure && DoneToThings(sentence, first, noun.Index) is { } deed) what += "-" + deed;
            if (word.Category is UnitCategory.People or UnitCategory.Personnel && noun.Index + 2 < t.Count && t[noun.Index + 1].Text is "," or "and"
                && UnitWords.Find(t[noun.Index + 2].Lower) is { Category: UnitCategory.People or UnitCategory.Personnel })
            {
                // "More than 300 soldiers, police and volunteers": several groups counted together, which is none of theirs.
                Skip(sentence, first, last, "a count of several groups together");
                return null;
            }
            if (word.Category == UnitCategory.People && first > 0 && t[first - 1].Is("carrying"))
            {
                // "A wooden ferry carrying about 40 people": who was aboard one vessel, no level of a place's people.
                Skip(sentence, first, last, "the people aboard one vessel, not a level");
                return null;
            }
            var trade = word.Canonical is "teachers" or "nurses" or "doctors";
            var staff = word.Category == UnitCategory.People || trade;
            // "aims to hire 24,000 teachers" is a goal of adding, not a staff: only people of a trade an employer employs.
            if (first > 0 && (word.Category == UnitCategory.People ? Employing.Contains(t[first - 1]) : trade && t[first - 1].Lower.StartsWith("employ", StringComparison.Ordinal)) && addedBy is null)
            {
                // "Small underground mines employ some 15,000 people", "The TSC, which employs roughly 360,000 teachers": an
                // employer's staff, no level of a place's people.
                Skip(sentence, first, last, "the staff of an employer, not a level");
                return null;
            }
            if (staff && first > 0 && t[first - 1].Lower is "represents" or "represent" or "representing")
            {
                // "KUPPET, which says it represents about 120,000 teachers": a union's members.
                Skip(sentence, first, last, "the members of an organisation, not a level");
                return null;
            }
            if (word.Category == UnitCategory.People && first > 0 && t[first - 1].Lower is "represents" or "represent" or "representing" or "represented")
            {
                // "the GDL union, which represents about 40,000 rail workers": an organisation's members, no level of a place's workers.
                Skip(sentence, first, last, "the members of an organisation, not a level");
                return null;
            }
            // "4.2 million people have been vaccinated", "had vaccinated 2.2 million people", "unemployed people": people
            // counted by what was done to them, or what they are.
            if (word.Category == UnitCategory.People
                // "The number of people forced from their homes … has risen to 6.9 million": what the words after a noun before
                // the figure say was done to them.
                && (Participle(sentence, noun.Index) ?? Uprooted(sentence, first, noun.Index >= 0 && noun.Index < first && NumberOfBefore(t, noun.Index) ? noun.Index : Math.Max(noun.Index, last)) ?? GoalVerb(sentence, first) ?? DoneBefore(sentence, first) ?? Served(sentence, first, noun.Index)
                    ?? noun.Compound.FirstOrDefault(Participles.Contains)) is { } done)
            {
                what += "-" + done;
            }
        }
        // "Commencing enrolments in Australia fell 7.2% to 312,000": the count noun stands before the change's size.
        else if ((NamedByCounterparts(sentence, figure, CountNouns, wordsOnly: true)
                ?? (SizeOfChangeTo(sentence, figure) is { } size && size.Last < first && CountNounSubjectOf(sentence, size) ? NounBefore(sentence, size.First, CountNouns, wordsOnly: true) : null)) is { } counted
            && counted != "list")
        {
            // "The waiting list for routine hospital treatment in England fell to 7.36 million, down from 7.39 million": a noun
            // that is itself a count names what the bare figure (and the one it moved from) counts; a list only with what it is.
            what = counted;
            namedByCountNoun = true;
        }
        else if (noun.Word is null && MovingSubject(sentence, figure) is { } moving)
        {
            what = moving;
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
        if (addedBy is not null)
        {
            if (noun.Word?.Category is not (UnitCategory.People or UnitCategory.Personnel or UnitCategory.Countable) || casualty is not null)
            {
                Skip(sentence, first, last, "an addition, not a level");
                return null;
            }
            // What is to be added is no stock of the place's teachers, which a goal of 3,000 would be held against.
            if (!what.EndsWith("-" + addedBy, StringComparison.Ordinal)) what += "-" + addedBy;
        }
        if ((first > 0 && t[first - 1].Is("by") && noun.Index + 1 < t.Count && t[noun.Index + 1].Is("to") && noun.Word?.Canonical is "votes")
            || (first > 2 && t[first - 1].Is("to") && t[first - 2].Lower is "votes" && t[first - 3].IsNumber))
        {
            // "passed the bill by 310 votes to 260": a division's tally, for and against.
            Skip(sentence, first, last, "a vote's tally, not a level");
            return null;
        }
        if (noun.Word?.Canonical is "seats" or "votes" or "ballots" && casualty is null && first > 0 && t[first - 1].Is("by"))
        {
            // "retained the seat by nearly 22,000 votes": a winning margin.
            Skip(sentence, first, last, "a margin, not a level");
            return null;
        }
        if (noun.Word?.Canonical is "seats" or "votes" or "ballots" && casualty is null)
        {
            // Seats and votes are a party's: without one named, every party's figures would be one subject.
            if (Party(sentence, figure.Role == FigureRole.From && Counterpart(sentence, figure) is { } moved ? moved.First : first) is not { } party)
            {
                Skip(sentence, first, last, "seats or votes of no named party");
                return null;
            }
            what = party + "-" + what;
        }
        var (who, whoHit) = noun.Word?.Category == UnitCategory.Money && MoneyOwner(sentence, first) is { } owner
            ? (owner.Entry.Country, owner)
            : Who(sentence, figure, noun, casualty is not null || noun.Word?.Category is UnitCategory.Countable or UnitCategory.People);
        actedBy = whoHit ?? actedBy;
        // "STOCKHOLM - Car sales in Germany rose 21%": a count noun is its place's measure, with no actor of its own, least of all
        // the dateline's country.
        if (namedByCountNoun && noun.Who is null) (who, whoHit) = (null, null);
        var where = Where(sentence, figure, noun, whoHit, countsPeople || noun.Word?.IsIncident != true, out var unknownPlace, out var city, toll: casualty is not null);
        // "Turnout in the region rose to 33.9%, from 36.2% four years earlier": a movement's start is where its end is, and an
        // end left out for a place the desk does not know takes its start along, which had been the country's.
        if (figure.Role == FigureRole.From && !unknownPlace && Counterpart(sentence, figure) is { } movementEnd && movementEnd.Last < first && LeftOutAsUnknownPlace(sentence, movementEnd))
        {
            (where, unknownPlace, city) = (null, true, null);
        }
        // "The Milwaukee Common Council approved a $4.1 billion budget": a city's money is the city's own, no part of its
        // country's, where the owner's country had been the budget's place.
        // Not a payment to another place ("Wisconsin's state shared revenue payment to Milwaukee will be $289 million").
        if (noun.Word?.Category == UnitCategory.Money && whoHit is { IsPlace: true, Entry.IsCountry: false, Entry.IsDemonym: false } purse && purse.Entry.Key != purse.Entry.Country
            && sentence.Places.FirstWhere(purse, static (p, purse) => p.First > purse.Last && p.Lead == "to" && p.IsPlace) is null)
        {
            (who, where, city) = (null, purse.Entry.Key, null);
        }
        // "The University of Toronto reported 97,066 students": the institution's own, not the country of an earlier sentence;
        // but a toll and troops, which the desk counts by country ("Kenyatta National Hospital said 20 people died").
        if (casualty is null && noun.Word?.Category != UnitCategory.Personnel && InstitutionOpening(sentence, figure) is { } institution) (who, where, city) = (null, Slug.Of(institution), null);
        // "turnout in Mullaitivu district fell to 49.7 percent": a place the desk does not hold, but which its kind names, is the
        // figure's own.
        // A movement's start is where its end is: "Imports … in Dinajpur district dropped to 61,000 tonnes in October from 48,500".
        if (where is null && unknownPlace && (UnheldAreaNamed(sentence, figure) ?? (figure.Role == FigureRole.From && Counterpart(sentence, figure) is { } end ? UnheldAreaNamed(sentence, end) : null)
            ?? TheAreaNamedBefore(sentence, figure)) is { } area) where = Slug.Of(area);
        // An actor's figure in a place the desk does not know is no figure of the actor's everywhere: "Turkey hosts 3.2 million
        // Syrian refugees in the southern provinces" are no Syria's refugees.
        if (where is null && (who is null || unknownPlace))
        {
            Skip(sentence, first, last, unknownPlace ? InUnknownPlace : "no subject can be named: neither who nor where");
            return null;
        }
        // "Some 2.3 million South Sudanese are refugees abroad": people named by their demonym, who keep that name; "Kenyan
        // inflation rose to 5%": any other measure of a people is its country's, where no place had been named.
        var peopleByDemonym = whoHit?.Entry.IsDemonym == true && (countsPeople || noun.Word?.Category is UnitCategory.People or UnitCategory.Personnel);
        if (where is null && whoHit is { Entry.IsDemonym: true } && !peopleByDemonym) where = who;
        // "Kenya's inflation rose to 5%" is Kenya's inflation as "inflation in Kenya" is: one subject, which the checks can hold
        // the two against, where "kenya-inflation/kenya" had been another. Troops keep whose they are ("us-troops/us"), and
        // people their demonym (South Sudanese refugees abroad are no refugees in South Sudan).
        if (who is not null && who == where && noun.Word?.Category != UnitCategory.Personnel && !peopleByDemonym) who = null;
        var autoKey = (who is null ? what : who + "-" + what) + (where is null ? string.Empty : "/" + where);
        // "Iraq has opened 64 new primary health clinics …", then "the 68 clinics opened to date": "the" and the bare noun name
        // the things the article named in full before, where "clinics" had been another subject that no check held the 64 against.
        // Not where the bare noun has been counted before ("Iraq has 2,300 clinics, and the 2,300 clinics employ"), nor where words
        // after the noun say which ("the 300 hospitals in the public system", "the 600,000 refugees who arrived after 2021").
        if (who is null && city is null && noun.Word?.Category == UnitCategory.Countable && noun.Compound.Count == 0 && noun.Index == last + 1 && first > 0 && t[first - 1].Is("the")
            && !(noun.Index + 1 < t.Count && t[noun.Index + 1].Lower is "in" or "across" or "at" or "of" or "on" or "from" or "for" or "with" or "who" or "that" or "which" or "where")
            && NamedInFullBefore(autoKey) is { } full) autoKey = full;
        string? countryKey = null;
        if (city is not null)
        {
            // "300 troops in Kandahar" beside "8,600 in Afghanistan": the city's figure is a part of the country's, not the
            // same figure differing by 8,300; a percentage of a city is no part of the country's.
            countryKey = figure.Value.IsPercent ? null : autoKey;
            autoKey = (who is null ? what : who + "-" + what) + "/" + city;
        }
        // The words that name what is counted: from just before the noun (it may stand before the figure) to a few after.
        var namedFrom = noun.Index >= 0 && noun.Index < first ? Math.Max(0, noun.Index - 3) : first;
        var group = desk.GroupNamedIn(body[t[namedFrom].Start..t[Math.Min(t.Count - 1, Math.Max(noun.Index, last) + 6)].End]);
        var draft = Level(sentence, figure, noun, group ?? desk.SubjectFor(autoKey), reported, toll: casualty is not null);
        if (draft is not null && group is null && countryKey is not null) draft.PartOf = desk.SubjectFor(countryKey);
        return draft;
    }

    /// <summary>
    /// What a toll counted "by the head" at token <paramref name="head"/> counts: the beasts it names ("2.14 million head of
    /// livestock", "head of cattle"), livestock where it names none, and people where "of" names no beasts ("12 head of state
    /// security officers").
    /// </summary>
    private static string CountedByTheHead(SentenceContext sentence, int head)
    {
        var t = sentence.Tokens;
        return head + 1 < t.Count && t[head + 1].Is("of") ? DeadOfOtherKind(sentence, head + 1) ?? "people" : "livestock";
    }

    /// <summary>Whether "the number of" stands right before the noun at token <paramref name="index"/>, a word between at most.</summary>
    private static bool NumberOfBefore(List<Text.Token> t, int index) =>
        (index > 1 && t[index - 1].Is("of") && t[index - 2].Is("number")) || (index > 2 && t[index - 2].Is("of") && t[index - 3].Is("number"));

    /// <summary>Why a figure in a place the desk does not know is left out.</summary>
    private const string InUnknownPlace = "no subject can be named: its place is not one the desk knows";

    /// <summary>Whether the figure was left out for a place the desk does not know.</summary>
    private bool LeftOutAsUnknownPlace(SentenceContext sentence, Figure figure) =>
        SkipIndexOf(sentence, figure) is var at and >= 0 && Skipped[at].Reason == InUnknownPlace;

    /// <summary>
    /// The subject of the article's last observation of things named in full whose last word and place are <paramref name="key"/>'s:
    /// "primary-health-clinics/iraq" for "clinics/iraq"; or null, also where the last such observation is of <paramref name="key"/> itself.
    /// </summary>
    private string? NamedInFullBefore(string key)
    {
        var ending = "-" + key;
        var named = Drafts.FindLast(d => d.Kind == ClaimKind.Observation && (d.Subject == key || (d.Subject.EndsWith(ending, StringComparison.Ordinal) && !d.Subject.StartsWith("new-", StringComparison.Ordinal)
            && !d.Subject.StartsWith("daily-", StringComparison.Ordinal))));
        // The nearest counted before: the bare noun itself keeps its own name.
        return named is null || named.Subject == key ? null : named.Subject;
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

    /// <summary>Whether "aimed at", "aiming at" or "aims at" and a verb in -ing stand just before the figure starting at token <paramref name="first"/>.</summary>
    private static bool AimedAt(SentenceContext sentence, int first)
    {
        var t = sentence.Tokens;
        for (var k = first - 1; k >= Math.Max(2, first - 3); k--)
        {
            if (t[k].IsWord && t[k].Lower.EndsWith("ing", StringComparison.Ordinal) && t[k - 1].Is("at") && t[k - 2].Lower is "aimed" or "aiming" or "aims" or "aim") return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a cap's words stand right before the figure starting at token <paramref name="first"/>: "capped at 1,400", "a
    /// ceiling of 1,400", "capacity of 1,600", and a venue's room ("The stadium holds 20,000 people", "bed space for 107,087",
    /// "cells built for 18 people", "designed to hold 1,500"), and a force's authorised strength, where a camp that holds 300,000
    /// refugees counts them.
    /// </summary>
    private static bool CappedAt(SentenceContext sentence, int first)
    {
        var t = sentence.Tokens;
        return Caps.Contains(t[first - 1]) || (t[first - 1].Lower is "at" or "of" && sentence.AnyBefore(first - 1, 5, Caps))
            || (first > 1 && t[first - 1].Lower is "holds" or "seats" or "accommodates" && t[first - 2].Lower is "stadium" or "arena" or "venue" or "hall" or "auditorium" or "theatre" or "theater")
            // "against approved bed space for 107,087", "Cells built for 18 people": room for them, not them.
            || (first > 1 && t[first - 1].Is("for") && t[first - 2].Lower is "space" or "room" or "built" or "designed" or "meant")
            // "a camp designed to hold 1,500 people", which was "sheltering about 4,200": room for them, as "built for" is.
            || (first > 2 && t[first - 1].Lower is "hold" or "house" or "accommodate" && t[first - 2].Is("to") && t[first - 3].Lower is "built" or "designed" or "meant" or "intended")
            // "16,940 sworn officers against an authorised strength of 18,450": the posts a force may fill, not the officers it has.
            || (first > 2 && t[first - 1].Is("of") && t[first - 2].Is("strength") && t[first - 3].Lower is "authorised" or "authorized" or "sanctioned" or "approved" or "budgeted"
                // "reached its full authorised strength of 18,450": the force has them.
                && !(first > 3 && t[first - 4].Lower is "full" or "reached" or "reach" or "reaches" or "at"));
    }

    /// <summary>
    /// Whether the figure of tokens <paramref name="first"/>..<paramref name="last"/> is what a breakdown leaves over, in places
    /// it calls other: "The remaining 146 cases are spread across a dozen other districts", "the remaining 40 elsewhere"; but
    /// "the remaining 2,500 troops in Iraq" are the troops there, and so are those moved "to other bases". The rest of an order
    /// that is due or expected is a part too: "The remaining 2.2 million doses are due by the end of July".
    /// </summary>
    private static bool Remainder(SentenceContext sentence, int first, int last)
    {
        var t = sentence.Tokens;
        if (first < 2 || !t[first - 1].Is("remaining") || !t[first - 2].Is("the")) return false;
        for (var k = last + 1; k < t.Count && !IsClauseMark(t[k]); k++)
        {
            // "The government has ordered 3 million doses … The remaining 2.2 million doses are due by the end of July": the rest
            // of an order yet to come, which FC001 had held against the whole order.
            // Not "are expected to return", "are scheduled to leave": the troops are still there.
            if (k + 2 < t.Count && t[k].Lower is "are" or "is" && t[k + 1].Lower is "due" or "expected" && !t[k + 2].Is("to")) return true;
            if (t[k].Is("elsewhere") || (t[k].Is("other") && k + 1 < t.Count
                && (Words.KindsOfAreas.Contains(t[k + 1]) || t[k + 1].Lower is "areas" or "parts" or "countries" or "states" or "counties" or "cities" or "towns"))) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the figure of tokens <paramref name="first"/>..<paramref name="last"/> is a part of a whole the article states
    /// elsewhere: "Districts 5 and 7 accounted for 71 of the homicides" (not of a <paramref name="toll"/>'s noun, which counts
    /// the dead), "38 of the injured were in serious condition", "Women account for 1,552,400 of the registered unemployed",
    /// "among them a 74-year-old woman and two children"; but "11 of the dead were in Honduras" is Honduras' toll.
    /// </summary>
    private static bool PartOfAWhole(SentenceContext sentence, int first, int last, bool toll)
    {
        var t = sentence.Tokens;
        if (last + 3 < t.Count && t[last + 1].Is("of") && t[last + 2].Is("the"))
        {
            // "confirmed 611 of the suspected cases": past the word that says which.
            var whole = last + 4 < t.Count && KindOfCases.IsQualifier(t[last + 3].Lower) ? t[last + 4] : t[last + 3];
            if (!toll && UnitWords.Find(whole.Lower) is not null && sentence.FigureAt(last + 3) is null) return true;
            if ((Words.Casualty.ContainsKey(whole.Lower) || whole.Lower is "victims" or "dead" or "bodies")
                && !(last + 5 < t.Count && t[last + 4].Lower is "were" or "was" or "are" && t[last + 5].Is("in") && sentence.PlaceAt(last + 6) is not null))
            {
                return true;
            }
        }
        // "Commuter services accounted for 15.0 million and InterCity routes for the remaining 15.5 million": parts of a whole
        // told before, with or without its "of the".
        var forAt = first - 1;
        if (forAt > 1 && t[forAt].Lower is "remaining" or "rest" && t[forAt - 1].Is("the")) forAt -= 2;
        if (Remainder(sentence, first, last)) return true;
        if (PartAfterOpeningWhole(sentence, first)) return true;
        if (forAt > 0 && (AccountsFor(t, forAt) || (t[forAt].Is("for") && AccountedForBefore(sentence, forAt)))
            && ((last + 1 < t.Count && t[last + 1].Is("of")) || !PlaceBefore(sentence, forAt))) return true;
        return AmongThem(sentence, first);
    }

    /// <summary>
    /// Whether the figure at token <paramref name="first"/> stands right after the clause a sentence opens with a whole: "Of the
    /// 480 fires still burning on Tuesday, 240, or half, were classed as out of control".
    /// </summary>
    private static bool PartAfterOpeningWhole(SentenceContext sentence, int first)
    {
        var t = sentence.Tokens;
        if (first < 4 || !t[0].Is("of") || !t[1].Is("the") || t[first - 1].Text != "," || sentence.FigureAt(2) is not { } opening || opening.Last >= first - 1) return false;
        for (var k = opening.Last + 1; k < first - 1; k++)
        {
            if (t[k].Text is "," or ";") return false;
        }
        return true;
    }

    /// <summary>
    /// Whether a known place or an area named with its kind stands in the clause before token <paramref name="forAt"/>: "Memba district alone accounted for 1,187
    /// cases" is the district's level, where "Commuter services accounted for 15.0 million" is a part of a whole told before.
    /// </summary>
    private static bool PlaceBefore(SentenceContext sentence, int forAt)
    {
        for (var k = forAt - 1; k >= 0 && !IsClauseMark(sentence.Tokens[k]) && !sentence.Tokens[k].Is("and"); k--)
        {
            if (sentence.PlaceAt(k) is not null || IsAreaKind(sentence.Tokens[k])) return true;
        }
        return false;
    }

    /// <summary>Whether "accounted for" stands before token <paramref name="forAt"/> in its sentence, so that "Mpumalanga for 900,000" goes on its list.</summary>
    private static bool AccountedForBefore(SentenceContext sentence, int forAt)
    {
        var t = sentence.Tokens;
        for (var k = forAt - 2; k > 0; k--)
        {
            if (AccountsFor(t, k)) return true;
        }
        return false;
    }

    /// <summary>Whether token <paramref name="forAt"/> is the "for" of "account for", "accounts for" or "accounted for".</summary>
    private static bool AccountsFor(List<Text.Token> t, int forAt) => forAt > 0 && t[forAt].Is("for") && t[forAt - 1].Lower is "account" or "accounts" or "accounted";

    /// <summary>Whether "among them" or "among whom" stands before the figure starting at token <paramref name="first"/> in its clause.</summary>
    private static bool AmongThem(SentenceContext sentence, int first)
    {
        var t = sentence.Tokens;
        for (var k = first - 1; k >= Math.Max(1, first - 8) && !IsClauseMark(t[k]); k--)
        {
            if (t[k].Lower is "them" or "whom" && t[k - 1].Is("among")) return true;
        }
        return false;
    }

    /// <summary>Whether the noun "average" stands in the figure's clause before token <paramref name="first"/>: "the ten-year average … of roughly 500,000", "a long-term average of 12".</summary>
    private static bool AverageBefore(SentenceContext sentence, int first)
    {
        var t = sentence.Tokens;
        for (var k = first - 1; k >= Math.Max(1, first - 8) && !IsClauseMark(t[k]); k--)
        {
            if (t[k].Is("average") && (t[k - 1].Lower is "the" or "a" or "an" or "annual" or "historical" or "historic" or "national" || t[k - 1].Lower.EndsWith("year", StringComparison.Ordinal) || t[k - 1].Lower.EndsWith("term", StringComparison.Ordinal))
                && !PricedAfter(t, k)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the figure of tokens <paramref name="first"/>..<paramref name="last"/> is a bar its clause says is needed: "far
    /// below the 95 percent the World Health Organization says is needed to stop measles spreading", "the 70% required for
    /// herd immunity"; not "well above the 60 percent recorded in 2019", a level of its own time.
    /// </summary>
    private static bool Threshold(SentenceContext sentence, int first, int last)
    {
        var t = sentence.Tokens;
        if (first < 1 || !t[first - 1].Is("the")) return false;
        for (var k = last + 1; k < t.Count && k <= last + 10 && !IsClauseMark(t[k]); k++)
        {
            if (t[k].Lower is "needed" or "required" or "recommended" or "necessary") return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the figure of tokens <paramref name="first"/>..<paramref name="last"/> counts what each event of a kind does: "at a
    /// time" or "each time" after it in its clause ("claim dozens of lives at a time"), "regularly" or "routinely" in the
    /// three words before it ("regularly kill more than 100 people"), or "each" or "every" one opening its clause ("Each clinic
    /// is designed to serve up to 15,000 people").
    /// </summary>
    private static bool EachTime(SentenceContext sentence, int first, int last)
    {
        var t = sentence.Tokens;
        for (var k = last + 1; k + 1 < t.Count && k <= last + 6 && !IsClauseMark(t[k]); k++)
        {
            if (t[k].Lower is "at" or "each" && t[k + 1].Is("time")) return true;
        }
        for (var k = first - 1; k >= Math.Max(0, first - 3); k--)
        {
            if (t[k].Lower is "regularly" or "routinely") return true;
        }
        // "rented rooms shared by six people": how many one of them holds.
        if (first > 1 && t[first - 1].Is("by") && t[first - 2].Is("shared")) return true;
        // "Each clinic is designed to serve up to 15,000 people": what one of a kind does, its clause's subject "each" one.
        // Near the figure, with no one saying it between: not "each claim says where it stands The ministry said 41 outbreaks".
        // Nor past "and" or "but", where another subject's clause may begin ("Each clinic serves up to 15,000 people and the
        // network reaches 7.6 million"), nor "each of" or "every one of" the figure, which counts them all.
        for (var k = first - 1; k >= Math.Max(0, first - 8) && !IsClauseMark(t[k]) && !Words.Speech.Contains(t[k]) && t[k].Lower is not ("and" or "but" or "while"); k--)
        {
            if (t[k].Lower is "each" or "every" && (k == 0 || IsClauseMark(t[k - 1])) && k + 1 < first && t[k + 1].IsWord && !Words.RatePeriods.Contains(t[k + 1])
                && !t[k + 1].Is("of") && !(t[k + 1].Is("one") && k + 2 < first && t[k + 2].Is("of"))) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a price stands right after "average" at token <paramref name="k"/>, or one word further: "the average retail
    /// price dropped to $8.97 a dozen" is the price's level, which is an average of shops', not what is usual.
    /// </summary>
    private static bool PricedAfter(List<Text.Token> t, int k)
    {
        for (var j = k + 1; j < t.Count && j <= k + 2; j++)
        {
            if (t[j].Lower is "price" or "prices" or "wage" or "wages" or "salary" or "fare" or "fares" or "rent" or "rents") return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the word right after the figure's words ending at token <paramref name="last"/> is a verb of the past that the
    /// figure is the subject of: "228 people died", "97 people were rescued".
    /// </summary>
    private static bool OwnVerbIsPast(SentenceContext sentence, int last)
    {
        var t = sentence.Tokens;
        if (last + 1 >= t.Count) return false;
        var verb = t[last + 1];
        return verb.Lower is "died" or "drowned" or "perished" || (verb.Lower is "were" or "was" && last + 2 < t.Count && t[last + 2].Lower.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether the figure is where an average came from: "an average size of 3.9 persons, down from 4.1 in 2020" gives no level
    /// of 4.1 people, as it gives none of 3.9.
    /// </summary>
    private static bool FromAnAverage(SentenceContext sentence, Figure figure)
    {
        if (figure.Role != FigureRole.From) return false;
        var before = sentence.Figures.LastWhere(figure.First, static (f, first) => f.Last < first && f.Last >= first - 6);
        return before is not null && AverageBefore(sentence, before.First);
    }

    /// <summary>
    /// Whether the figure at token <paramref name="first"/> is a country's in a ranking, right after the country and "with":
    /// "India was the largest source market, followed by Russia with 29,870 and Britain with 21,400" are Russia's and Britain's
    /// visitors to Sri Lanka, parts of its arrivals, as are the figures of a country it calls a source market ("India was the
    /// largest source market in March with 38,120 visitors"); troops keep their country as who sent them ("followed by India with
    /// 2,387").
    /// </summary>
    private static bool CountryRankedWith(SentenceContext sentence, int first)
    {
        if (SourceMarketBefore(sentence, first, countryBefore: true)) return true;
        return PlaceHeldBefore(sentence, first) is { Entry.IsCountry: true } && sentence.Tokens[first - 1].Is("with") && RankingBetween(sentence, first - 12, first - 2);
    }

    /// <summary>Whether a verb of a rate's decision stands a few tokens before the figure at token <paramref name="first"/>: "kept its repo rate at 5.5%".</summary>
    private static bool Decided(SentenceContext sentence, int first)
    {
        var t = sentence.Tokens;
        for (var k = first - 1; k >= Math.Max(0, first - 7) && !IsClauseMark(t[k]); k--)
        {
            if (t[k].Lower is "held" or "kept" or "left" or "raised" or "lowered" or "cut" or "hiked" or "trimmed") return true;
        }
        return false;
    }

    /// <summary>A figure as a level (an observation) or a goal (a target), by its tense and the words before it.</summary>
    private Draft? Level(SentenceContext sentence, Figure figure, NounReading noun, string subject, bool reported, bool toll)
    {
        // "a campaign aimed at reaching 9.8 million children" states a goal as "aims to reach" does.
        var tense = AimedAt(sentence, figure.First) ? Tense.Future : sentence.TenseAt(figure.First);
        // "had pledged after a 2018 disaster, in which 228 people died, to replace …": the figure's own verb, right after it, is
        // past, whatever goal the sentence states around it.
        if (tense == Tense.Future && OwnVerbIsPast(sentence, Math.Max(figure.Last, noun.Index))) tense = Tense.Past;
        // "aims to bring inflation down to 24% by the end of 2025 and to 12% by the end of 2026": the goal goes on.
        var joinedGoal = JoinedGoal(sentence, figure);
        if (tense != Tense.Future && joinedGoal) tense = Tense.Future;
        var span = Clause(sentence, figure.First, Math.Max(figure.Last, noun.Index));
        // Units as written ("soldiers", "dollars"); a currency sign is written as its code, so "$" is not read as a word.
        // "residents" and "inhabitants" are people, which the unit table does not know them as: written so, two figures of one
        // place, in people and in residents, were never compared (FC010). A percentage is a share of what its noun counts, not
        // a count of it: "Attendance in Kenya's primary schools fell to 85%" is no 85% of schools.
        var unit = noun.Word is null || figure.Value.IsPercent ? null : noun.UnitText is "$" or "€" or "£" || (noun.UnitText is { } text && Words.CurrencyPrefixes.Contains(text.ToLowerInvariant())) ? noun.Word.Canonical
            : WrittenUnit(sentence, noun, toll);
        var attribution = AttributionAt(sentence, span.Start, figure.First);
        // "the harvest is forecast at a record 154.8 million tonnes": a forecast in the present tense.
        if ((tense == Tense.Future ? sentence.AnyBefore(figure.First, 14, Forecasters) || Expects(sentence, figure.First) || EstimatedThat(sentence, figure.First)
                : tense == Tense.Present && sentence.AnyBefore(figure.First, 6, PresentForecasts))
            || (tense is Tense.Future or Tense.Present && LikelyAfter(sentence, Math.Max(figure.Last, noun.Index)))
            || SeenGoing(sentence, figure.First))
        {
            Skip(sentence, figure.First, figure.Last, "a forecast, not a goal");
            return null;
        }
        // "increased its inflation forecast to 5.2% for December", "… will fall to 30% in 2026, the Treasury projected": someone's
        // forecast, whatever the tense of its verb.
        if (sentence.AnyBefore(figure.First, 6, ForecastNouns) || ForecastToldAfter(sentence, figure.Last)
            || (JoinedAfter(sentence, figure) is { } forecastJoined && sentence.AnyBefore(forecastJoined.First, 6, ForecastNouns)))
        {
            Skip(sentence, figure.First, figure.Last, tense == Tense.Future ? "a forecast, not a goal" : "a forecast, not a level");
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
                // "aims to cut its deficit to 7.1% of GDP in 2025 from 11.6% in 2024": the start now, or at its own time.
                return Needing(sentence, figure, new Draft { Kind = ClaimKind.Observation, Subject = subject, Start = span.Start, End = span.End, Value = figure.Value, Unit = unit, Time = FromsOwnTime(sentence, figure)?.Time ?? FuzzyTime.Day(anchor), Attribution = attribution });
            }
            if (figure.Role == FigureRole.To || sentence.AnyBefore(figure.First, 14, Words.Goal) || sentence.AnyBefore(figure.First, 12, ChangeWords) || joinedGoal)
            {
                // The goal's own "by" before the next figure, else its own "in" ("to cut the deficit to 4.5% of GDP in 2025/26 from
                // 4.8% …, and to 3% by 2028"), else any "by" of the sentence.
                var next = sentence.Figures.FirstWhere(figure, static (f, figure) => f.First > figure.Last)?.First ?? int.MaxValue;
                var deadline = sentence.NearestTime(figure.Last, (figure.Last, next), static (m, s) => m.IsDeadline && m.First > s.Last && m.First < s.next)
                    ?? sentence.NearestTime(figure.Last, (figure.Last, next), static (m, s) => m.Lead is "in" or "" && !m.IsComparison && m.First > s.Last && m.First < s.next)
                    ?? sentence.NearestTime(figure.Last, figure.Last, static (m, last) => m.IsDeadline && m.First > last) ?? sentence.NearestTime(figure.Last, 0, static (m, _) => m.IsDeadline);
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
            // "rose from 3.1% in 2019 to 4.2%": a start with its own time is a level then, as the end is one at its own; "rose
            // from 60% to 85% between 2019 and 2022": the start is the span's first year's.
            if ((FromsOwnTime(sentence, figure)?.Time ?? (ToAfter(sentence, figure) is { } end && OwnTimeAfter(sentence, end) is { IsSpan: true } years ? FuzzyTime.Year(years.Time.Start.Year) : (FuzzyTime?)null)
                ?? MovedInPeriodAfter(sentence, figure)) is { } then)
            {
                subject = WeeksNew(subject, then, sentence, figure.First);
                return Needing(sentence, figure, new Draft { Kind = ClaimKind.Observation, Subject = subject, Start = span.Start, End = span.End, Value = figure.Value, Unit = unit, Time = then, Attribution = attribution });
            }
            Skip(sentence, figure.First, figure.Last, "the start of a past movement");
            return null;
        }
        // A time after a later "from" figure is that figure's ("77 seats, down from 120 in 2022"); "By late 2018, there were …" dates what follows.
        var laterStart = sentence.Figures.FirstWhere((figure, sentence), static (f, s) => f.First > s.figure.Last && f.Role == FigureRole.From
            && (FromsOwnTime(s.sentence, f) is not null || OwnTimeAfter(s.sentence, f) is null))?.First ?? int.MaxValue;
        // A past "by" is when the figure stood: before the figure ("By late 2018, there were …"), or after it in its own
        // clause and not after the day of writing ("had been displaced by Monday"), not "…, and more are due by April 15".
        var past = tense is Tense.Past or Tense.Perfect;
        // A time in the figure's own clause before one in another ("completed its exit in August, having kept 5,100 soldiers
        // there in 2020"); and a time of the future ("Sweden, which had 220 personnel there, said it would leave in 2023")
        // never dates a figure of the past.
        var owned = TimesOwnedByOthers(sentence, figure);
        var time = AsOf(sentence, figure)
            ?? sentence.NearestTime(figure.First, (laterStart, figure.First, past, sentence, anchor, true, owned), FiguresTime)
            ?? sentence.NearestTime(figure.First, (laterStart, figure.First, past, sentence, anchor, false, owned), FiguresTime)
            ?? TimeBeforeWhen(sentence, figure);
        // "rose from 60% to 85% between 2019 and 2022": the end is the span's last year's.
        if (time is { IsSpan: true } && figure.Role == FigureRole.To) time = time with { Time = FuzzyTime.Year(time.Time.End.Year) };
        // "exploded late Monday, killing 18 people and injuring 42 others, police said Tuesday": a toll stands as it was told, on the
        // day after the disaster struck, as the injured beside it do; not a toll of days before ("on Friday killed 12, police said
        // Monday"), which may be another event's.
        if (toll && time is { Time.Precision: TimePrecision.Day } struck && SaidOnDayAfter(sentence, figure.Last) is { } said && said.Time.Start == struck.Time.End.PlusDays(1)) time = said;
        // "Portugal welcomed a record 31.6 million guests in 2024. … Greater Lisbon remained the most popular destination, with
        // 9.3 million guests": a figure with no time of its own, in a paragraph a past time dated a figure in, is of that time,
        // where it had been the day of writing; not one the sentence says holds now ("are", "now") or has held till now ("has
        // recorded"), nor a goal's, nor one in a sentence with times of its own, none of them this figure's.
        if (time is null && tense is not (Tense.Perfect or Tense.Future) && paragraphTime is not null && !SaysNow(sentence) && !sentence.Times.Exists(static m => !m.IsComparison))
        {
            time = paragraphTime;
        }
        if (time is not null && time.Time.End < anchor) datedWith = time;
        // A simple past needs its time; a perfect ("has used"), a reported figure ("officials said"), a central bank's
        // decision ("kept its repo rate at 5.5%") or the end of a fall from a year ago holds at publication.
        if (time is null && tense == Tense.Past && !reported && !(figure.Value.IsPercent && Decided(sentence, figure.First)) && !EndOfMovementCountedBack(sentence, figure)
            && !EndOfMovementFromPast(sentence, figure))
        {
            Skip(sentence, figure.First, figure.Last, "a past figure with no time");
            return null;
        }
        // "2,713 cholera cases in the week to Tuesday, … down from 3,104 cases the week before": a week's cases are its new ones,
        // as "new" says of them where it stands (ReadFigure), no level the total since the outbreak began is held against.
        if (time is not null) subject = WeeksNew(subject, time.Time, sentence, figure.First);
        var level = Needing(sentence, figure, new Draft { Kind = ClaimKind.Observation, Subject = subject, Start = span.Start, End = span.End, Value = figure.Value, Unit = unit, Time = time?.Time ?? FuzzyTime.Day(anchor), Attribution = attribution });
        // "Six died on Tuesday when a hillside collapsed": the deaths of one day, which may be of a toll the article tells since a
        // day before it (DaysOfTolls).
        // Only the sentence's own day, and not the day it was said on ("the ministry said on Wednesday"), nor in a sentence that
        // tells its toll since a day ("told reporters on Wednesday that the heatwave had claimed 34 lives since Saturday").
        // A simple past only: "has killed 240 people" and "had been killed" are tolls that ran up to a day, not its own deaths.
        // So are the dead of an incident its sentence tells with no day of its own: "Three workers were killed … after a seismic
        // event triggered a rockfall", the department said on Wednesday.
        var ownTime = time is not null && sentence.Times.Exists(m => ReferenceEquals(m, time));
        var saidThen = ownTime && TimeReader.SaidThen(sentence.Tokens, time!);
        var ownDay = ownTime && time is { Lead: "on", Time.Precision: TimePrecision.Day } && !saidThen && !SaidInClauseOf(sentence, time);
        var incident = (time is null || saidThen) && tense == Tense.Past && IncidentAfter(sentence.Tokens, figure.Last);
        if (level is not null && toll && tense != Tense.Perfect && !PerfectAround(sentence.Tokens, figure) && (ownDay || incident) && !sentence.Tokens.Exists(static k => k.Is("since"))) dayTolls.Add(level);
        return level;
    }

    /// <summary>
    /// Whether "after" or "when" and an article follow token <paramref name="last"/> before any verb of speech, telling what
    /// happened: "after a seismic event", "when a bus plunged"; not "after a week of heavy fighting", a span's toll, nor "the
    /// company said after a board meeting", past a speaker's verb wherever it stands.
    /// </summary>
    private static bool IncidentAfter(List<Text.Token> t, int last)
    {
        for (var k = last + 1; k + 2 < t.Count; k++)
        {
            if (t[k].Text is ";" || Words.Speech.Contains(t[k])) return false;
            if (t[k].Lower is "after" or "when" && t[k + 1].Lower is "a" or "an") return UnitWords.Find(t[k + 2].Lower)?.Category != UnitCategory.Duration;
        }
        return false;
    }

    /// <summary>
    /// The time a clause "when", "in which" or "during which" opens after, for a figure in that clause: "its worst outbreak on
    /// record last year, when more than 1,700 people died", "in 2019, when 3,000 were killed", "the 2017-18 epidemic, in which
    /// 114 people died", "the 2019-2020 dry season, when … left nearly 96,000 households short of water"; or null.
    /// </summary>
    private static TimeMention? TimeBeforeWhen(SentenceContext sentence, Figure figure)
    {
        var t = sentence.Tokens;
        for (var w = figure.First - 1; w > 1; w--)
        {
            var opens = ClauseOfThenOpens(t, w);
            if (t[w].Text is "," or ";" && !(t[w].Text == "," && ClauseOfThenOpens(t, w + 1) > 0)) return null;
            if (opens == 0) continue;
            // "the highest since 2001, when 5,000 died": a time the figure before was measured against is the when-clause's own;
            // so is a time that names the event the clause tells of ("the 2017-18 epidemic"), its noun's words between.
            // Past where the event was: "the 2017-18 epidemic in Lusaka, in which 114 people died".
            var comma = w - opens;
            var nouns = 0;
            for (var last = comma - 1; last >= 0 && nouns < 3; last--)
            {
                if (sentence.Times.Find(m => m.Last == last) is { } time) return time;
                if (sentence.PlaceCovering(last) is { } place && place.First > 0 && t[place.First - 1].Is("in"))
                {
                    last = place.First - 1;
                    continue;
                }
                if (!t[last].IsWord || t[last].IsCapitalized) return null;
                nouns++;
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// How many tokens from the comma's next to token <paramref name="w"/> a clause of what happened at a time before it has
    /// taken: 1 at the "when" of ", when" and at the "in" or "during" of ", in which"; 2 at the "which" of ", in which" and ",
    /// during which"; 0 anywhere else.
    /// </summary>
    private static int ClauseOfThenOpens(List<Text.Token> t, int w)
    {
        if (w < 1 || w >= t.Count) return 0;
        if (t[w].Is("when")) return t[w - 1].Text == "," ? 1 : 0;
        if (t[w].Is("in") || t[w].Is("during")) return w + 1 < t.Count && t[w + 1].Is("which") && t[w - 1].Text == "," ? 1 : 0;
        return t[w].Is("which") && w > 1 && t[w - 1].Lower is "in" or "during" && t[w - 2].Text == "," ? 2 : 0;
    }

    /// <summary>Whether <paramref name="time"/> is seven days: a week a figure was counted over.</summary>
    private static bool IsWeek(FuzzyTime time) => Period.DaysBetween(time.Start, time.End) == 6;

    /// <summary><paramref name="subject"/> made the week's new ones where a figure counted over <paramref name="time"/> is (<see cref="WeeksOwn"/>); else as it is.</summary>
    private static string WeeksNew(string subject, FuzzyTime time, SentenceContext sentence, int first) =>
        IsWeek(time) && WeeksOwn(subject, sentence, first) ? "new-" + subject : subject;

    /// <summary>
    /// Whether a figure of <paramref name="subject"/> counted over a week, at token <paramref name="first"/>, is the week's new
    /// ones: cases, admissions or infections not yet said to be new, nor a total or the active ones ("the total number of
    /// cholera cases had reached 74,100 by the week to Sunday", "Active cases stood at 3,100").
    /// </summary>
    private static bool WeeksOwn(string subject, SentenceContext sentence, int first)
    {
        if (MeasureAndPlace(subject) is not var (measure, _) || measure.StartsWith("new-", StringComparison.Ordinal) || measure.StartsWith("daily-", StringComparison.Ordinal)
            || !(measure.EndsWith("cases", StringComparison.Ordinal) || measure.EndsWith("admissions", StringComparison.Ordinal) || measure.EndsWith("infections", StringComparison.Ordinal))) return false;
        var t = sentence.Tokens;
        var (start, end) = ClauseAround(t, first);
        for (var k = start; k <= end; k++)
        {
            if (t[k].Lower is "total" or "cumulative" or "overall" or "tally" or "active" or "since") return false;
        }
        return true;
    }

    /// <summary>Whether "has", "have" or "had" stands within three words before the figure or five after it: "has killed 240 people", "97 people had been killed".</summary>
    private static bool PerfectAround(List<Text.Token> t, Figure figure)
    {
        for (var k = Math.Max(0, figure.First - 3); k < t.Count && k <= figure.Last + 5; k++)
        {
            if ((k < figure.First || k > figure.Last) && t[k].Lower is "has" or "have" or "had") return true;
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="time"/> is the day someone spoke, opening the sentence before its speaker ("On Wednesday, the army
    /// said that 97 people were killed") or after "told" ("told reporters on Thursday that"), as <see cref="TimeReader.SaidThen"/>
    /// finds it after "said".
    /// </summary>
    private static bool SaidInClauseOf(SentenceContext sentence, TimeMention time)
    {
        var t = sentence.Tokens;
        for (var k = Math.Max(0, time.First - 3); k < time.First; k++)
        {
            if (t[k].Is("told")) return true;
        }
        if (time.First > 1 || time.Last + 1 >= t.Count || t[time.Last + 1].Text != ",") return false;
        for (var k = time.Last + 2; k < t.Count && k <= time.Last + 5; k++)
        {
            if (Words.Speech.Contains(t[k])) return true;
        }
        return false;
    }

    /// <summary>
    /// "have killed 14 people since Sunday … Six died on Tuesday when a hillside collapsed", "31 people died of cholera across the
    /// country on Monday … The outbreak has killed about 1,700 people since August": the deaths of one day, told of a toll the
    /// article gives since a day before it, are the day's (daily-people-killed), no toll of their own for the total to be held
    /// against. Two sources' tolls of one day stay comparable, as both are the day's.
    /// </summary>
    private void DaysOfTolls()
    {
        foreach (var day in dayTolls)
        {
            var subject = day.Subject;
            if (subject.StartsWith("daily-", StringComparison.Ordinal)) continue;
            // A toll since a day (a span of days), not a year's or a month's, which a crash's toll of one day is no part of alone.
            if (Drafts.Exists(d => d.Kind == ClaimKind.Observation && d.Subject == subject && d.Time.Precision is TimePrecision.Range or TimePrecision.Open
                && d.Time.Start < day.Time.Start && d.Time.End >= day.Time.End && d.Value.Value > day.Value.Value))
            {
                day.Subject = "daily-" + subject;
            }
        }
    }

    /// <summary>The day after token <paramref name="last"/> that someone said the sentence's figures on: "police said Tuesday", "officials said on Monday"; or null.</summary>
    private static TimeMention? SaidOnDayAfter(SentenceContext sentence, int last) =>
        sentence.Times.Find(m => m.First > last + 1 && m.Time.Precision == TimePrecision.Day && !m.IsComparison && TimeReader.SaidThen(sentence.Tokens, m));

    /// <summary>
    /// The "as of" time in the figure's own clause with no other figure between: "said in a statement on Monday that 598,000
    /// people had been vaccinated as of Sunday" stood on Sunday, where the nearer Monday is when it was said.
    /// </summary>
    private static TimeMention? AsOf(SentenceContext sentence, Figure figure) =>
        sentence.Times.Find(m => m.First > 1 && sentence.Tokens[m.First - 1].Is("of") && sentence.Tokens[m.First - 2].Is("as") && !m.IsComparison
            && !ClauseMarkBetween(sentence, Math.Min(figure.Last, m.Last), Math.Max(figure.First, m.First - 2))
            && !sentence.Figures.Exists(f => f != figure && f.First > Math.Min(figure.Last, m.Last) && f.Last < Math.Max(figure.First, m.First)));

    /// <summary>
    /// Whether a word of the present or the perfect stands in the sentence ("is", "are", "now", "remains", "has"): its figures
    /// hold as it is written, not at a time an earlier sentence gave.
    /// </summary>
    private static bool SaysNow(SentenceContext sentence)
    {
        foreach (var token in sentence.Tokens)
        {
            if (Words.Present.Contains(token) || Words.Perfect.Contains(token)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="m"/> can be the time of a level in the past (or not) starting at token <c>First</c>: not after a
    /// later "from" figure, not a time it is only measured against, a deadline only as a past "by" (before the figure, or after
    /// it in its own clause and not after the day of writing), not in the future when the figure is past, not a time another
    /// figure owns (<c>Owned</c>), not a year that opens a clause after the figure ("…, while 2023 was the worst year"), and, when
    /// asked <c>OwnClause</c>, in the figure's own clause; not in a relative clause before a figure that holds now or has another time.
    /// </summary>
    private static bool FiguresTime(TimeMention m, (int LaterStart, int First, bool Past, SentenceContext Sentence, LocalDate Anchor, bool OwnClause, List<TimeMention> Owned) s) =>
        m.First < s.LaterStart && !m.IsComparison && !(m.DatesOnlyWhatFollows && m.First > s.First)
        && (!m.IsDeadline || (m.Lead == "by" && (m.Last < s.First || (s.Past && m.Time.Start <= s.Anchor && !ClauseMarkBetween(s.Sentence, s.First, m.First)))
            // "plans to publish results by March 2026, and said a survey had put the coverage rate at 96.3%": a deadline still
            // ahead is no past figure's time.
            && !(s.Past && m.Time.Start > s.Anchor)))
        && !(s.Past && s.Sentence.TenseAt(m.First) == Tense.Future)
        && (!(s.OwnClause || m.IsOwnClauseOnly) || !ClauseMarkBetween(s.Sentence, Math.Min(s.First, m.Last), Math.Max(s.First, m.First)))
        && (s.OwnClause || (!AnotherFiguresTime(s.Sentence, s.First, m) && !AnotherFigureBeforeIn(s.Sentence, s.First, m) && !InRelativeClauseAfter(s.Sentence, s.First, m)
            && !InRelativeClauseBefore(s.Sentence, s.First, m)))
        && !s.Owned.Contains(m) && !ReleasedWhenTimedAfter(s.Sentence, s.First, m);

    /// <summary>
    /// Whether <paramref name="m"/> says when figures were published, before the figure starting at token <paramref name="first"/>,
    /// which has a time of its own after it: "figures published on Tuesday showed that 10,882 migrants reached the islands between
    /// January 1 and March 31" counted the quarter, not Tuesday; "figures released on Friday showed 46,800 dogs vaccinated"
    /// stood on Friday.
    /// </summary>
    private static bool ReleasedWhenTimedAfter(SentenceContext sentence, int first, TimeMention m)
    {
        var t = sentence.Tokens;
        var verb = m.First - 1;
        if (verb >= 0 && t[verb].Is("on")) verb--;
        return m.Last < first && verb >= 0 && t[verb].Lower is "published" or "released" or "issued"
            && sentence.Times.Exists(o => o.First > first && !o.IsComparison && !o.IsDeadline && !ClauseMarkBetween(sentence, first, o.First));
    }

    /// <summary>
    /// Whether <paramref name="m"/> stands in a relative clause after the figure starting at token <paramref name="first"/>, from
    /// its ", which" (or "who", "where", "whose") to the clause's end: "have recovered about 780,000 litres … from the tanker,
    /// which sank off Limay town on July 25, the coast guard said on Wednesday" dates the sinking, not what was recovered.
    /// </summary>
    private static bool InRelativeClauseAfter(SentenceContext sentence, int first, TimeMention m)
    {
        var t = sentence.Tokens;
        for (var k = first + 1; k + 1 < m.First; k++)
        {
            if (t[k].Text != "," || t[k + 1].Lower is not ("which" or "who" or "where" or "whose")) continue;
            var end = k + 2;
            while (end < t.Count && !IsClauseMark(t[end])) end++;
            if (m.Last < end) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the figure from <paramref name="first"/> to <paramref name="last"/> is a measure sent by a verb that names
    /// deliveries: "dispatched 4.8 million litres of diesel to service stations on Tuesday" is a day's deliveries, a level,
    /// where troops and people sent are moved from one place to another.
    /// </summary>
    private static bool SendsAMeasure(List<Text.Token> t, int first, int last) =>
        first > 0 && MeasuredBy(t[first - 1]) is not null && last + 1 < t.Count && UnitWords.Find(t[last + 1].Lower) is { IsMeasure: true };

    /// <summary>
    /// Whether <paramref name="m"/> stands in a relative clause that closes before the figure starting at token
    /// <paramref name="first"/>, and so is not its time: "Exports for the 2024/25 season, which ended in September, fell to 5.9
    /// million bags" are the season's, not September's; "Cabo Delgado, where an insurgency has uprooted … since 2017, has
    /// logged 1,127 cases" holds now, as "has" after the clause says. But a figure with no other time is of the clause's:
    /// "Cyclone Chido, which struck in December, killed at least 120 people".
    /// </summary>
    private static bool InRelativeClauseBefore(SentenceContext sentence, int first, TimeMention m)
    {
        if (RelativeClauseEndBefore(sentence, first, m) is not { } end) return false;
        for (var k = end + 1; k < first; k++)
        {
            if (Words.Present.Contains(sentence.Tokens[k]) || Words.Perfect.Contains(sentence.Tokens[k])) return true;
        }
        return sentence.Times.Exists(o => !ReferenceEquals(o, m) && !o.IsComparison && !o.IsOwnClauseOnly && RelativeClauseEndBefore(sentence, first, o) is null);
    }

    /// <summary>The token that closes the relative clause (", which …,") <paramref name="m"/> stands in, before token <paramref name="first"/>; or null.</summary>
    private static int? RelativeClauseEndBefore(SentenceContext sentence, int first, TimeMention m)
    {
        var t = sentence.Tokens;
        if (m.Last >= first || Asides.RelativeOpeningBefore(t, m.First) < 0) return null;
        var end = m.Last + 1;
        while (end < first && !IsClauseMark(t[end])) end++;
        return end < first ? end : null;
    }

    /// <summary>
    /// The times other figures of the sentence own, which the <paramref name="figure"/>'s is never: "from 3.1 percent in
    /// January to 4.2 percent in March": January is the start's, never the end's; and "4.1% in March and 4.3% in April":
    /// March is the first's when the second has a time of its own. Read once for the figure, where asking for each time it
    /// might take read every other figure's own time again.
    /// </summary>
    private List<TimeMention> TimesOwnedByOthers(SentenceContext sentence, Figure figure)
    {
        var owned = scratch.TimesOwned;
        owned.Clear();
        var hasOwnTime = OwnTimeAfter(sentence, figure) is not null;
        foreach (var other in sentence.Figures)
        {
            if (other.First == figure.First) continue;
            if ((other.Role == FigureRole.From ? FromsOwnTime(sentence, other) : hasOwnTime ? OwnTimeAfter(sentence, other) : null) is { } own) owned.Add(own);
        }
        return owned;
    }

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

    /// <summary>
    /// Whether, past the figure at token <paramref name="first"/>, another figure with a verb of its own stands before the later
    /// time <paramref name="m"/> in that time's clause: "Some 2.3 million South Sudanese are refugees abroad, and nearly one
    /// million people have crossed into the country from Sudan since April 2023": April 2023 is the million's, not the
    /// refugees'; but "reached 180,000, in addition to tens of thousands of contractors in 2007" dates both.
    /// </summary>
    private static bool AnotherFigureBeforeIn(SentenceContext sentence, int first, TimeMention m)
    {
        if (m.First < first) return false;
        foreach (var other in sentence.Figures)
        {
            if (other.First > first && other.Last < m.First && !ClauseMarkBetween(sentence, other.Last, m.First) && VerbAfter(sentence, other.Last)) return true;
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

    /// <summary>Nouns before a figure that make it a forecast: "its inflation forecast to 5.2%", "the growth projection of 3%".</summary>
    private static readonly WordList ForecastNouns = WordList.Of("forecast", "forecasts", "projection", "projections", "outlook", "prediction", "predictions");

    /// <summary>
    /// Whether "likely to", "expected to" or "projected to" follows the figure's words ending at token <paramref name="last"/> in
    /// its clause: "Around 1.5 million children under five there are likely to be acutely malnourished this year" is a projection.
    /// </summary>
    private static bool LikelyAfter(SentenceContext sentence, int last)
    {
        var t = sentence.Tokens;
        // Not past "and": "The death toll stands at 2,700 and is expected to rise" states the level now.
        for (var k = last + 1; k + 1 < t.Count && k <= last + 6 && !IsClauseMark(t[k]) && t[k].Lower is not ("and" or "but"); k++)
        {
            if (t[k].Lower is "likely" or "expected" or "projected" or "forecast" or "predicted" && t[k + 1].Is("to")) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="token"/> is a verb after a comma that says the clause before was a forecast: "…, the Treasury projected".</summary>
    private static bool IsForecastVerb(Text.Token token) => token.Lower is "projected" or "projects" or "forecast" or "forecasts" or "predicted" or "predicts";

    /// <summary>Whether a comma after the figure ending at token <paramref name="last"/> leads to who forecast it: "…, the Treasury projected".</summary>
    private static bool ForecastToldAfter(SentenceContext sentence, int last)
    {
        var t = sentence.Tokens;
        for (var k = last + 1; k < t.Count; k++)
        {
            if (t[k].Text != ",") continue;
            for (var j = k + 1; j < Math.Min(t.Count, k + 6); j++)
            {
                // The verb ends the report: "…, the Treasury projected." but not "…, and the military projected costs of …".
                if (IsForecastVerb(t[j])) return j + 1 >= t.Count || !t[j + 1].IsWord || t[j + 1].Lower is "on" or "in" or "last" or "this" or "earlier";
                if (t[j].Text is "," or ";" || t[j].Lower is "and" or "but") break;
            }
        }
        return false;
    }

    /// <summary>Words just before a figure in the present tense that make it a forecast: "is forecast at", "is projected at".</summary>
    private static readonly WordList PresentForecasts = WordList.Of("forecast", "projected", "predicted");

    /// <summary>Whether "is seen" or "are seen" stands in the six words before token <paramref name="first"/>: "Inflation is seen falling to 3.0% by June", a forecast.</summary>
    private static bool SeenGoing(SentenceContext sentence, int first)
    {
        var t = sentence.Tokens;
        for (var k = first - 1; k > 0 && k >= first - 6; k--)
        {
            if (t[k].Is("seen") && t[k - 1].Lower is "is" or "are") return true;
        }
        return false;
    }

    /// <summary>Words that make the figure after them (or after their "at" or "of") a bound set on a level: "capped at 1,400", "a ceiling of 1,400".</summary>
    private static readonly WordList Caps = WordList.Of("capped", "cap", "caps", "ceiling", "limit", "limited", "capacity");

    /// <summary>Nouns of what is missing: "a shortage of some 98,000 teachers" is no count of teachers.</summary>
    private static readonly WordList Shortages = WordList.Of("shortage", "shortages", "shortfall", "gap", "lack");

    /// <summary>Words just before money in the future tense that make it a cost or an estimate: "will cost an estimated".</summary>
    private static readonly WordList Costs = WordList.Of("cost", "costs", "estimated");

    /// <summary>Names a number ends: "Grade 7", "Phase 4", "Article 5".</summary>
    private static readonly WordList NumberedNames = WordList.Of("grade", "phase", "level", "stage", "form", "class", "article", "chapter", "section", "route", "line", "category", "zone", "ward", "block", "gate", "terminal", "platform",
        // "a drone attack on Tower 22", "Tesla's Model Y … Model 3", "Flight 370", "Reactor 4".
        "tower", "model", "flight", "unit", "reactor", "runway", "highway", "pier", "berth");

    /// <summary>
    /// Whether the figure is one side of a ratio stated "for every" other: after it ("for every 1,000 people"), or before it past
    /// its noun ("1.5 nurses for every 1,000 people"). A rate "per" anything is <see cref="RateAfter"/>'s.
    /// </summary>
    private static bool Ratio(SentenceContext sentence, Figure figure)
    {
        var t = sentence.Tokens;
        if (figure.First > 1 && t[figure.First - 1].Is("every") && t[figure.First - 2].Is("for")) return true;
        var k = figure.Last + 1;
        while (k < t.Count && k <= figure.Last + 3 && t[k].IsWord && !t[k].IsCapitalized && !t[k].Is("for")) k++;
        return k + 2 < t.Count && t[k].Is("for") && t[k + 1].Is("every") && sentence.FigureAt(k + 2) is not null;
    }

    /// <summary>Verbs of an employer before the people it employs: "the mines employ some 15,000 people".</summary>
    private static readonly WordList Employing = WordList.Of("employ", "employs", "employed", "employing", "hire", "hires", "hired", "hiring");

    /// <summary>Units of length after "of": "hundreds of meters", "thousands of kilometres".</summary>
    private static readonly WordList Lengths = WordList.Of("meters", "metres", "feet", "kilometres", "kilometers", "km", "miles", "yards");

    /// <summary>Words that state a goal of money, beyond "will": "plans to spend", "aims to raise", "a budget target of".</summary>
    private static readonly WordList StatedGoals = WordList.Of("aims", "aim", "aiming", "goal", "target", "targets", "plans", "plan", "planned", "intends", "pledged", "promised", "vowed", "seeks", "wants");

    /// <summary>
    /// Whether "estimated that" or "estimates that" stands up to fourteen tokens before token <paramref name="first"/>, or
    /// "estimated … at" right before it: "The World Bank has estimated that Nigeria's population will reach 377 million by
    /// 2050" and "said India would need to add 50 GW a year …, and estimated investment needs at $300 billion" are forecasts,
    /// no one's goal; "from an estimated 4.8%" is a hedge.
    /// </summary>
    private static bool EstimatedThat(SentenceContext sentence, int first)
    {
        var t = sentence.Tokens;
        // The word before a sum is before its sign.
        var before = CurrencyBefore(t, first) - 1;
        for (var k = first - 2; k >= Math.Max(0, first - 14); k--)
        {
            if (t[k].Lower is "estimated" or "estimates" or "estimate" && (t[k + 1].Is("that") || (before > k && t[before].Is("at") && before - k <= 4))) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether "expects" or "expected" stands before the figure at token <paramref name="first"/> with its own object, or in
    /// the passive: "expects inflation to fall below 3%", "expects up to 250,000 more refugees to arrive", "is expected to
    /// fall to 6.5 percent" are forecasts of what others do, where "expects to vaccinate 10 million" is a goal. So is what
    /// comes to the one who expects it: "Zambia expects to harvest 3.6 million tonnes" forecasts a harvest, no one's goal.
    /// </summary>
    private static bool Expects(SentenceContext sentence, int first)
    {
        var t = sentence.Tokens;
        var ownClause = true;
        for (var k = first - 1; k >= Math.Max(0, first - 14) && t[k].Text != ";"; k--)
        {
            if (IsClauseMark(t[k])) ownClause = false;
            if (t[k].Lower is not ("expects" or "expect" or "expected")) continue;
            // "The unemployment rate is expected to fall to 6.5 percent": what others expect of it, not a goal; only in the
            // figure's own clause, as "Kenya, which is expected to hold elections in August, plans to vaccinate …" is a goal.
            // "Tax revenue is now expected to reach 288 trillion pesos": an adverb may stand between.
            if ((k > 0 && t[k - 1].Lower is "is" or "are" or "was" or "were" or "be" or "been")
                || (k > 1 && t[k - 1].Lower is "now" or "also" or "still" or "widely" or "currently" && t[k - 2].Lower is "is" or "are" or "was" or "were" or "be" or "been"))
            {
                return ownClause;
            }
            // "expects the economy to grow by 2.6 percent in 2025, after growth of about 2.4 percent this year": the whole
            // sentence is the forecast; "as expected, aims to" and "expects to vaccinate" are not.
            if (k + 2 < t.Count && t[k + 1].Is("to") && IsOutcome(t[k + 2])) return true;
            return k + 1 < t.Count && !t[k + 1].Is("to") && !IsClauseMark(t[k + 1]);
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="verb"/> is one of what comes to the one who expects it, after "expects to": a forecast, where
    /// "expects to vaccinate" is a goal. Asked of one token a sentence at most, so no word list (and no spelling's answer) of its own.
    /// </summary>
    private static bool IsOutcome(Text.Token verb) =>
        verb.Lower is "harvest" or "produce" or "earn" or "receive" or "collect" or "record" or "export" or "import" or "sell" or "handle" or "carry" or "welcome" or "see" or "post" or "generate";

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

    /// <summary>The token a figure's words start at, with the currency sign or code before its number: "$275 million", "EUR 410 million".</summary>
    private static int CurrencyBefore(List<Text.Token> t, int first) => first > 0 && (t[first - 1].Lower is "eur" or "usd" or "gbp" or "$" or "€" or "£" || Words.CurrencyPrefixes.Contains(t[first - 1])) ? first - 1 : first;

    /// <summary>
    /// The unit of a counted figure as written, but in the word another source would compare it in: "residents" and
    /// "inhabitants" are people; so are "deaths", "fatalities" and "bodies", which count the dead ("412 people" and "468 deaths" of one
    /// heatwave were never compared, FC010); "people working" are workers; and a thing counted is named as its subject names
    /// it ("38 vessels" are ships). A <paramref name="toll"/> counts no other thing: "1,527 suspected cases … and the death
    /// toll stood at 73" are no cases.
    /// </summary>
    private static string? WrittenUnit(SentenceContext sentence, NounReading noun, bool toll)
    {
        if (toll && noun.Word is { Category: UnitCategory.Countable } word && !Words.Casualty.ContainsKey(word.Canonical)) return null;
        var written = noun.UnitText?.ToLowerInvariant();
        if (written is "residents" or "inhabitants" or "deaths" or "fatalities" or "bodies") return "people";
        if (written == "people" && PeopleWorking(sentence, noun)) return "workers";
        return noun.Word is { Category: UnitCategory.Countable } counted ? counted.Canonical : written;
    }

    /// <summary>Whether the figure's noun is "people" right before "working": "2,650 people working here" are workers.</summary>
    private static bool PeopleWorking(SentenceContext sentence, NounReading noun) =>
        noun.Compound.Count == 0 && noun.Index >= 0 && noun.Index + 1 < sentence.Tokens.Count && sentence.Tokens[noun.Index].Is("people") && sentence.Tokens[noun.Index + 1].Is("working");

    /// <summary>Whether "entitled", "eligible" or "registered" and "to vote" follow the people at token <paramref name="index"/>: "590,000 residents entitled to vote".</summary>
    private static bool EntitledToVote(List<Text.Token> t, int index) =>
        index >= 0 && index + 3 < t.Count && t[index + 1].Lower is "entitled" or "eligible" or "registered" && t[index + 2].Is("to") && t[index + 3].Is("vote");

    /// <summary>Whether a unit of measure follows the figure ending at token <paramref name="last"/>: "(55 miles)", "(115 mph)", "(nearly 18 inches)".</summary>
    private static bool MeasureAfter(List<Text.Token> t, int last) =>
        last + 1 < t.Count && t[last + 1].Lower is "miles" or "mph" or "km" or "kph" or "kilometres" or "kilometers" or "inches" or "feet" or "metres" or "meters" or "pounds" or "kg" or "tonnes" or "tons" or "acres" or "hectares";

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

    /// <summary>
    /// Whether the figure at token <paramref name="first"/> counts what one day added: a window of counting a day long stands in
    /// its clause ("386 new cases in the 24 hours to Thursday evening", "14 deaths over the past 24 hours") or before it in its
    /// sentence ("In the past 24 hours, 12 people died"), or "over the same period" does so in a paragraph that named one. Not a total
    /// ("bringing the cumulative total to 10,847", "has recorded 10,847 cases since January, 386 of them in the past 24 hours"),
    /// nor "a 24-hour curfew" or "worked for 24 hours", which count nothing.
    /// </summary>
    private bool CountedInADay(SentenceContext sentence, int first)
    {
        var t = sentence.Tokens;
        var (clauseStart, clauseEnd) = ClauseAround(t, first);
        // The window before the figure, in any clause ("hospitalised 1,214 patients in the 24 hours to Sunday, and five more
        // people died"), or after it in its own.
        var window = -1;
        for (var k = 0; k <= clauseEnd && window < 0; k++)
        {
            if (DayWindowAt(t, k, dayInParagraph) is not null && (k < first || k >= clauseStart)) window = k;
        }
        if (window < 0) return false;
        for (var k = clauseStart; k <= clauseEnd; k++)
        {
            if (t[k].Lower is "total" or "toll" or "tally" or "cumulative" or "overall" or "since" || BringsATotal(t[k])) return false;
        }
        return true;
    }

    /// <summary>The first and last token of the clause token <paramref name="k"/> stands in, between clause marks.</summary>
    private static (int Start, int End) ClauseAround(List<Text.Token> t, int k)
    {
        var start = k;
        while (start > 0 && !IsClauseMark(t[start - 1])) start--;
        var end = k;
        while (end + 1 < t.Count && !IsClauseMark(t[end + 1])) end++;
        return (start, end);
    }

    /// <summary>
    /// The token a window of counting a day long starts at, at token <paramref name="k"/>: "in the 24 hours to", "over the past
    /// 24 hours", "in the last 24 hours", "during a 24-hour period", or, in a paragraph that named one
    /// (<paramref name="dayInParagraph"/>), "over the same period" with nothing after it that names another; else null.
    /// </summary>
    private static int? DayWindowAt(List<Text.Token> t, int k, bool dayInParagraph)
    {
        if (k + 2 >= t.Count || t[k].Lower is not ("in" or "over" or "during" or "within")) return null;
        var at = k + 1;
        if (t[at].Lower is "the" or "a") at++;
        if (at < t.Count && t[at].Lower is "past" or "last" or "previous") at++;
        if (at + 1 < t.Count && t[at].Text == "24" && (t[at + 1].Lower is "hours" or "hrs" || (at + 3 < t.Count && t[at + 1].Text == "-" && t[at + 2].Is("hour") && t[at + 3].Is("period")))) return k;
        return dayInParagraph && at + 1 < t.Count && t[k + 1].Is("the") && t[at].Is("same") && t[at + 1].Is("period") && (at + 2 >= t.Count || IsClauseMark(t[at + 2]) || !t[at + 2].IsWord) ? k : null;
    }

    /// <summary>Whether tokens <paramref name="t"/> name a window of counting a day long (<see cref="DayWindowAt"/>) anywhere.</summary>
    private static bool NamesADay(List<Text.Token> t, bool dayInParagraph)
    {
        for (var k = 0; k < t.Count; k++)
        {
            if (DayWindowAt(t, k, dayInParagraph) is not null) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the figure at token <paramref name="first"/> goes on, after "and", a list whose first part is a figure "of them"
    /// a few words before: the three of "nine people have died, six of them by drowning and three after being struck".
    /// </summary>
    private static bool GoesOnWithParts(SentenceContext sentence, int first)
    {
        var t = sentence.Tokens;
        if (first < 1 || !t[first - 1].Is("and") || sentence.FigureBefore(first) is not { } part
            || part.Last + 2 >= first || !t[part.Last + 1].Is("of") || t[part.Last + 2].Lower is not ("them" or "whom")) return false;
        for (var k = part.Last + 3; k < first - 1; k++)
        {
            if (IsClauseMark(t[k]) || k > part.Last + 10) return false;
        }
        return true;
    }

    /// <summary>
    /// Whether a running total follows the figure's own clause, brought to a later figure by a participle: "reported 14 new
    /// deaths on Monday, bringing its death toll to 210", "recorded 386 new cases, bringing the cumulative total to 10,847".
    /// Not a figure of another clause ("Kano state, home to 15 million people, reported …"), nor one of another thing than the
    /// total counts (<paramref name="counted"/>: "killed 12 people, taking the number of affected counties to 23"), nor
    /// "raising to 52 the number of people killed", whose total the drafts cannot name, so that what was added would stand
    /// for nothing.
    /// </summary>
    private static bool RunningTotalAfter(SentenceContext sentence, int last, string? counted)
    {
        var t = sentence.Tokens;
        for (var k = last + 1; k < t.Count - 2 && k <= last + 16; k++)
        {
            if (!BringsATotal(t[k]) || t[k - 1].Text != ",")
            {
                if ((IsClauseMark(t[k]) && !(t[k].Text == "," && BringsATotal(t[k + 1]))) || t[k].Text == ".") return false;
                continue;
            }
            var to = k + 1;
            var named = false;
            var number = false;
            for (; to < t.Count && to <= k + 7 && !t[to].Is("to"); to++)
            {
                var word = counted is null ? null : UnitWords.Find(t[to].Lower);
                named |= t[to].Lower is "total" or "toll" or "tally" or "count" or "figure";
                // "the number of deaths", "the number of cases": a number of what the figure counts, not "of affected counties".
                named |= number && (t[to].Lower is "deaths" or "dead" or "people" or "victims" || (word is not null && word.Canonical == counted));
                number |= t[to].Is("number");
                if (word is { Category: UnitCategory.Countable } && word.Canonical != counted) return false;
            }
            return named && to + 1 < t.Count && t[to].Is("to") && sentence.Figures.FirstWhere(to, static (f, to) => f.First == to + 1) is not null;
        }
        return false;
    }

    /// <summary>Whether <paramref name="token"/> is a participle that brings a running total to its figure: ", bringing the death toll to 52".</summary>
    private static bool BringsATotal(Text.Token token) => token.Lower is "bringing" or "taking" or "raising" or "pushing" or "lifting";

    /// <summary>Whether "new" or "weekly" stands before the noun at token <paramref name="noun"/>, past up to two words that say which cases or whose disease: "six new confirmed mpox cases".</summary>
    private static bool NewBefore(List<Text.Token> t, int noun)
    {
        for (var k = noun - 1; k >= 0 && k >= noun - 3; k--)
        {
            // "Weekly admissions … reaching 7,420 last week": a week's, as "new" ones are.
            if (t[k].Lower is "new" or "weekly") return true;
            if (!KindOfCases.SaysWhichOrWhose(t[k].Lower)) return false;
        }
        return false;
    }

    /// <summary>
    /// Whether the figure ending at token <paramref name="last"/> counts areas of a whole that follows it: "17 of the country's
    /// 18 states", "nine of its 47 counties", "three of Sudan's 18 states".
    /// </summary>
    private static bool CountOfAreas(SentenceContext sentence, int last)
    {
        var t = sentence.Tokens;
        var k = last + 2;
        if (k >= t.Count || !t[last + 1].Is("of")) return false;
        if (t[k].Lower is "the" or "its" or "their") k++;
        if (k < t.Count && t[k].IsPossessive) k++;
        return sentence.FigureAt(k) is { } whole && whole.First == k && whole.Last + 1 < t.Count
            && t[whole.Last + 1].Lower is "states" or "provinces" or "regions" or "districts" or "counties" or "governorates" or "prefectures" or "municipalities" or "departments" or "countries";
    }

    /// <summary>
    /// Whether the words after the figure ending at token <paramref name="last"/> say it is a toll, or a count the whole country
    /// made, past its noun and a verb of counting: "41 people killed", "116 deaths recorded nationwide", "2,300 cases reported
    /// across the country"; not "117 of the 230 seats nationwide", a whole of no count made.
    /// </summary>
    private static bool CountedWholeAfter(List<Text.Token> t, int last)
    {
        // "the 41 people killed in Guinea on Saturday": a toll, whatever part of it a sentence goes on to name.
        if (last + 2 < t.Count && t[last + 1].Lower is "people" or "dead" or "deaths" && t[last + 2].Lower is "killed" or "dead" or "who") return true;
        for (var k = last + 2; k + 1 < t.Count && k <= last + 3 && !IsClauseMark(t[k]); k++)
        {
            if (!Words.RecordsAFigure(t[k])) continue;
            var where = k + 1;
            return t[where].Lower is "nationwide" or "countrywide" || (where + 2 < t.Count && t[where].Lower is "across" or "in" && t[where + 1].Is("the") && t[where + 2].Is("country"));
        }
        return false;
    }

    /// <summary>
    /// Whether the figure's noun is followed by a verb of its own, so that the figure begins a clause: "the minister added
    /// 400 soldiers were wounded" tells, where "added 30,000 jobs" is a change.
    /// </summary>
    private static bool StartsClause(SentenceContext sentence, Figure figure)
    {
        var t = sentence.Tokens;
        for (var k = figure.Last + 1; k < t.Count && k <= figure.Last + 4; k++)
        {
            if (Words.Auxiliaries.Contains(t[k]) || t[k].Lower is "would" or "will") return true;
            if (t[k].Text is "," or ";") break;
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
            // "25 deaths per 100,000 people": a rate over a population.
            if (t[k].Is("per") && t[k + 1].IsNumber) return true;
            // "15 high school students per classroom", "1.15 births per woman": a rate over one of something.
            if (t[k].Is("per") && UnitWords.Find(t[k - 1].Lower) is not null) return true;
            // "We get 20 litres a person", "5,000 ringgit per household": a share of one, no level.
            if (t[k].Lower is "a" or "per" or "each" && t[k + 1].Lower is "person" or "head" or "household" or "family" or "child" or "pupil" or "student" or "worker") return true;
            if (t[k].Lower is not ("each" or "every" or "per" or "a" or "an") || !Words.RatePeriods.Contains(t[k + 1])) continue;
            if (t[k].Lower is "each" or "every" or "per") return true;
            var isTime = t[k - 1].Lower is "in" or "within" or "for" or "over" or "than" or "after" or "on" or "about" or "nearly" or "almost"
                || (k + 2 < t.Count && t[k + 2].Lower is "ago" or "earlier" or "later" or "before" or "after" or "on" or "or" or "ahead" or "into" or "apart" or "long" or "old");
            if (!isTime) return true;
        }
        return false;
    }

    /// <summary>
    /// The period ("day", "month", "week") the sentence picks out as one of many before the figure at token <paramref name="first"/>:
    /// "the busiest single day", "its busiest day", "a record day", "the busiest month", "February, the quietest,"; null for none.
    /// </summary>
    private static string? OnePeriodOfMany(SentenceContext sentence, int first)
    {
        var t = sentence.Tokens;
        for (var k = Math.Max(1, first - 14); k < first; k++)
        {
            if (t[k].Is("day") && t[k - 1].Lower is "single" or "busiest" or "peak" or "record") return "day";
            if (t[k].Lower is "month" or "week" && t[k - 1].Lower is "busiest" or "quietest" or "slowest" or "peak" or "record" or "single") return t[k].Lower;
        }
        // "while February, the quietest, saw 2.1 million": a month named as one of the year's.
        for (var k = Math.Max(3, first - 6); k + 1 < first; k++)
        {
            if (t[k].Lower is "busiest" or "quietest" or "slowest" && t[k - 1].Is("the") && t[k + 1].Text == "," && t[k - 2].Text == "," && Words.MonthNumbers.ContainsKey(t[k - 3].Lower)) return "month";
        }
        return null;
    }

    /// <summary>Whether one fire, in the singular, is what burned the area at token <paramref name="first"/>: "A wildfire … had burned", "the blaze has scorched".</summary>
    private static bool OneFireBefore(SentenceContext sentence, int first)
    {
        var t = sentence.Tokens;
        for (var k = first - 1; k >= Math.Max(0, first - 12) && !IsClauseMark(t[k]); k--)
        {
            if (t[k].Lower is "wildfires" or "fires" or "blazes") return false;
            if (t[k].Lower is "wildfire" or "fire" or "blaze" or "bushfire") return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the figure at tokens <paramref name="first"/>..<paramref name="last"/> is an age the counted were under or over:
    /// "52 of the dead were under five", "most of the victims were over 65"; a bare number past people, "were", "was", "are"
    /// or "is" and "under" or "over", at the clause's end or before "years".
    /// </summary>
    private static bool AgeAfterBeing(List<Text.Token> t, int first, int last) =>
        last == first + 1 && first > 1 && t[first].Lower is "under" or "over" && t[first - 1].Lower is "were" or "was" or "are" or "is"
        // Only of people: "the death toll is over 40", "the number of survivors … is under ten" are counts.
        && t[first - 2].Lower is "dead" or "victims" or "children" or "patients" or "those" or "them" or "whom" or "deceased" or "casualties" or "people"
        && (t[last].IsNumber ? t[last].Text.Length <= 2 : t[last].IsWord)
        && (last + 1 == t.Count || !t[last + 1].IsWord || t[last + 1].Lower is "years" or "and" or "but" or "while" or "when");

    /// <summary>
    /// Whether the sum ending at token <paramref name="last"/> is one payment, loan or deal, named right after it past up to two
    /// names: "a $2 billion Eurobond repayment", "a $3 billion IMF loan", "a 5 million euro fine".
    /// </summary>
    private static bool OneDealAfter(List<Text.Token> t, int last)
    {
        var k = last + 1;
        while (k < t.Count && k <= last + 2 && t[k].IsCapitalized) k++;
        return k < t.Count && t[k].Lower is "repayment" or "loan" or "bailout" or "deal" or "contract" or "fine" or "settlement" or "payout" or "eurobond" or "bond";
    }

    /// <summary>Whether the token names parts of a place that are numbered, not counted: "sectors 11 and 12", "block 4".</summary>
    private static bool IsNumberedPart(Text.Token token) => token.Lower is "sector" or "sectors" or "block" or "blocks" or "zone" or "zones";

    /// <summary>
    /// Whether the number at token <paramref name="first"/> ends a name, or a list of names, numbered after a word: "Grade 7",
    /// "households in sectors 11 and 12", "pupils in Classes 3, 5 and 8", "poliovirus type 2".
    /// </summary>
    private static bool NumberedNameBefore(List<Text.Token> t, int first)
    {
        var k = first - 1;
        // A list goes on to its "and": "in Phase 4, 300 people were evacuated" names no 300th phase.
        if (t[k].Text is "," && !(first + 1 < t.Count && t[first + 1].Text is "," or "and")) return false;
        var items = 0;
        while (k > 1 && t[k].Text is "," or "and" && t[k - 1].IsNumber)
        {
            k -= 2;
            items++;
        }
        // One number before "and" after a singular name is no list: "strengthened to Category 4 and 11 people were killed".
        var plural = t[k].Lower is "classes" or "grades" or "forms" or "phases" or "levels" or "stages";
        // "poliovirus type 2", "type 1 diabetes", "dengue serotype 3": a kind numbered in lower case, one number alone.
        var kind = items == 0 && t[k].Lower is "type" or "serotype" or "genotype";
        return (t[k].IsCapitalized && (plural || (NumberedNames.Contains(t[k]) && items != 1))) || IsNumberedPart(t[k]) || kind;
    }

    /// <summary>
    /// The verb of a goal of adding, as a participle, when the figure at tokens <paramref name="first"/>..<paramref name="last"/>
    /// is one: "has pledged to recruit 3,000 additional teachers" (recruited), "aims to vaccinate a further 10,000 children"
    /// (vaccinated), "plans to build 500 more homes" (built); null otherwise, and for "fewer", a fall's size.
    /// </summary>
    private static string? AddedGoal(SentenceContext sentence, int first, int last)
    {
        var t = sentence.Tokens;
        var added = (first > 0 && t[first - 1].Lower is "further" or "additional" or "extra")
            || (last + 1 < t.Count && t[last + 1].Lower is "more" or "additional" or "extra" && (last + 2 >= t.Count || !t[last + 2].Is("than")));
        // Only of people or things named after it: "plans to recruit 5,000 more by the end of the year" says not what.
        if (!added || !CountedAfter(t, last)) return null;
        // The figure's words may start with "a further" or "an additional": the verb stands before them.
        var k = first - 1;
        while (k >= 0 && t[k].Lower is "further" or "additional" or "extra" or "a" or "an") k--;
        if (k < 1 || !t[k - 1].Is("to") || !t[k].IsWord || !sentence.AnyBefore(k - 1, 8, Words.Goal)) return null;
        return PastParticiple(t[k].Lower);
    }

    /// <summary>Whether a noun of people or things stands within four words after token <paramref name="last"/>, past lower-case words: "3,000 additional teachers", "10,000 children".</summary>
    private static bool CountedAfter(List<Text.Token> t, int last)
    {
        for (var k = last + 1; k < Math.Min(t.Count, last + 5) && t[k].IsWord && !t[k].IsCapitalized; k++)
        {
            if (UnitWords.Find(t[k].Lower) is { Category: UnitCategory.People or UnitCategory.Personnel or UnitCategory.Countable }) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the figure at token <paramref name="first"/> is what each one gets: "each" or "every" and then a verb of getting
    /// before it in its clause ("with each affected household to receive 5,000 ringgit", "each displaced family is entitled to
    /// 1.5 hectares"). Not "each other" or "each time", which give nothing.
    /// </summary>
    private static bool EachBefore(SentenceContext sentence, int first)
    {
        var t = sentence.Tokens;
        var gets = false;
        for (var k = first - 1; k >= Math.Max(0, first - 8) && !IsClauseMark(t[k]); k--)
        {
            gets |= t[k].Lower is "receive" or "receives" or "received" or "get" or "gets" or "got" or "entitled" or "paid" or "given" or "awarded";
            if (gets && t[k].Lower is "each" or "every") return true;
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

    /// <summary>Whether a comma, semicolon or other clause mark stands among tokens <paramref name="from"/>..<paramref name="to"/> (exclusive).</summary>
    private static bool ClauseMarkBetween(SentenceContext sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (IsClauseMark(sentence.Tokens[k])) return true;
        }
        return false;
    }

    private static bool IsClauseMark(Text.Token token) => token.IsClauseMark;

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
