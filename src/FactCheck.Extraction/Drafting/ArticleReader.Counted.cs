using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Reading;
using FactCheck.Extraction.Text;
using NodaTime;

namespace FactCheck.Extraction.Drafting;

/// <summary>Figures: what each counts: the people by what was done to them or where they are, the dead and hurt, money and rates by their nouns.</summary>
internal sealed partial class ArticleReader
{
    private static readonly WordList MoneyNouns = WordList.Of(
        "budget", "spending", "deficit", "debt", "revenue", "revenues", "aid", "funding", "cost", "costs", "investment", "surplus", "package", "allocation", "expenditure", "fund");

    /// <summary>Nouns before a measure that name what it measures: "India's wheat harvest is estimated at 117.5 million tonnes".</summary>
    private static readonly WordList MeasureNouns = WordList.Of(
        "harvest", "harvests", "output", "production", "procurement", "stocks", "stockpile", "reserves", "exports", "imports", "consumption", "crop", "yield", "yields",
        "area", "purchases", "shipments", "sales", "demand", "supply", "throughput", "capacity", "generation",
        // "Norway set its 2025 mackerel quota at 191,000 tonnes", "The spawning stock is estimated to have fallen from 4.9 million tonnes".
        "quota", "quotas", "catch", "catches", "landings", "stock",
        // "diesel deliveries were 4.8 million litres on Tuesday", "Volumes rose from 6.13 million bags".
        "deliveries", "volumes", "volume");

    /// <summary>
    /// What a measure counts ("117.5 million tonnes"): a noun of what is measured before it ("the wheat harvest", "procurement
    /// reached"), else its verb ("Uttar Pradesh harvested about 35.2 million tonnes"), else what it is of ("36.9 million tonnes
    /// of wheat"); null where none is said.
    /// </summary>
    private static string? Measured(SentenceContext sentence, int first, NounReading noun)
    {
        if (NounBefore(sentence, first, MeasureNouns) is { } named) return named;
        var t = sentence.Tokens;
        // The figure's words hold its hedge ("harvested about 35.2 million tonnes"), so the verb stands right before them.
        var verb = first > 0 && t[first - 1].Is("an") ? first - 2 : first - 1;
        var of = noun.Index + 2 < t.Count && t[noun.Index + 1].Is("of") && t[noun.Index + 2].IsWord && !t[noun.Index + 2].IsCapitalized
            && t[noun.Index + 2].Lower is not ("the" or "a" or "an" or "its" or "their" or "that" or "this" or "these" or "those" or "it" or "them" or "which")
            ? MeasuredAfterOf(t, noun.Index + 2) : null;
        // "dispatched 4.8 million litres of diesel": the deliveries of what the words after "of" name, where they name it.
        if (verb >= 0 && MeasuredBy(t[verb]) is { } done) return done == "deliveries" && of is not null ? of + "-" + done : done;
        // "ravaged 70,000 hectares of crops": what a disaster struck, no stock of the place's crops.
        // "wildfires have burned about 2.7 million hectares": the area it struck.
        var struck = verb >= 0 && Struck(t[verb]);
        if (of is null && !struck && VerbAfterMeasure(t, noun.Index) is { } after)
        {
            // "125.5 million tonnes harvested in Brazil", "about 3,200 hectares had burned": the verb after the measure.
            if (MeasuredBy(after) is { } deed) return deed;
            if (Struck(after) && noun.Word?.Canonical is "hectares" or "acres") return "area-" + after.Lower;
        }
        return of is not null ? (struck ? of + "-" + t[verb].Lower : of) : struck && noun.Word?.Canonical is "hectares" or "acres" ? "area-" + t[verb].Lower : null;
    }

    /// <summary>What a measure is of, named by its verb before or after it: "harvested" a harvest, "handled" a port's throughput; null for another verb.</summary>
    private static string? MeasuredBy(Text.Token verb) => verb.Lower switch
    {
        "harvested" => "harvest",
        "produced" or "produces" or "mined" => "production",
        "procured" => "procurement",
        "exported" or "exports" => "exports",
        "imported" or "imports" => "imports",
        "handled" or "handles" => "throughput",
        "generated" or "generates" => "generation",
        "dispatched" or "delivered" or "supplied" => "deliveries",
        _ => null,
    };

    /// <summary>The verb right after a measure's noun, past "had", "have", "has", "were", "was", "been": "tonnes harvested", "hectares had burned"; null when none.</summary>
    private static Text.Token? VerbAfterMeasure(List<Text.Token> t, int nounIndex)
    {
        var k = nounIndex + 1;
        while (k < t.Count && t[k].Lower is "had" or "have" or "has" or "were" or "was" or "been" or "already") k++;
        return k < t.Count && t[k].IsWord && t[k].Lower.EndsWith("ed", StringComparison.Ordinal) || (k < t.Count && t[k].Lower is "burnt") ? t[k] : null;
    }

    /// <summary>
    /// What a measure is of, from the word at <paramref name="k"/> after "of": the word itself ("36.9 million tonnes of wheat");
    /// where a noun of what is measured follows within three words, that noun with the word before it ("35 GW of installed
    /// renewable capacity" is renewable capacity, not "installed"); else the last noun of the words, with the one before it
    /// ("780,000 litres of industrial fuel oil" is fuel oil, not "industrial").
    /// </summary>
    private static string MeasuredAfterOf(List<Text.Token> t, int k)
    {
        var head = k;
        for (var j = k; j < Math.Min(t.Count, k + 3) && t[j].IsWord && !t[j].IsCapitalized; j++)
        {
            if (MeasureNouns.Contains(t[j])) return j > k ? t[j - 1].Lower + "-" + t[j].Lower : t[j].Lower;
            if (j > k && (Words.Auxiliaries.Contains(t[j]) || t[j].Lower.EndsWith("ed", StringComparison.Ordinal) || t[j].Lower.EndsWith("ing", StringComparison.Ordinal)
                || t[j].Lower is "and" or "or" or "from" or "in" or "into" or "out" or "off" or "up" or "down" or "over" or "through" or "across" or "with" or "left" or "to" or "at" or "on"
                    or "for" or "by" or "of" or "a" or "an" or "the" or "per" or "each" or "that" or "which" or "this" or "last" or "so" or "far"
                    or "since" or "during" or "until" or "between" or "as"))
            {
                break;
            }
            head = j;
        }
        return head > k ? t[head - 1].Lower + "-" + t[head].Lower : t[k].Lower;
    }

