namespace FactCheck.Extraction.Lexicon;

/// <summary>What a name in the text stands for: a country or place (a <c>where</c>), an actor (a <c>who</c>), or both.</summary>
internal sealed record PlaceName(string Key, string Country, bool IsCountry, bool IsDemonym, bool IsActorOnly);

/// <summary>
/// The compact table of countries, their demonyms and main cities, and the organisations that speak for a country,
/// embedded in the package. Names are matched as whole words, longest first, case-sensitively for short capitals
/// ("US", "UK") and otherwise ignoring case.
/// </summary>
internal sealed class Gazetteer
{
    // key: names | demonyms | cities. The first name is the country's own name in messages.
    private const string Countries = """
        us: United States; United States of America; U.S.; US; USA; U.S.A.; America | American; Americans | Washington
        uk: United Kingdom; Britain; Great Britain; UK; U.K. | British; Briton; Britons | London
        iraq: Iraq | Iraqi; Iraqis | Baghdad; Mosul; Basra; Erbil; Kirkuk
        afghanistan: Afghanistan | Afghan; Afghans | Kabul; Kandahar; Bagram
        syria: Syria | Syrian; Syrians | Damascus; Aleppo; Idlib
        iran: Iran | Iranian; Iranians | Tehran
        israel: Israel | Israeli; Israelis | Jerusalem; Tel Aviv
        russia: Russia; Russian Federation | Russian; Russians | Moscow
        ukraine: Ukraine | Ukrainian; Ukrainians | Kyiv; Kiev; Kharkiv
        china: China | Chinese | Beijing; Shanghai
        germany: Germany | German; Germans | Berlin
        france: France | French | Paris
        italy: Italy | Italian; Italians | Rome
        spain: Spain | Spanish | Madrid
        japan: Japan | Japanese | Tokyo
        india: India | Indian; Indians | New Delhi; Delhi; Mumbai
        pakistan: Pakistan | Pakistani; Pakistanis | Islamabad
        turkey: Turkey; Türkiye | Turkish | Ankara; Istanbul
        egypt: Egypt | Egyptian; Egyptians | Cairo
        saudi-arabia: Saudi Arabia | Saudi; Saudis | Riyadh
        yemen: Yemen | Yemeni | Sanaa
        lebanon: Lebanon | Lebanese | Beirut
        jordan: Jordan | Jordanian | Amman
        qatar: Qatar | Qatari | Doha
        kuwait: Kuwait | Kuwaiti
        libya: Libya | Libyan | Tripoli
        somalia: Somalia | Somali | Mogadishu
        sudan: Sudan | Sudanese | Khartoum
        ethiopia: Ethiopia | Ethiopian | Addis Ababa
        kenya: Kenya | Kenyan | Nairobi
        nigeria: Nigeria | Nigerian | Abuja; Lagos
        mali: Mali | Malian | Bamako
        niger: Niger | Nigerien | Niamey
        south-africa: South Africa | South African | Pretoria; Johannesburg
        canada: Canada | Canadian; Canadians | Ottawa
        mexico: Mexico | Mexican; Mexicans | Mexico City
        brazil: Brazil | Brazilian; Brazilians | Brasilia
        argentina: Argentina | Argentine; Argentinian | Buenos Aires
        colombia: Colombia | Colombian | Bogota
        venezuela: Venezuela | Venezuelan | Caracas
        australia: Australia | Australian; Australians | Canberra; Sydney
        new-zealand: New Zealand | New Zealander | Wellington
        indonesia: Indonesia | Indonesian | Jakarta
        philippines: Philippines | Filipino | Manila
        vietnam: Vietnam | Vietnamese | Hanoi
        thailand: Thailand | Thai | Bangkok
        myanmar: Myanmar; Burma | Burmese | Naypyidaw
        bangladesh: Bangladesh | Bangladeshi | Dhaka
        nepal: Nepal | Nepali; Nepalese | Kathmandu
        south-korea: South Korea | South Korean | Seoul
        north-korea: North Korea | North Korean | Pyongyang
        taiwan: Taiwan | Taiwanese | Taipei
        poland: Poland | Polish | Warsaw
        netherlands: Netherlands | Dutch | Amsterdam; The Hague
        belgium: Belgium | Belgian | Brussels
        sweden: Sweden | Swedish | Stockholm
        norway: Norway | Norwegian | Oslo
        greece: Greece | Greek | Athens
        portugal: Portugal | Portuguese | Lisbon
        haiti: Haiti | Haitian | Port-au-Prince
        chile: Chile | Chilean | Santiago
        peru: Peru | Peruvian | Lima
        """;

