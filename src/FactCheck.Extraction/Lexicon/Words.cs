using System.Collections.Frozen;

namespace FactCheck.Extraction.Lexicon;

/// <summary>The small word lists the readers share: what makes a figure a target, a casualty, a change, or not a figure at all.</summary>
internal static class Words
{
    internal static readonly WordList Future = WordList.Of(
        "will", "would", "shall", "'ll", "plans", "plan", "planned", "aims", "aim", "aiming", "goal", "target", "targets", "intends", "intend",
        "expects", "expected", "seeks", "seek", "scheduled", "set", "pledged", "promised", "vowed", "wants", "hopes", "could", "might");

    internal static readonly WordList Past = WordList.Of(
        "was", "were", "had", "did", "reached", "rose", "fell", "dropped", "declined", "grew", "peaked", "totalled", "totaled", "stood", "numbered", "climbed", "deployed", "sent", "killed",
        // Verbs that news states a level reached with; without them "hit a record 3.22 million at the end of June", written in
        // April, was read as the June ahead. Not "recorded" or "received", which news writes of running totals too.
        "hit", "shrank", "averaged", "topped", "exceeded", "surpassed", "posted",
        // And the verbs of a rate's movement: "inflation slowed to 4.1% in May", written in March, was read as the May ahead.
        "slowed", "eased", "accelerated", "quickened", "increased", "decreased", "jumped", "surged", "soared", "plunged", "plummeted", "slumped",
        "tumbled", "dipped", "slipped", "edged", "rebounded", "doubled", "tripled", "halved",
        // A central bank's decisions: "held its one-week repo rate at 46%", "raised its benchmark rate to 14.75%".
        "held", "kept", "raised", "lowered", "hiked");

    internal static readonly WordList Perfect = WordList.Of("has", "have");

    /// <summary>Whether <paramref name="token"/> starts a later clause whose subject comes next: "…, while Madhya Pradesh produced", "…, and Punjab reported".</summary>
    internal static bool OpensLaterClause(Text.Token token) => token.Lower is "," or "while" or "whereas" or "but" or "and";

    /// <summary>Whether <paramref name="token"/> is a pronoun a sentence may open with, which names no place or party: "She received", "They counted".</summary>
    internal static bool IsPronoun(Text.Token token) => token.Lower is "it" or "this" or "these" or "those" or "they" or "he" or "she" or "we";

    /// <summary>
    /// Whether <paramref name="token"/> is a superlative that ranks a part among others: the "highest" of "recorded the highest
    /// rate at 37.6%" and of "Mandya reported the highest turnout". Readers add the words their own question needs ("most",
    /// "strongest").
    /// </summary>
    internal static bool IsSuperlative(Text.Token token) => token.Lower is "highest" or "lowest" or "largest" or "biggest" or "smallest" or "best" or "worst";

    /// <summary>Whether <paramref name="token"/> denies the noun after it: the "no" of "127 cases with no deaths", "zero deaths".</summary>
    internal static bool Denies(Text.Token token) => token.Lower is "no" or "zero";

    /// <summary>
    /// Whether <paramref name="token"/> is a participle a figure is recorded with, as a verb or after its noun: "Punjab
    /// reported 12 deaths", "the 4,324 recorded in 2023", "116 deaths logged nationwide". One list, so that the readers of a
    /// place's count, of a movement's start and of a country's whole agree on what records a figure.
    /// </summary>
    internal static bool RecordsAFigure(Text.Token token) =>
        token.IsWord && token.Lower is "recorded" or "reported" or "registered" or "confirmed" or "counted" or "logged";

    /// <summary>Words of a part of a country by its direction: "in the south", "the northern provinces", "in eastern Uganda".</summary>
    internal static readonly WordList Compass = WordList.Of(
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
        "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern");

    /// <summary>The auxiliaries a clause's own verb starts with: "400 soldiers were wounded", "and 1,200 in Syria were injured".</summary>
    internal static readonly WordList Auxiliaries = WordList.Of("is", "are", "was", "were", "has", "have", "had");

