using System.Globalization;
using System.Text;
using FactCheck.Serialization;

namespace FactCheck.Benchmarks;

/// <summary>
/// Seeded mutations of claim-set files, each run through the reader, the writer and the checker. What may happen to
/// an input: it loads, saves and loads back to the same text, and checks without FC900; or it is refused with a
/// <see cref="ClaimSetException"/> whose every problem has a line and a column from 1. Anything else is a failure.
/// The same seed and seeds give the same inputs, so a failure is found again by its number.
/// </summary>
public sealed class MutationFuzzer(IReadOnlyList<byte[]> seeds, int seed)
{
    /// <summary>Values that have broken the reading side: odd numbers, dates at the edges, grammar edges, bad text.</summary>
    private static readonly string[] Values =
    [
        "between and 5", "between 5 and", "between  and ", "5 to", "to 5", "-", "–", "%", " ", "", "a", "an", "and", "dozen dozen",
        "99999999999999999999 trillion", "79228162514264337593543950335", "-79228162514264337593543950335", "7.9e28", "1e21",
        "100000000000000000000000", "0.00000000000001", "0.000000000001", "1.123456789012", "at most -5", "less than -5", "fewer than 0",
        "about 79228162514264337593543950335", "nearly -79,228,162,514,264,337,593,543,950,335", "between -5 and -3", "-5%", "101%", "1e3",
        "five thousand trillion trillion", "a hundred hundred", "at least 1,000,000,000,000,000,000,000,000", "majority", "a third",
        "0001", "9998", "0000", "9999", "0001-01-01", "9998-12-31", "0000-12-31", "9999-01-01", "0001/9998", "../9998-12-31", "0001-01-01/..",
        "last year", "next year", "yesterday", "tomorrow", "last month", "next month", "last week", "this week", "earlier this year",
        "end of the month", "next Friday", "last Monday", "December 31", "January 1", "Q5", "2020-Q0", "2020-Q4", "late 9998", "early 0001",
        "mid 2020-02", "2020-02-30", "2020-13", "2020-00", "\u0001", "a\u0000b", "\t", "\u200B", "\u202E", "😀", "é", "\ud800", "\udc00",
        "Monday", "monday", "", " ", "0", "8", "Funday", "increase", "significant", "x", new string('9', 60), new string('x', 300),
    ];

    /// <summary>JSON text put in place of a value: the wrong type, escapes that do not stand for text, extremes.</summary>
    private static readonly string[] Literals =
    [
        "null", "true", "false", "0", "-1", "1e400", "-1e400", "1e21", "1e28", "79228162514264337593543950336", "0.00000000000000000000000000001",
        "{}", "[]", "[1]", "{\"min\": 5, \"max\": 3}", "{\"min\": -5}", "{\"max\": -5}", "{\"exactly\": 1e28}", "{\"approximately\": 7.9e28}",
        "{\"min\": 5, \"max\": 5, \"minExclusive\": true}", "{\"min\": 1e28, \"max\": 7.9e28}", "{\"exactly\": \"5\"}", "{\"x\": 1}",
        "\"\\ud800\"", "\"\\udc00\"", "\"a\\ud800b\"", "\"\\u0000\"", "\"\\u0001\"", "\"\\ud83d\\ude00\"", "\"\\uD800\\u0041\"", "[0, -1]", "[5, 3]", "[0, 99999999999]",
    ];