    /// <summary>Whether <paramref name="token"/> is a verb of what a disaster did to a measure of something: "submerged 2 million hectares of farmland".</summary>
    private static bool Struck(Text.Token token) => token.Lower is "destroyed" or "damaged" or "burned" or "burnt" or "ravaged" or "submerged" or "flooded" or "scorched" or "razed"
        or "lost" or "affected" or "inundated";

    /// <summary>
    /// Nouns that are themselves a count, which name what a bare figure after them counts: "the waiting list … fell to 7.36
    /// million", "enrolment rose to 620,000". Not a crowd, an audience or an attendance, one event's (or an average of
    /// several), which is no level of its place; nor a membership or a workforce, an organisation's ("The club's membership
    /// stands at 61,430"); nor "lists", more often a verb.
    /// </summary>
    private static readonly WordList CountNouns = WordList.Of(
        "list", "caseload", "backlog", "enrolment", "enrollment", "enrolments", "enrollments", "ridership", "sales");

    private static readonly WordList RateNouns = WordList.Of(
        "turnout", "unemployment", "inflation", "rate", "coverage", "share", "support", "approval", "growth", "uptake", "participation", "occupancy", "deficit",
        // "Punctuality on long-distance routes fell to 62.5%", "adult literacy stood at 81%", "the vacancy rate".
        "punctuality", "literacy", "vacancy", "attendance", "utilisation", "utilization", "compliance",
        // "Reserves in the Ter-Llobregat system rose to 31.4%", "reservoir levels fell to 18%": how full a store is.
        "reserves", "storage", "level", "levels");

    private static readonly WordList TollWords = WordList.Of("toll");

    /// <summary>
    /// Whether "population" at token <paramref name="k"/> is the sentence's own place's: "relative to its population of about
    /// 18 million", "Malawi has a population of 20 million"; not a place named in passing ("Derna, a city with a population of
    /// 100,000").
    /// </summary>
    private static bool OwnPopulation(SentenceContext sentence, int k)
    {
        var t = sentence.Tokens;
        // Not "the Dadaab camp in Kenya, which has a population of 300,000": the camp's.
        return t[k].Is("population") && (t[k - 1].Lower is "its" or "their"
            || (k > 2 && t[k - 1].Is("a") && t[k - 2].Lower is "has" or "had" or "have" && t[k - 3].Lower is not ("which" or "that" or "who" or "where")));
    }

    /// <summary>The token of "population" in the figure's clause up to eight words before it, with no other figure between; or null.</summary>
    private static int? PopulationBefore(SentenceContext sentence, int first)
    {
        var t = sentence.Tokens;
        for (var k = first - 1; k >= Math.Max(0, first - 8) && !IsClauseMark(t[k]) && !t[k].IsNumber; k--)
        {
            // "Chad's refugee population", "Britain's prison population" are no place's people.
            if (t[k].Is("population")) return k > 0 && t[k - 1].IsWord && !t[k - 1].IsCapitalized && !t[k - 1].IsPossessive && t[k - 1].Lower is not ("the" or "its" or "their" or "a" or "total" or "national" or "whole" or "entire") ? null : k;
        }
        return null;
    }

    private static readonly WordList Participles = WordList.Of(
        "vaccinated", "evacuated", "displaced", "arrested", "infected", "registered", "employed", "unemployed", "rescued", "housed", "treated", "tested", "hospitalised", "hospitalized", "admitted", "trained",
        "returned", "deported", "resettled", "relocated", "missed", "enrolled", "stranded", "sheltered");

    /// <summary>
    /// Verbs of what people did that make them a group of their own, right after the noun: "16,000 people arrived", "half a
    /// million people marched", "2.5 million people voted" are no count of a place's people.
    /// </summary>
    private static readonly WordList Deeds = WordList.Of("arrived", "fled", "crossed", "returned", "marched", "protested", "voted", "gathered", "attended", "applied", "signed", "joined", "enrolled", "travelled", "traveled", "waited", "migrated");

    /// <summary>
    /// "people have been vaccinated", "people vaccinated", "were displaced", "people arrived", "people were in shelters",
    /// "customers were still without power": the participle, deed or state after a people noun, or null.
    /// </summary>
    private static string? Participle(SentenceContext sentence, int nounIndex)
    {
        var t = sentence.Tokens;
        // "Rescuers had pulled 33 people out alive": the rescued, by the verb before the figure.
        var verb = nounIndex - 1;
        while (verb > 0 && sentence.FigureCovering(verb) is not null) verb--;
        if (verb >= 0 && verb < nounIndex - 1 && t[verb].Lower is "pulled" or "dug" && AliveAfter(t, nounIndex)) return "rescued";
        // "230 health workers in Yemen have been trained", "16,000 people in Greece arrived".
        var from = PastPlaceIn(sentence, PastAge(sentence, nounIndex + 1));
        if (from < t.Count && (Deeds.Contains(t[from]) || WentSomewhere(sentence, from))) return t[from].Lower;
        if (StateAfter(sentence, nounIndex) is { } state) return state;
        if (from < t.Count)
        {
            // "46.1 million persons in employment", "17.8 million people in Yemen lack access to safe water", "4 million people need aid".
            var next = t[from];
            if (next.Is("in") && from + 1 < t.Count && t[from + 1].Lower is "employment" or "work" or "need") return "in-" + t[from + 1].Lower;
            if (next.Lower is "lack" or "lacked" or "lacking") return "lacking";
            if (next.Lower is "need" or "needed" or "needing" or "require" or "required") return "in-need";
        }
        for (var k = from; k < Math.Min(t.Count, from + 4); k++)
        {
            if (Participles.Contains(t[k])) return t[k].Lower;
            // "310,000 people have crossed from Lebanon into Syria": a deed past its auxiliary, as right after the noun.
            if (k > from && (Deeds.Contains(t[k]) || WentSomewhere(sentence, k))) return t[k].Lower;
            // "215,000 people have taken refuge in 1,280 shelters", "sought refuge": the sheltered, whom another source counts so.
            if (t[k].Lower is "taken" or "took" or "sought" or "found" && k + 1 < t.Count && t[k + 1].Is("refuge")) return "sheltered";
            // "27 people had been pulled alive from the mud", "were pulled out alive": the rescued, whom another source counts so.
            if (t[k].Lower is "pulled" or "dug" && AliveAfter(t, k)) return "rescued";
            // "Thirty-one people were taken to hospitals": the hospitalised, not the people the building's rescuers pulled out.
            if (t[k].Lower is "taken" or "rushed" or "brought" or "flown" or "sent" && k + 2 < t.Count && t[k + 1].Is("to") && t[k + 2].Lower is "hospital" or "hospitals") return "hospitalised";
            // "3,148,560 children … had received the measles-rubella vaccine": the vaccinated, not the country's children.
            if (t[k].Lower is "received" or "got" && ReceivedVaccine(t, k)) return "vaccinated";
            if (!Words.Auxiliaries.Contains(t[k]) && t[k].Lower is not ("been" or "fully" or "now" or "already" or "so" or "far")) return null;
        }
        return null;
    }