    // Organisations and groups that act as a who: key: names.
    private const string Actors = """
        us: White House; Pentagon; Department of Defense; US Department of Defense; U.S. Department of Defense; State Department; US military; U.S. military; Washington
        uk: Downing Street; Ministry of Defence
        russia: Kremlin
        coalition: coalition; coalition's
        nato: NATO
        un: United Nations; UN; U.N.
        eu: European Union; EU
        taliban: Taliban
        isis: ISIS; Islamic State; IS; ISIL
        """;

    private readonly Dictionary<string, PlaceName> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, PlaceName> byExactName = new(StringComparer.Ordinal);
    private readonly HashSet<string> firstWords = new(StringComparer.OrdinalIgnoreCase);

    // The same tables, looked up by the words as they stand in the text: a sentence's capitalised words are tried at
    // every length up to the longest name, and a string for each was most of what reading places allocated.
    private readonly Dictionary<string, PlaceName>.AlternateLookup<ReadOnlySpan<char>> byNameSpan;
    private readonly Dictionary<string, PlaceName>.AlternateLookup<ReadOnlySpan<char>> byExactNameSpan;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> firstWordSpans;

    private Gazetteer()
    {
        byNameSpan = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        byExactNameSpan = byExactName.GetAlternateLookup<ReadOnlySpan<char>>();
        firstWordSpans = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The embedded table.</summary>
    internal static Gazetteer Default { get; } = Build();

    /// <summary>The longest phrase in words that the table holds, so that lookups stop there.</summary>
    internal int LongestName { get; private set; }

    private static Gazetteer Build()
    {
        var table = new Gazetteer();
        foreach (var line in Countries.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = line[..colon];
            var parts = line[(colon + 1)..].Split('|', StringSplitOptions.TrimEntries);
            foreach (var name in Names(parts[0])) table.Add(name, new PlaceName(key, key, true, false, false));
            foreach (var name in Names(parts[1])) table.Add(name, new PlaceName(key, key, false, true, false));
            if (parts.Length > 2)
            {
                foreach (var name in Names(parts[2])) table.Add(name, new PlaceName(Slug.Of(name), key, false, false, false));
            }
        }
        foreach (var line in Actors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = line[..colon];
            foreach (var name in Names(line[(colon + 1)..])) table.Add(name, new PlaceName(key, key, false, false, true), replace: true);
        }
        return table;
    }

    /// <summary>A copy of this table with the desk's own places (an entity of kind place or country: its id, name and aliases).</summary>
    internal Gazetteer With(IEnumerable<Entity> places)
    {
        var copy = new Gazetteer { LongestName = LongestName };
        foreach (var pair in byName) copy.byName[pair.Key] = pair.Value;
        foreach (var pair in byExactName) copy.byExactName[pair.Key] = pair.Value;
        copy.firstWords.UnionWith(firstWords);
        foreach (var place in places)
        {
            var entry = new PlaceName(place.Id, place.Id, true, false, false);
            copy.Add(place.Name, entry, replace: true);
            foreach (var alias in place.Aliases) copy.Add(alias, entry, replace: true);
        }
        return copy;
    }

    private static string[] Names(string list) => list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private void Add(string name, PlaceName entry, bool replace = false)
    {
        // Short all-capital names ("US", "IS", "UN") are only themselves: "us" and "is" are words.
        var exact = name.Length <= 4 && name.All(c => char.IsUpper(c) || c == '.');
        var map = exact ? byExactName : byName;
        if (replace || !map.ContainsKey(name)) map[name] = entry;
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        firstWords.Add(space < 0 ? name : name[..space]);
        LongestName = Math.Max(LongestName, name.Count(c => c == ' ') + 1);
    }

    /// <summary>Whether some name of the table starts with <paramref name="word"/>: most words start none, and are not looked up further.</summary>
    internal bool StartsName(string word) => firstWordSpans.Contains(word) || ((word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)) && firstWordSpans.Contains(word.AsSpan(0, word.Length - 2)));

    /// <summary>The entry for a phrase as written, or null.</summary>
    internal PlaceName? Find(ReadOnlySpan<char> phrase) =>
        byExactNameSpan.TryGetValue(phrase, out var exact) ? exact : byNameSpan.TryGetValue(phrase, out var entry) ? entry : null;
}