    private static readonly byte[][] Bytes =
    [
        [0x80], [0xC3], [0xE9], [0xFF], [0xFE], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x00], [0x01], [0x1B],
        [(byte)'"'], [(byte)'\\'], [(byte)'{'], [(byte)'}'], [(byte)'['], [(byte)']'], [(byte)','], [(byte)':'], [(byte)'\n'],
    ];

    private readonly Random random = new(seed);

    /// <summary>Small sets at the edges of the format, besides the samples: every kind, relative times, the first and last years, and every field and figure that real stories added.</summary>
    private static readonly string[] EdgeSeeds =
    [
        """
        {"format": "factcheck/claims@1", "title": "Edges", "asOf": "0001-01-02",
         "sources": [{"id": "s1", "published": "0002-01-01"}, {"id": "s2", "published": "9997-12-30"}],
         "relations": [{"part": "a", "whole": "b"}],
         "claims": [
          {"id": "o1", "kind": "observation", "subject": "a", "value": "about 5,200", "unit": "soldiers", "time": "last year", "source": "s1"},
          {"id": "o2", "kind": "observation", "subject": "b", "value": "between 4,000 and 5,000", "time": "next year", "source": "s2"},
          {"id": "t1", "kind": "target", "subject": "a", "value": "at most 5", "deadline": "tomorrow", "stated": "yesterday", "source": "s2"},
          {"id": "c1", "kind": "change", "subject": "a", "direction": "increase", "magnitude": "5%", "time": "last month", "source": "s1"},
          {"id": "e1", "kind": "event", "subject": "a", "time": "2020-09-09", "weekday": "Wednesday", "source": "s1"},
          {"id": "m1", "kind": "mention", "name": "Jens Stoltenberg", "role": "official", "source": "s1"},
          {"id": "h1", "kind": "share", "part": "a", "whole": "b", "value": "majority", "time": "0001/9998", "source": "s2"},
          {"id": "h2", "kind": "share", "part": "a", "whole": "b", "value": {"min": 10, "max": 20, "maxExclusive": true}, "time": "9998", "source": "s2"}
         ]}
        """,
        """
        {"format": "factcheck/claims@1", "asOf": "2020-06-15",
         "claims": [
          {"id": "a", "kind": "observation", "subject": "x", "value": 79228162514264337593543950335, "time": "0001"},
          {"id": "b", "kind": "observation", "subject": "x", "value": "-5", "time": "9998-12-31"},
          {"id": "c", "kind": "observation", "subject": "y", "value": "0.000000000001", "time": "2020"},
          {"id": "d", "kind": "share", "part": "y", "whole": "x", "value": "at most 5%", "time": "2020"}
         ]}
        """,
        """
        {"format": "factcheck/claims@1", "asOf": "2023-02-10",
         "sources": [{"id": "w", "publisher": "W", "published": "2023-02-06", "utcOffset": "-05:00"},
                     {"id": "p", "publisher": "P", "published": "2023-02-07", "utcOffset": "+05:00"}],
         "entities": [{"id": "toll", "kind": "group", "name": "Toll", "cumulative": true},
                      {"id": "pm", "kind": "role", "name": "Prime Minister", "singular": true}],
         "relations": [{"whole": "all", "parts": ["toll", "other"], "complete": true}],
         "claims": [
          {"id": "o1", "kind": "observation", "subject": "toll", "value": "as many as 17.35 lakh", "time": "2023-02-06T08:00+03:00", "source": "w"},
          {"id": "o2", "kind": "observation", "subject": "toll", "value": "2 crore", "time": "2023-02-06T20:00Z", "source": "p", "revises": "o1"},
          {"id": "o3", "kind": "observation", "subject": "other", "value": "1 trillion", "time": "2023-02-06", "source": "p", "basis": "gross"},
          {"id": "o4", "kind": "observation", "subject": "all", "value": "3,000", "time": "2023-02-06", "source": "w", "basis": "net", "projection": true},
          {"id": "t1", "kind": "target", "subject": "toll", "value": "nearly two thirds", "deadline": "November 3", "source": "w", "tense": "future", "basis": "gross"},
          {"id": "c1", "kind": "change", "subject": "toll", "magnitude": "doubled", "time": "last month", "source": "p", "tense": "future"},
          {"id": "c2", "kind": "change", "subject": "toll", "direction": "decrease", "magnitude": "8 percentage points", "time": "2023-01/2023-02", "source": "p"},
          {"id": "e1", "kind": "event", "subject": "e", "time": "2023-02-05T23:35-04:00", "weekday": "Sunday", "source": "w"},
          {"id": "e2", "kind": "event", "subject": "e", "time": "Friday", "source": "p", "tense": "future"},
          {"id": "m1", "kind": "mention", "name": "Shehbaz Sharif", "role": "Prime Minister", "singular": true, "source": "p"},
          {"id": "m2", "kind": "mention", "name": "Imran Khan", "entity": "pm", "source": "w"},
          {"id": "h1", "kind": "share", "part": "toll", "whole": "all", "value": "one in seven", "time": "2023", "source": "p", "basis": "gross"},
          {"id": "h2", "kind": "share", "part": "other", "whole": "all", "value": "more than half", "time": "2023", "source": "w"}
         ]}
        """,
    ];

    /// <summary>The samples of the repository at <paramref name="root"/> and the built-in edge cases, as the seeds of a run.</summary>
    public static IReadOnlyList<byte[]> Seeds(string root) =>
    [
        .. Directory.GetFiles(Path.Combine(root, "samples"), "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllBytes),
        .. EdgeSeeds.Select(Encoding.UTF8.GetBytes),
    ];

    /// <summary>What a run found: counts per outcome and the first inputs of each kind of failure.</summary>
    public sealed class Tally
    {
        public int Inputs { get; set; }

        public int Loaded { get; set; }

        public int Refused { get; set; }

        public Dictionary<string, int> Failures { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Examples { get; } = new(StringComparer.Ordinal);

        public int FailureCount => Failures.Values.Sum();

        public override string ToString()
        {
            var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{Inputs} inputs: {Loaded} loaded, {Refused} refused, {FailureCount} failures"));
            foreach (var (kind, count) in Failures.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"\n  {count} × {kind}\n    e.g. {Examples[kind]}");
            }
            return text.ToString();
        }
    }

    /// <summary>Runs <paramref name="count"/> mutations.</summary>
    public Tally Run(int count, FactChecker checker)
    {
        var tally = new Tally();
        var reader = new ClaimSetReader();
        for (var i = 0; i < count; i++)
        {
            var input = Next();
            tally.Inputs++;
            var failure = Try(input, reader, checker, out var loaded);
            if (failure is null)
            {
                if (loaded) tally.Loaded++;
                else tally.Refused++;
                continue;
            }
            tally.Failures[failure] = tally.Failures.GetValueOrDefault(failure) + 1;
            if (!tally.Examples.ContainsKey(failure)) tally.Examples[failure] = Show(input);
        }
        return tally;
    }

    /// <summary>What went wrong with <paramref name="input"/>, or null when it was loaded or refused as it should be.</summary>
    public static string? Try(byte[] input, ClaimSetReader reader, FactChecker checker, out bool loaded)
    {
        loaded = false;
        ClaimSet set;
        try
        {
            set = reader.Read(new MemoryStream(input)).ClaimSet;
        }
        catch (ClaimSetException e)
        {
            var unlocated = e.Problems.FirstOrDefault(p => p.Line is not >= 1 || p.Column is not >= 1);
            return unlocated is null ? null : "unlocated problem: " + Shorten(unlocated.Message);
        }
        catch (Exception e)
        {
            return "load threw " + e.GetType().Name + " at " + Where(e);
        }
        loaded = true;
        string written;
        try
        {
            written = ClaimSetWriter.WriteToString(set);
        }
        catch (Exception e)
        {
            return "save threw " + e.GetType().Name + " at " + Where(e);
        }
        try
        {
            var again = ClaimSetWriter.WriteToString(reader.ReadString(written).ClaimSet);
            if (again != written) return "round trip changed the text";
        }
        catch (ClaimSetException e)
        {
            return "saved file refused: " + Shorten(e.Problems[0].Message);
        }
        catch (Exception e)
        {
            return "reload threw " + e.GetType().Name + " at " + Where(e);
        }
        try
        {
            var failed = checker.Check(set).Findings.FirstOrDefault(f => f.RuleId == "FC900");
            return failed is null ? null : "FC900: " + Shorten(failed.Message);
        }
        catch (Exception e)
        {
            return "check threw " + e.GetType().Name + " at " + Where(e);
        }
    }

    /// <summary>The next mutated input.</summary>
    public byte[] Next()
    {
        var input = seeds[random.Next(seeds.Count)];
        // Mostly one mutation, so that many inputs still load and go on to the writer and the checker.
        var rounds = random.Next(10) switch { < 6 => 1, < 9 => 2, _ => 3 };
        for (var r = 0; r < rounds; r++) input = Mutate(input);
        return input;
    }

    private byte[] Mutate(byte[] input)
    {
        switch (random.Next(10))
        {
            case 0: // flip one byte
            {
                var copy = (byte[])input.Clone();
                if (copy.Length > 0) copy[random.Next(copy.Length)] = (byte)random.Next(256);
                return copy;
            }
            case 1: // cut short
                return input[..random.Next(input.Length + 1)];
            case 2: // insert bytes that are not text, or that end text
            {
                var at = random.Next(input.Length + 1);
                return [.. input[..at], .. Bytes[random.Next(Bytes.Length)], .. input[at..]];
            }
            case 3 or 4 or 8 or 9: // a string value becomes another string
            {
                var value = Values[random.Next(Values.Length)];
                return ReplaceString(input, Encoding.UTF8.GetBytes(Quote(value)));
            }
            case 5: // a string value becomes another kind of JSON
                return ReplaceString(input, Encoding.UTF8.GetBytes(Literals[random.Next(Literals.Length)]));
            case 6: // a claim twice, or a line dropped
            {
                var lines = Encoding.UTF8.GetString(input).Split('\n').ToList();
                if (lines.Count < 2) return input;
                var at = random.Next(lines.Count);
                if (random.Next(2) == 0) lines.Insert(at, lines[at]);
                else lines.RemoveAt(at);
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            }
            default: // a field's name changes
                return ReplaceString(input, Encoding.UTF8.GetBytes(random.Next(3) switch { 0 => "\"\\ud800\"", 1 => "\"x-\u00e9\"", _ => "\"\u00e9\"" }), name: true);
        }
    }

    /// <summary>Puts <paramref name="replacement"/> in place of a quoted string of <paramref name="input"/> chosen at random.</summary>
    private byte[] ReplaceString(byte[] input, byte[] replacement, bool name = false)
    {
        if (input.Length == 0) return input;
        var from = random.Next(input.Length);
        var open = Array.IndexOf(input, (byte)'"', from);
        // A value, unless a name is wanted: the first quote after a colon (or a name: after a comma or brace).
        while (open > 0 && open < input.Length && (Before(input, open) is (byte)':' or (byte)'[') == name)
        {
            var next = Array.IndexOf(input, (byte)'"', open + 1);
            open = next < 0 ? -1 : Array.IndexOf(input, (byte)'"', next + 1);
        }
        if (open < 0) return input;
        var close = open + 1;
        while (close < input.Length && (input[close] != '"' || input[close - 1] == '\\')) close++;
        if (close >= input.Length) return input;
        return [.. input[..open], .. replacement, .. input[(close + 1)..]];
    }

    /// <summary>A JSON string of <paramref name="value"/>, lone surrogates and control characters escaped as \\u escapes.</summary>
    private static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            if (c < ' ' || c == '"' || c == '\\' || char.IsSurrogate(c)) text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            else text.Append(c);
        }
        return text.Append('"').ToString();
    }

    private static byte Before(byte[] input, int at)
    {
        for (var i = at - 1; i >= 0; i--)
        {
            if (input[i] is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')) return input[i];
        }
        return 0;
    }

    private static string Where(Exception e)
    {
        var frame = e.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("FactCheck.", StringComparison.Ordinal)) ?? "?";
        var cut = frame.IndexOf(" in ", StringComparison.Ordinal);
        return (cut > 0 ? frame[..cut] : frame) + ": " + Shorten(e.Message);
    }

    private static string Shorten(string text) => text.Length > 160 ? text[..160] + "…" : text;

    private static string Show(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        return text.Length > 300 ? text[..300].Replace('\n', ' ') + "…" : text.Replace('\n', ' ');
    }
}