    /// <summary>
    /// Whether token <paramref name="k"/> says where people went: "entered Panama", "moved southward through Panama", "were moved
    /// to safer ground"; not "have entered a third week without electricity" or "entered the lottery".
    /// </summary>
    private static bool WentSomewhere(SentenceContext sentence, int k)
    {
        var t = sentence.Tokens;
        if (k + 1 >= t.Count) return false;
        return (t[k].Is("entered") && sentence.PlaceAt(k + 1) is { IsPlace: true })
            || (t[k].Is("moved") && t[k + 1].Lower is "to" or "into" or "across" or "through" or "southward" or "northward" or "eastward" or "westward" or "south" or "north" or "east" or "west");
    }

    /// <summary>Whether "alive" follows token <paramref name="k"/> within five words of its clause: "pulled alive", "pulled out of the rubble alive".</summary>
    private static bool AliveAfter(List<Token> t, int k)
    {
        for (var j = k + 1; j < Math.Min(t.Count, k + 6) && !IsClauseMark(t[j]); j++)
        {
            if (t[j].Is("alive")) return true;
        }
        return false;
    }

    /// <summary>Whether a vaccine or a dose of one is named within five words after token <paramref name="k"/>: "received the measles-rubella vaccine", "got a first dose".</summary>
    private static bool ReceivedVaccine(List<Token> t, int k)
    {
        for (var j = k + 1; j < Math.Min(t.Count, k + 6); j++)
        {
            if (t[j].Lower is "vaccine" or "vaccines" or "vaccination" or "dose" or "doses" or "jab" or "jabs" or "shot" or "shots") return true;
        }
        return false;
    }