    internal static readonly WordList Present = WordList.Of("is", "are", "currently", "now", "remains", "remain", "stands", "today");

    /// <summary>Words before a figure that make it a goal: "aims to reach N", "goal is to reduce … to N".</summary>
    internal static readonly WordList Goal = WordList.Of(
        "aims", "aim", "aimed", "aiming", "goal", "target", "targets", "plans", "plan", "planned", "intends", "pledged", "promised", "vowed", "wants", "hopes", "seeks", "decided", "will", "expects", "expected");

    internal static readonly WordList ReduceVerbs = WordList.Of(
        "reduce", "reduced", "reduces", "reducing", "reduction", "cut", "cuts", "cutting", "drop", "dropped", "drops", "fall", "fell", "falls", "fallen",
        "decrease", "decreased", "decline", "declined", "lower", "lowered", "shrink", "shrank", "shrunk", "withdraw", "withdrew", "withdrawn", "withdrawal",
        "drawdown", "trim", "trimmed", "slash", "slashed");

    internal static readonly WordList IncreaseVerbs = WordList.Of(
        "increase", "increased", "increases", "increasing", "raise", "raised", "rise", "rose", "risen", "grow", "grew", "grown", "boost", "boosted",
        "expand", "expanded", "climb", "climbed", "surge", "surged", "jump", "jumped", "soar", "soared");

    /// <summary>Words that make a figure a count of the dead, the hurt, the missing or the trapped rather than of the group it names.</summary>
    internal static readonly FrozenDictionary<string, string> Casualty = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["killed"] = "killed", ["killing"] = "killed", ["kill"] = "killed", ["dead"] = "killed", ["died"] = "killed", ["drowned"] = "killed", ["deaths"] = "killed", ["death"] = "killed", ["fatalities"] = "killed", ["lives"] = "killed",
        ["wounded"] = "injured", ["wounding"] = "injured", ["injured"] = "injured", ["injuring"] = "injured", ["hurt"] = "injured", ["injuries"] = "injured",
        ["missing"] = "missing", ["casualties"] = "casualties", ["trapped"] = "trapped",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The words of a toll (<see cref="Casualty"/>) as a list, for the searches that ask whether any stands near a figure.</summary>
    internal static readonly WordList CasualtyWords = WordList.Of([.. Casualty.Keys]);

    /// <summary>Words before a figure that make it an age.</summary>
    internal static readonly WordList Age = WordList.Of("aged", "age", "ages");

    /// <summary>Words after a figure that make it a movement, not a level: "deployed thousands of troops to Iraq".</summary>
    internal static readonly WordList Movement = WordList.Of(
        "deployed", "sent", "dispatched", "deploy", "send", "sends", "deploys", "evacuated", "moved", "flew", "airlifted", "withdrew", "withdraw", "withdraws",
        "withdrawn", "repatriated", "redeployed", "relocated", "move", "moves", "relocate", "relocates");

    /// <summary>
    /// Verbs whose object is the size of a change, not a level: "added 30,000 jobs", "shed 2,000 jobs", "cut 3,000 troops".
    /// </summary>
    internal static readonly WordList ChangeObjectVerbs = WordList.Of(
        "added", "adding", "shed", "sheds", "shedding", "gain", "gained", "gains", "create", "created", "creates", "creating", "cut", "cuts",
        "cutting", "slashed", "axed", "eliminated", "trimmed");

    /// <summary>
    /// Currencies written as letters before their figure, with no space: "Sh1,420", "KSh33.6 billion", "Rs500". The tokenizer
    /// splits them from the number, which is then money, as after "$".
    /// </summary>
    internal static readonly WordList CurrencyPrefixes = WordList.Of("sh", "ksh", "tsh", "ush", "rs");

    /// <summary>
    /// Words that say what kind of place the name after them is: "the capital Lilongwe", "the city of Derna", "the commercial
    /// hub Dedza".
    /// </summary>
    internal static readonly WordList KindsOfPlaces = WordList.Of("capital", "city", "town", "village", "hub", "port", "district", "province", "region", "state", "island");