    /// <summary>The token after an age the noun before token <paramref name="k"/> is given ("people aged 16 and over were unemployed"), else <paramref name="k"/>.</summary>
    private static int PastAge(SentenceContext sentence, int k)
    {
        var t = sentence.Tokens;
        // "children aged between nine months and five years had received …": an age given in words and units.
        if (k + 5 < t.Count && t[k].Is("aged") && t[k + 1].Is("between"))
        {
            var end = k + 2;
            while (end < t.Count && end - k < 10 && (sentence.FigureCovering(end) is not null || t[end].IsNumber || t[end].Lower is "and" or "months" or "month" or "years" or "year" or "weeks" or "old"
                or "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "eleven" or "twelve" or "fifteen" or "sixteen" or "eighteen")) end++;
            return end > k + 4 ? end : k;
        }
        if (k + 1 >= t.Count || !t[k].Is("aged") || !t[k + 1].IsNumber) return k;
        k += 2;
        if (k + 1 < t.Count && t[k].Lower is "and" or "or" && t[k + 1].Lower is "over" or "older" or "above" or "under" or "younger") return k + 2;
        return k + 1 < t.Count && t[k].Lower is "to" or "-" or "–" && t[k + 1].IsNumber ? k + 2 : k;
    }

    /// <summary>Where people stay that makes them a group of their own: "in shelters", "in hospital", "in makeshift sites".</summary>
    private static readonly WordList Stays = WordList.Of("shelters", "shelter", "tents", "need", "camps", "hospital", "hospitals", "detention", "custody", "prison", "quarantine", "isolation", "poverty", "sites", "areas", "housing", "accommodation");

    /// <summary>What people lack that makes them a group of their own: "without power", "without water".</summary>
    private static readonly WordList Lacks = WordList.Of("power", "electricity", "water", "food", "work", "jobs", "shelter", "homes", "housing");

    /// <summary>
    /// "were in shelters", "remain in camps", "were still without power", "live in rural areas": where people are or what they
    /// lack, after the noun, as words of the subject ("in-shelters"); not a place's name ("were in Kabul"), nor a state of
    /// another kind ("were in critical condition", "in their homes").
    /// </summary>
    private static string? StateAfter(SentenceContext sentence, int nounIndex)
    {
        var t = sentence.Tokens;
        // "customers in Kenya were still without power".
        var k = PastPlaceIn(sentence, nounIndex + 1);
        if (k >= t.Count || t[k].Lower is not ("were" or "are" or "was" or "is" or "remain" or "remained" or "remains" or "live" or "lived" or "living" or "spent" or "spend" or "slept")) return null;
        // "Nearly 6,000 people spent Sunday night in tents": past the time they spent there.
        if (t[k].Lower is "spent" or "spend")
        {
            var stop = Math.Min(t.Count - 1, k + 4);
            while (k < stop && !t[k + 1].Is("in")) k++;
        }
        k++;
        if (k < t.Count && t[k].Lower is "still" or "now" or "currently") k++;
        if (k < t.Count && t[k].Lower is "living" or "staying" or "sheltering") k++;
        if (k + 1 >= t.Count || t[k].Lower is not ("in" or "without")) return null;
        var words = t[k].Lower;
        var n = k + 1;
        // "were still staying in 27 public shelters": past the shelters' own count and what they are.
        if (n + 1 < t.Count && sentence.FigureCovering(n) is { } count)
        {
            n = count.Last + 1;
            if (n + 1 < t.Count && t[n] is { IsWord: true, IsCapitalized: false } && !(words == "without" ? Lacks : Stays).Contains(t[n])) n++;
        }
        if (n < t.Count && t[n].Lower is "makeshift" or "rural" or "temporary" or "emergency" or "urban") words += "-" + t[n++].Lower;
        return n < t.Count && (words == "without" ? Lacks : Stays).Contains(t[n]) ? words + "-" + t[n].Lower : null;
    }

    /// <summary>
    /// "Kenya had vaccinated 2.2 million people": a participle just before the figure, as the one that names the people
    /// counted; not "employed" or "registered", which a plant or a party does to people who are no place's employed or voters.
    /// </summary>
    private static string? DoneBefore(SentenceContext sentence, int figureIndex) =>
        figureIndex > 0 && Participles.Contains(sentence.Tokens[figureIndex - 1]) && sentence.Tokens[figureIndex - 1].Lower is not ("employed" or "registered")
            ? sentence.Tokens[figureIndex - 1].Lower
            : null;

    /// <summary>
    /// People who lost their homes, by the words around the figure starting at token <paramref name="first"/> and its noun at
    /// <paramref name="nounIndex"/>: "forced 185,000 people from their homes", "185,000 people were forced from their homes"
    /// are "displaced"; "left 40,000 people homeless" "homeless"; null otherwise.
    /// </summary>
    private static string? Uprooted(SentenceContext sentence, int first, int nounIndex)
    {
        var t = sentence.Tokens;
        for (var k = nounIndex + 1; k < Math.Min(t.Count, nounIndex + 4); k++)
        {
            if (t[k].Is("homeless")) return "homeless";
        }
        var forced = first > 0 && t[first - 1].Is("forced");
        // "185,000 people in Kenya have been forced from their homes".
        var from = PastPlaceIn(sentence, nounIndex + 1);
        for (var k = from; k < Math.Min(t.Count - 2, from + 5); k++)
        {
            forced |= t[k].Is("forced");
            if (forced && t[k].Is("from") && t[k + 1].Lower is "their" or "homes" && (t[k + 1].Is("homes") || t[k + 2].Lower is "homes" or "houses")) return "displaced";
        }
        return null;
    }

    /// <summary>
    /// "supplies water to around 100,000 people", "delivered food to 742,000 people": people an agency or a service reaches,
    /// named "served"; "WFP reached 742,000 people" "reached"; null otherwise.
    /// </summary>
    private static string? Served(SentenceContext sentence, int first, int nounIndex)
    {
        var t = sentence.Tokens;
        if (first > 0 && nounIndex > first)
        {
            // "WFP reached 742,000 people", "assisted 1.2 million people": the people an agency reached; not "the number of people
            // … reached 742,000", whose noun stands before the figure, nor "Kenya's population has reached 53 million people".
            if (t[first - 1].Lower is "reached" or "assisted" or "helped" or "fed" or "supported" && !sentence.AnyBefore(first - 1, 6, Totals)) return "reached";
            // "evacuation centres housing about 118,000 people".
            if (t[first - 1].Lower is "housing" or "sheltering") return t[first - 1].Is("housing") ? "housed" : "sheltered";
        }
        var to = first - 1;
        if (to < 1 || !t[to].Is("to")) return null;
        for (var k = to - 1; k >= Math.Max(0, to - 4); k--)
        {
            if (ServingVerbs.Contains(t[k])) return "served";
        }
        return null;
    }

    /// <summary>Nouns of a whole a figure can reach: "Kenya's population has reached 53 million people" is its people, "Total arrivals in Greece have reached 48,000 people" arrivals.</summary>
    private static readonly WordList Totals = WordList.Of("population", "number", "total", "toll", "count", "figure", "tally", "unemployment", "arrivals", "enrolment", "enrollment", "turnout");

    private static readonly WordList ServingVerbs = WordList.Of(
        "supplies", "supplied", "supply", "provides", "provided", "provide", "delivers", "delivered", "deliver", "distributed", "serves", "served");

    /// <summary>
    /// Whether a goal's verb names the people it is for: the participles, and "reached" ("aims to reach 9.8 million children"),
    /// which after a noun is no group ("the number of refugees has reached 1.1 million").
    /// </summary>
    private static bool IsGoalParticiple(string participle) => Participles.Contains(participle) || participle == "reached";

    /// <summary>"aims to vaccinate 10 million people", "aimed at reaching 9.8 million children": the verb of a goal, as the participle that names the people counted.</summary>
    private static string? GoalVerb(SentenceContext sentence, int figureIndex)
    {
        var t = sentence.Tokens;
        for (var k = figureIndex - 1; k >= Math.Max(1, figureIndex - 3); k--)
        {
            // "aimed at reaching 9.8 million children" as "aims to reach".
            if (t[k - 1].Is("at") && t[k].Lower.EndsWith("ing", StringComparison.Ordinal) && IsGoalParticiple(t[k].Lower[..^3] + "ed")) return t[k].Lower[..^3] + "ed";
            if (!t[k - 1].Is("to")) continue;
            var candidate = PastParticiple(t[k].Lower);
            if (IsGoalParticiple(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The past participle of a goal's verb: "vaccinate" vaccinated, "recruit" recruited, "build" built.</summary>
    private static string PastParticiple(string verb) => verb switch
    {
        "build" => "built",
        "buy" => "bought",
        "dig" => "dug",
        "bring" => "brought",
        "make" => "made",
        _ when verb.EndsWith('e') => verb + "d",
        _ => verb + "ed",
    };

    private static string? CasualtyKind(SentenceContext sentence, Figure figure, NounReading noun)
    {
        var t = sentence.Tokens;
        // "a magnitude 5.6 earthquake that killed more than 600 people": the quake's size, not its dead.
        if (figure.First > 0 && t[figure.First - 1].Is("magnitude")) return null;
        // "20 to 25 people reported missing in the two countries": "the two" counts countries, whatever stands before it, where
        // "killed 20 worshippers" counts the dead.
        if (noun.Word is null && figure.First > 0 && t[figure.First - 1].Is("the") && figure.Last + 1 < t.Count && t[figure.Last + 1].IsWord
            && !t[figure.Last + 1].IsCapitalized && !Words.Casualty.ContainsKey(t[figure.Last + 1].Lower))
        {
            return null;
        }
        // "The number of people killed in the floods has reached 4,000": the noun before the figure, with its toll's verb.
        // "The number of people killed or injured by mines rose to 49": the dead and the hurt together are casualties.
        if (noun.Index >= 0 && noun.Index < figure.First && noun.Index + 1 < t.Count && Words.Casualty.TryGetValue(t[noun.Index + 1].Lower, out var named))
        {
            return noun.Index + 3 < t.Count && t[noun.Index + 2].Lower is "or" or "and" && Words.Casualty.TryGetValue(t[noun.Index + 3].Lower, out var other) && other != named ? "casualties" : named;
        }
        for (var k = figure.First - 1; k >= Math.Max(0, figure.First - 3); k--)
        {
            // "at least 32 people have died and about 40,000 residents … have been displaced": the dying is the clause before's;
            // so is "47 injured when 42 vehicles crashed", past the word that opens a clause of its own.
            if (t[k].Lower is "and" or "," or "when" or "after" or "as" or "while" or "because") break;
            if (Words.Casualty.TryGetValue(t[k].Lower, out var kind)) return kind;
            if (t[k].Is("toll")) return "killed";
            // "Ghana lost two peacekeepers", "has lost more than 170 peacekeepers": troops lost are dead, where a city that lost
            // residents or an airline that lost passengers counts no dead.
            // "lost about 315,000 troops, killed or injured" are casualties.
            if (k == figure.First - 1 && t[k].Lower is "lost" or "lose" or "loses" && noun.Word?.Category == UnitCategory.Personnel) return InjuredAfter(sentence, figure.Last) ? "casualties" : "killed";
        }
        var from = PastAside(t, Math.Max(figure.Last, noun.Index) + 1);
        // "Up to 15 people may still be missing": past the words of a verb's mood and time to the toll's.
        var reach = from + 3;
        for (var k = from; k < Math.Min(t.Count, reach); k++)
        {
            if (t[k].Lower is "may" or "might" or "could" or "still" or "be" or "been" or "remain" or "remained" or "remains") reach = Math.Min(reach + 1, from + 6);
            // "3,500 cases and 20 deaths", "412 new cases and nine deaths": the deaths are the other figure's.
            if (t[k].Text is "," or ";" || t[k].IsNumber || sentence.FigureAt(k) is not null) break;
            // "127 cases with no deaths", "412 cases but no deaths", "without any deaths": a casualty denied is none of the
            // figure's; but "three workers without helmets died" were killed.
            if (Words.Denies(t[k]) || (t[k].Is("without") && CasualtyAt(t, k + 1))) break;
            // "infected more than 12,000 people and killed at least 200": the killing is the next figure's verb.
            if (t[k].Is("and") && sentence.FigureBetween(k, k + 4)) break;
            if (Words.Casualty.TryGetValue(t[k].Lower, out var kind)) return kind;
            // "14 people had lost their lives": the idiom's noun stands past the reach of a verb's helpers.
            if (t[k].Is("lost") && k + 2 < t.Count && t[k + 1].Is("their") && t[k + 2].Is("lives")) return "killed";
        }
        // "128 deaths in custody": prisoners who died, no toll of killing.
        if (noun.Word?.Canonical is "deaths" && noun.Index + 2 < t.Count && t[noun.Index + 1].Is("in") && t[noun.Index + 2].Lower is "custody" or "detention" or "prison" or "prisons" or "police") return "died-in-custody";
        // "rescuers had so far recovered 27 bodies": the dead, whom another source counts as "23 people … confirmed dead".
        if (noun.Word?.Canonical is "deaths" or "fatalities" or "casualties" or "bodies") return noun.Word.Canonical == "casualties" ? "casualties" : "killed";
        // "The death toll from the earthquake rose to 312"
        if (noun.Word is null && sentence.AnyBefore(figure.First, 10, TollWords)) return "killed";
        // "killed more than 50,000 people in Turkey and about 6,000 in Syria": a figure joined to one before it counts the same.
        // But "killed 155 people and 388 elephants": a noun of its own that no unit names counts something else.
        if (figure.First > 0 && t[figure.First - 1].Lower is "and" or "," && (noun.Index < 0 || noun.Index < figure.First) && !VerbAfter(sentence, figure.Last)
            && !CountsOtherThings(t, figure.Last + 1, noun)
            && sentence.FigureBefore(figure.First) is { } before)
        {
            return CasualtyKind(sentence, before, noun);
        }
        return null;
    }

    /// <summary>
    /// Whether the word at token <paramref name="k"/>, right after a figure whose noun no unit names, is a plural noun of its
    /// own: the "elephants" of "killed 155 people and 388 elephants", where "about 6,000 in Syria" counts the people before.
    /// </summary>
    private static bool CountsOtherThings(List<Text.Token> t, int k, NounReading noun) =>
        noun.Word is null && k < t.Count && t[k].IsWord && !t[k].IsCapitalized && t[k].Lower.Length > 3 && t[k].Lower.EndsWith('s')
        && t[k].Lower is not "others" && !Words.Casualty.ContainsKey(t[k].Lower) && UnitWords.Find(t[k].Lower) is null;

    /// <summary>Whether the word at token <paramref name="k"/> names a casualty, or "any" does before one: the "deaths" of "without deaths", "without any deaths".</summary>
    private static bool CasualtyAt(List<Text.Token> t, int k) =>
        k < t.Count && (Words.Casualty.ContainsKey(t[k].Lower) || (t[k].Is("any") && k + 1 < t.Count && Words.Casualty.ContainsKey(t[k + 1].Lower)));

    /// <summary>
    /// The token after an aside that opens at token <paramref name="k"/> with "including" or "among" and ends at a comma: in "At least
    /// 23 people, including nine children, were killed", the verb of the 23 is past the children; else <paramref name="k"/>.
    /// </summary>
    private static int PastAside(List<Text.Token> t, int k)
    {
        if (k + 1 >= t.Count || t[k].Text != "," || t[k + 1].Lower is not ("including" or "among")) return k;
        for (var end = k + 2; end < Math.Min(t.Count, k + 10); end++)
        {
            if (t[end].Text == ",") return end + 1;
        }
        return k;
    }

    /// <summary>
    /// The noun a toll counts when it is no unit noun but the subject of its own verb: "around 5,800 livestock have died" are
    /// no people; null otherwise ("killed 20 worshippers at a mosque" counts people).
    /// </summary>
    private static string? DeadOfOtherKind(SentenceContext sentence, int last)
    {
        var t = sentence.Tokens;
        // "the deaths of up to 2.8 million animals": beasts, whatever follows.
        if (last + 1 < t.Count && t[last + 1].Lower is "animals" or "livestock" or "cattle" or "goats" or "sheep" or "camels" or "birds" or "chickens" or "poultry" or "fish") return t[last + 1].Lower;
        return last + 2 < t.Count && t[last + 1].IsWord && !t[last + 1].IsCapitalized && !Words.Casualty.ContainsKey(t[last + 1].Lower)
            && (Words.Casualty.ContainsKey(t[last + 2].Lower) || (Words.Auxiliaries.Contains(t[last + 2]) && t[last + 2].Lower is not ("is" or "are")))
            && !Words.Auxiliaries.Contains(t[last + 1]) && t[last + 1].Lower is not ("people" or "more" or "others" or "of")
            ? Slug.Of(t[last + 1].Lower)
            : null;
    }

    /// <summary>Whether "injured" or "wounded" stands within eight tokens after token <paramref name="last"/>: "troops in Ukraine, killed or injured".</summary>
    private static bool InjuredAfter(SentenceContext sentence, int last)
    {
        var t = sentence.Tokens;
        for (var k = last + 1; k < t.Count && k <= last + 8; k++)
        {
            if (t[k].Lower is "injured" or "wounded") return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a verb of its own follows the figure ending at token <paramref name="last"/> in its clause: "and 1,200 in Syria
    /// were injured", "and 40,000 in Haiti lost their homes" say what their figure counts.
    /// </summary>
    private static bool VerbAfter(SentenceContext sentence, int last)
    {
        var t = sentence.Tokens;
        for (var k = last + 1; k < t.Count && k <= last + 6 && !IsClauseMark(t[k]); k++)
        {
            // "Eleven people were killed and 62 others pulled out alive": the rescued have their own verb; and so have the
            // displaced of "with 90 people still missing and more than 165,000 displaced nationwide".
            if (Words.Auxiliaries.Contains(t[k]) || t[k].Lower is "lost" or "fled" or "pulled" or "rescued" or "freed" or "displaced" or "evacuated" or "stranded" or "homeless"
                || Words.Casualty.ContainsKey(t[k].Lower)) return true;
        }
        return false;
    }

    /// <summary>
    /// The name a noun of <paramref name="nouns"/> up to ten tokens before token <paramref name="index"/> gives the figure there;
    /// with <paramref name="wordsOnly"/>, only when nothing but words stands between (a noun that is a count, which past a sign
    /// or a bracket is another statement's).
    /// </summary>
    private static string? NounBefore(SentenceContext sentence, int index, WordList nouns, bool wordsOnly = false)
    {
        var t = sentence.Tokens;
        for (int k = index - 1, read = 0; k >= 0 && read < 10; k--, read++)
        {
            // "Reserves in the Ter-Llobregat system, which supplies Barcelona and its metropolitan area of some 5 million people,
            // rose to 31.4%": past an aside on the noun, to the noun.
            if (!wordsOnly && AsideOpening(t, k) is { } opening)
            {
                k = opening;
                continue;
            }
            if (wordsOnly && !t[k].IsWord) return null;
            // "had cost the economy more than 250 million euros": the verb, not the noun.
            if (!nouns.Contains(t[k]) || (k > 0 && t[k].Lower is "cost" or "costs" && t[k - 1].Lower is "had" or "has" or "have" or "will" or "would" or "to" or "could" or "may" or "might" or "now")) continue;
            // "Filling a car now costs about 83 pounds": the verb right before its money.
            if (t[k].Lower is "cost" or "costs" && index - k <= 2) continue;
            // "Spending on unemployment benefits reached …": what the money is spent on names it.
            if (k + 2 < index && t[k + 1].Is("on") && t[k + 2].IsWord && !t[k + 2].IsCapitalized && t[k + 2].Lower is not ("the" or "a" or "its" or "their"))
            {
                return Slug.Of(t[k + 2].Lower + "-" + t[k].Lower);
            }
            // "UNMISS's budget": an organisation's, which the country it works in does not spend.
            if (k > 0 && t[k - 1].IsPossessive && t[k - 1].IsCapitalized && sentence.PlaceAt(k - 1) is null && sentence.PersonCovering(k - 1) is null)
            {
                return Slug.Of(t[k - 1].Text[..^2] + "-" + t[k].Lower);
            }
            // "the share of suspected cases that were tested": a share of what its "of" names, where "share" alone says nothing.
            // "The cost of the war … and the cost of rebuilding": costs of two things, which "cost" alone made one.
            // "the combined level of its supply dams fell to 21.4%": how full what its "of" names is.
            if (t[k].Lower is "share" or "proportion" or "cost" or "costs" or "level" or "levels" && k + 2 < index && t[k + 1].Is("of") && OfWhat(sentence, k + 2, index) is { } whole) return Slug.Of(whole + "-" + t[k].Lower);
            return Slug.Of(k > 0 && IsModifier(sentence, k - 1) ? t[k - 1].Lower + "-" + t[k].Lower : t[k].Lower);
        }
        return null;
    }

    /// <summary>
    /// The comma that opens an aside of "which", "who" or "where" whose closing comma is token <paramref name="close"/> and whose
    /// verb follows it ("Reserves in the system, which supplies Barcelona, rose to …"); null for any other token.
    /// </summary>
    private static int? AsideOpening(List<Token> t, int close)
    {
        if (t[close].Text != "," || close + 1 >= t.Count || !t[close + 1].IsWord || t[close + 1].IsCapitalized) return null;
        var opening = Asides.OpeningBefore(t, close, 26);
        return opening >= 0 && t[opening + 1].Lower is "which" or "who" or "where" ? opening : null;
    }

    /// <summary>The words of a whole after "of" at token <paramref name="k"/>, before <paramref name="index"/>: "suspected cases" of "the share of suspected cases that were tested"; null when a name or a figure comes first.</summary>
    private static string? OfWhat(SentenceContext sentence, int k, int index)
    {
        var t = sentence.Tokens;
        if (t[k].Lower is "the" or "a" or "an" or "all" or "its" or "their") k++;
        var end = k;
        while (end < index && end - k < 3 && t[end].IsWord && !t[end].IsCapitalized && t[end].Lower is not ("that" or "who" or "which" or "in" or "at" or "of" or "with" or "were" or "was" or "is" or "are" or "had" or "has" or "fell" or "rose")) end++;
        return end > k ? string.Join('-', Enumerable.Range(k, end - k).Select(i => t[i].Lower)) : null;
    }

    /// <summary>The token after "in" and a place at token <paramref name="k"/> ("people in Yemen have been …"), else <paramref name="k"/>: what a noun's words go on to say, past where it is.</summary>
    private static int PastPlaceIn(SentenceContext sentence, int k) =>
        k >= 0 && k + 1 < sentence.Tokens.Count && sentence.Tokens[k].Is("in") && sentence.PlaceAt(k + 1) is { } place ? place.Last + 1 : k;

    /// <summary>
    /// What was done to the things a figure counts, right before it ("damaged or destroyed more than 23,000 homes",
    /// "inundating 47 villages") or after its noun and an auxiliary ("37 homes were destroyed"), or null.
    /// </summary>
    private static string? DoneToThings(SentenceContext sentence, int first, int nounIndex)
    {
        var t = sentence.Tokens;
        if (first > 0 && DoneToThing(t[first - 1]) is { } before)
        {
            // "damaged or destroyed more than 23,000 homes": both deeds, where "destroyed" alone says more than the text does.
            return first > 2 && t[first - 2].Lower is "or" or "and" && DoneToThing(t[first - 3]) is { } other && other != before ? other + "-" + t[first - 2].Lower + "-" + before : before;
        }
        if (nounIndex < 0) return null;
        // After the noun with its auxiliary ("37 homes were destroyed"), or without one where no verb before the figure counts
        // them ("with 8,640 houses affected"): "has rebuilt 300 homes destroyed by last year's floods" counts the homes rebuilt.
        var k = PastPlaceIn(sentence, nounIndex + 1);
        if (k < t.Count && t[k].Lower is "were" or "was" or "had" or "have" or "has") k++;
        // "Figures … showed 46,800 dogs vaccinated so far": a verb that reports the things, which does nothing to them.
        else if (first > 0 && t[first - 1] is { IsWord: true, IsCapitalized: false } verb && verb.Lower is not ("with" or "and" or "including" or "of" or "showed" or "shows" or "show"
            or "listed" or "counted" or "recorded" or "reported")) return null;
        if (k < t.Count && t[k].Lower is "been" or "already") k++;
        // "6,912 houses had been fully destroyed": past the word that says how far.
        // Not "partially destroyed", which is damage, no count of the destroyed.
        if (k < t.Count && t[k].Lower is "fully" or "completely" or "totally" or "entirely") k++;
        return k < t.Count ? DoneToThing(t[k]) : null;
    }

    /// <summary>The deed a word names that makes things counted a group of their own, as a slug: "destroyed", "inundated".</summary>
    private static string? DoneToThing(Token token) => token.Lower switch
    {
        "damaged" or "damaging" => "damaged",
        "destroyed" or "destroying" or "razed" => "destroyed",
        "flooded" or "flooding" or "inundated" or "inundating" or "submerged" or "submerging" => "flooded",
        "burned" or "burnt" or "burning" => "burned",
        "demolished" or "demolishing" => "demolished",
        "affected" or "affecting" => "affected",
        "built" or "building" or "completed" => "built",
        "closed" or "closing" or "shut" => "closed",
        "seized" or "seizing" => "seized",
        "delayed" or "delaying" => "delayed",
        "cancelled" or "canceled" or "cancelling" or "canceling" => "cancelled",
        // "culled about 2.6 million chickens" and "aims to vaccinate 5 million birds" count two flocks.
        "culled" or "culling" or "slaughtered" => "culled",
        "vaccinated" or "vaccinate" or "vaccinating" => "vaccinated",
        // "had promoted 38,000 teachers since July 2024", "recruited 1,650 officers": those a deed was done to, not a force's strength.
        "promoted" => "promoted",
        "recruited" or "recruiting" => "recruited",
        _ => null,
    };

    /// <summary>
    /// "homes that are uninhabitable", "schools which were damaged": the adjective or participle a relative clause right after the
    /// noun at <paramref name="nounIndex"/> gives it, or null.
    /// </summary>
    private static string? StatedAfter(SentenceContext sentence, int nounIndex)
    {
        var t = sentence.Tokens;
        // "1,250 homes in Peru that are uninhabitable".
        var k = PastPlaceIn(sentence, nounIndex + 1);
        if (nounIndex < 0 || k + 2 >= t.Count || t[k].Lower is not ("that" or "which") || t[k + 1].Lower is not ("are" or "were" or "is" or "was")) return null;
        var word = t[k + 2];
        return word.IsWord && !word.IsCapitalized && word.Lower.Length > 3 && !Words.Auxiliaries.Contains(word) && word.Lower is not ("still" or "now" or "being" or "also" or "not" or "in" or "at" or "on" or "expected" or "likely" or "due")
            ? Slug.Of(word.Lower)
            : null;
    }

    /// <summary>
    /// Whether the word at token <paramref name="k"/>, before a money or rate noun, is part of its name: "the health budget",
    /// "vaccination rate", and "Core inflation" opening the sentence as much as "core inflation" inside it.
    /// </summary>
    private static bool IsModifier(SentenceContext sentence, int k)
    {
        var word = sentence.Tokens[k];
        var written = !word.IsCapitalized || (k == 0 && sentence.PlaceAt(0) is null && !word.Text.AsSpan(1).ContainsAnyInRange('A', 'Z'));
        return word.IsWord && written && !NoModifier(word.Lower)
            && word.Lower is not ("the" or "a" or "an" or "its" or "their" or "of" or "and" or "to" or "in" or "his" or "her" or "this" or "that" or "total" or "overall"
                // "putting turnout at 68.1%": a verb before the noun.
                or "putting" or "bringing" or "taking" or "making" or "leaving" or "pushing" or "lifting" or "raising" or "cutting" or "keeping" or "setting"
                // "recorded the highest rate at 37.6%": one part's figure, ranked, which the superlative does not name.
                or "strongest" or "weakest") && !Words.IsSuperlative(word);
    }

    /// <summary>
    /// Whether a word before a money or rate noun is no part of its name: a verb ("foresees revenue", "estimated spending")
    /// or a preposition ("after growth of"), where "defence spending", "services inflation" and "core inflation" name what is
    /// counted.
    /// </summary>
    private static bool NoModifier(string lower) =>
        lower.EndsWith("ed", StringComparison.Ordinal)
        || lower is "had" or "has" or "have" or "after" or "before" or "with" or "for" or "from" or "at" or "by" or "on" or "over" or "under" or "than" or "as"
            or "while" or "into" or "will" or "would" or "foresees" or "sees" or "includes" or "shows" or "expects" or "puts" or "gives" or "projects" or "estimates"
            or "forecasts" or "reports" or "says" or "plans" or "targets" or "aims" or "wants"
            // "aims to raise output to 125 million tonnes": what is raised.
            or "raise" or "increase" or "boost" or "cut" or "reduce" or "lift" or "double" or "bring" or "push" or "keep" or "hold" or "lower";

    /// <summary>
    /// A noun of money right after the sum's words ending at token <paramref name="last"/>, past a bracket that gives it in
    /// another currency: "a 4.29 trillion shilling ($33.2 billion) budget".
    /// </summary>
    private static string? MoneyNounAfter(SentenceContext sentence, int last)
    {
        var t = sentence.Tokens;
        var k = last + 1;
        if (k < t.Count && t[k].Text == "(")
        {
            while (k < t.Count && t[k].Text != ")" && k - last < 10) k++;
            k++;
        }
        return k < t.Count && MoneyNouns.Contains(t[k]) ? t[k].Lower : null;
    }

    /// <summary>
    /// The money a verb right before the sum at token <paramref name="first"/> names: what was collected, earned or brought in
    /// is revenue, named by the words that brought it in ("Domestic taxes brought in 1.74 trillion shillings" is domestic taxes'
    /// revenue, "the KRA collected 2.571 trillion" revenue); what was set aside or allocated is an allocation; null for any other verb.
    /// </summary>
    private static string? MoneyNamedByVerb(SentenceContext sentence, int first)
    {
        var t = sentence.Tokens;
        var verb = first > 1 && t[first - 1].Lower is "in" or "aside" ? first - 2 : first - 1;
        if (verb < 0) return null;
        var what = t[verb].Lower switch
        {
            // Not "raised", which is as often borrowed ("raised $1.5 billion from a Eurobond sale").
            "collected" or "earned" => "revenue",
            "brought" or "took" when t[verb + 1].Is("in") => "revenue",
            "set" when t[verb + 1].Is("aside") => "allocation",
            "allocated" or "earmarked" => "allocation",
            _ => null,
        };
        if (what is null) return null;
        // "Domestic taxes brought in …", "customs and border control collected …": the source, its last two words, before the verb.
        var from = verb;
        while (from > 0 && verb - from < 2 && t[from - 1] is { IsWord: true } word && !word.IsCapitalized && !Words.Auxiliaries.Contains(word)
            && word.Lower is not ("the" or "a" or "an" or "and" or "or" or "it" or "they" or "which" or "that" or "who" or "have" or "has" or "had" or "also" or "already" or "so" or "far"
                or "country" or "government" or "state" or "ministry" or "authority" or "agency" or "company" or "treasury"))
        {
            from--;
        }
        // A capitalised first word of the sentence is the source's too: "Domestic taxes".
        if (from == 1 && verb - from < 2 && t[0] is { IsWord: true, IsCapitalized: true, IsPossessive: false } opening && sentence.PlaceCovering(0) is null && UnitWords.Find(opening.Lower) is null
            && opening.Lower is not ("the" or "a" or "an" or "it" or "they"))
        {
            from = 0;
        }
        return from < verb ? Slug.Of(string.Join(' ', t[from..verb].Select(static w => w.Lower))) + "-" + what : what;
    }

    /// <summary>What money is set aside for, after the sum's words ending at token <paramref name="last"/>: "for education", "for health"; null for "for the response".</summary>
    private static string? Purpose(SentenceContext sentence, int last)
    {
        var t = sentence.Tokens;
        return last + 2 < t.Count && t[last + 1].Is("for") && t[last + 2].IsWord && !t[last + 2].IsCapitalized && t[last + 2].Lower.Length > 3
            && t[last + 2].Lower is not ("the" or "this" or "that" or "each" or "every" or "their" or "its" or "those" or "these" or "more" or "next" or "last")
            && (last + 3 >= t.Count || !t[last + 3].IsWord || t[last + 3].Lower is "in" or "across" or "by" or "over" or "this" or "next" or "last" or "until"
                // "702.7 billion shillings for education and 138.1 billion", not "20 billion shillings for health and education".
                || (t[last + 3].Lower is "and" or "or" && !(last + 4 < t.Count && t[last + 4].IsWord && !t[last + 4].IsCapitalized && t[last + 4].Lower is not ("the" or "a" or "an"))))
            ? Slug.Of(t[last + 2].Lower) : null;
    }
}