    /// <summary>
    /// Kinds of site below a region that a story can be at, which a name before or after makes a place the desk does not hold:
    /// "Sukamaju village", "Ward 35", "the Cilacap refinery", "the Pushkar fair".
    /// </summary>
    internal static readonly WordList KindsOfSites = WordList.Of(
        "village", "hamlet", "ward", "township", "regency", "subdistrict", "municipality", "town", "refinery", "plant", "factory", "mine", "campus", "fair", "camp",
        "borough", "parish", "commune", "neighbourhood", "neighborhood", "airport", "barangay", "constituency", "building");

    /// <summary>
    /// Words that end the name of an area: "Valley County", "the Santiago Metropolitan Region", "Helmand Province", "the Malakal
    /// Protection of Civilians site". A name that ends in one is a place even when the desk does not hold it. Not "state",
    /// which ends "Islamic State" too.
    /// </summary>
    internal static readonly WordList KindsOfAreas = WordList.Of("county", "region", "regions", "province", "provinces", "district", "districts", "division", "prefecture", "territory", "governorate", "governorates", "camp", "camps", "site", "settlement");

    /// <summary>The words of a rate's time after its figure: "40,000 a day", "each week", "per month", "every year".</summary>
    internal static readonly WordList RatePeriods = WordList.Of("day", "night", "week", "month", "year", "hour", "minute");

    /// <summary>Words before a figure that make it a part of a figure stated before it: "the 10,000 troops included 500 from Britain".</summary>
    internal static readonly WordList PartWords = WordList.Of("include", "included", "includes", "including", "among");

    /// <summary>Adjectives between a figure and its noun that change nothing about what is counted.</summary>
    internal static readonly WordList Modifiers = WordList.Of(
        "military", "additional", "more", "other", "further", "new", "active-duty", "active", "combat", "foreign", "international", "ground", "total", "estimated",
        "reported", "confirmed", "registered", "eligible", "armed", "regular", "extra", "fewer", "uniformed", "of", "the", "its", "their");

    internal static readonly FrozenDictionary<string, int> MonthNumbers = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7, ["august"] = 8, ["september"] = 9,
        ["october"] = 10, ["november"] = 11, ["december"] = 12, ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8,
        ["sep"] = 9, ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    internal static readonly FrozenDictionary<string, NodaTime.IsoDayOfWeek> Weekdays = new Dictionary<string, NodaTime.IsoDayOfWeek>(StringComparer.Ordinal)
    {
        ["monday"] = NodaTime.IsoDayOfWeek.Monday, ["tuesday"] = NodaTime.IsoDayOfWeek.Tuesday, ["wednesday"] = NodaTime.IsoDayOfWeek.Wednesday,
        ["thursday"] = NodaTime.IsoDayOfWeek.Thursday, ["friday"] = NodaTime.IsoDayOfWeek.Friday, ["saturday"] = NodaTime.IsoDayOfWeek.Saturday,
        ["sunday"] = NodaTime.IsoDayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Titles before a person's name; "General Kenneth McKenzie".</summary>
    internal static readonly WordList Titles = WordList.AsWritten(
        "General", "Gen.", "Gen", "President", "Prime", "Minister", "Secretary", "Senator", "Sen.", "Governor", "Gov.", "Mayor", "Chancellor", "Commander", "Admiral", "Adm.",
        "Colonel", "Col.", "Lieutenant", "Lt.", "Major", "Maj.", "Captain", "Capt.", "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Professor", "Prof.", "Minister", "Spokesman", "Spokeswoman",
        "Ambassador", "Commissioner", "Director", "Chief", "Judge", "Justice", "King", "Queen", "Prince", "Sheikh", "Pope", "Vice", "Deputy", "Foreign", "Defence", "Defense", "Health", "Finance");

    /// <summary>Words that say someone said something.</summary>
    internal static readonly WordList Speech = WordList.Of(
        "said", "says", "told", "stated", "announced", "added", "noted", "stressed", "explained", "concluded", "declared", "insisted", "warned", "estimated", "reported", "confirmed");
}
