using System.Collections.Immutable;
using System.Text;

namespace FactCheck.Rules;

/// <summary>
/// One kind of finding a rule reports, as a Roslyn <c>DiagnosticDescriptor</c> is one kind of diagnostic: the rule
/// id, a message id unique within the rule, a title, a message format with named placeholders
/// (<c>{subject}: {first} and {second} cannot both be true: {difference}.</c>) and a default severity. A rule
/// declares one for each way its message reads, lists them in <see cref="RuleDescriptor.Messages"/>, and reports
/// with <see cref="RuleContext.Report(FindingDescriptor, ReadOnlySpan{string}, string?, ReadOnlySpan{FindingArgument})"/>:
/// the arguments, typed values, give both the message's words and the finding's evidence.
/// </summary>
public sealed class FindingDescriptor
{
    // The format as literal runs and placeholders (a placeholder is a literal of null with the index of its name), and the
    // placeholders' names: checked when the descriptor is made, built when first needed. The built-in rules make some
    // sixty descriptors at every start and a run formats a few of them; building them all was a fortieth of the time
    // the command took to check the seed sample.
    private (string? Literal, int Placeholder)[]? segments;
    private ImmutableArray<string> placeholders;

    private (string? Literal, int Placeholder)[] Segments
    {
        get
        {
            if (Volatile.Read(ref segments) is { } built) return built;
            var (parsedSegments, names) = Parse(MessageFormat, build: true);
            // Both are the same on every thread: the names first, so that a thread that sees the segments sees them too.
            placeholders = names;
            Volatile.Write(ref segments, parsedSegments);
            return parsedSegments;
        }
    }

    /// <summary>Creates a descriptor.</summary>
    /// <param name="ruleId">The id of the rule that reports it (<c>FC001</c>).</param>
    /// <param name="messageId">Its id within the rule, in camelCase (<c>sameTime</c>); SARIF's message string id.</param>
    /// <param name="defaultSeverity">The severity of its findings unless the rule's severity is configured.</param>
    /// <param name="title">One line: when the rule reports it.</param>
    /// <param name="messageFormat">
    /// The message, with each argument's place written <c>{name}</c> (a name may be used twice; <c>{{</c> and
    /// <c>}}</c> are braces). Arguments whose names it does not use give evidence only.
    /// </param>
    /// <exception cref="ArgumentException">An id or text is blank, or a placeholder is not a name in braces.</exception>
    public FindingDescriptor(string ruleId, string messageId, Severity defaultSeverity, string title, string messageFormat)
    {
        RuleId = Utility.Preconditions.CheckIdentifier(ruleId);
        MessageId = Utility.Preconditions.CheckIdentifier(messageId);
        DefaultSeverity = Utility.Preconditions.CheckDefined(defaultSeverity);
        Title = Utility.Preconditions.CheckText(title);
        MessageFormat = Utility.Preconditions.CheckText(messageFormat);
        Parse(messageFormat, build: false);
    }

    /// <summary>The id of the rule that reports it.</summary>
    public string RuleId { get; }

    /// <summary>Its id within the rule (<c>sameTime</c>).</summary>
    public string MessageId { get; }

    /// <summary>The severity of its findings unless the rule's severity is configured.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>One line: when the rule reports it.</summary>
    public string Title { get; }

    /// <summary>The message format, with named placeholders.</summary>
    public string MessageFormat { get; }

    /// <summary>The placeholders' names, each once, in order of first use.</summary>
    public ImmutableArray<string> Placeholders
    {
        get
        {
            _ = Segments;
            return placeholders;
        }
    }

    /// <summary>
    /// The format with positional placeholders (<c>{0}: {1} and {2} …</c>), numbered as <see cref="Placeholders"/>,
    /// as SARIF's message strings write them.
    /// </summary>
    public string PositionalFormat
    {
        get
        {
            var text = new StringBuilder();
            foreach (var (literal, placeholder) in Segments)
            {
                if (literal is null) text.Append('{').Append(placeholder).Append('}');
                else text.Append(literal.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
            }
            return text.ToString();
        }
    }

    /// <summary>The message these arguments give.</summary>
    /// <exception cref="ArgumentException">An argument the format uses is missing, or a name is given twice.</exception>
    public string Format(params ReadOnlySpan<FindingArgument> arguments)
    {
        CheckArguments(arguments);
        return FormatChecked(arguments);
    }

    /// <summary><c>FC001/sameTime (error)</c>.</summary>
    public override string ToString() => $"{RuleId}/{MessageId} ({SeverityText.Of(DefaultSeverity)})";

    /// <summary>Every placeholder has its argument, and no name is given twice.</summary>
    internal void CheckArguments(ReadOnlySpan<FindingArgument> arguments)
    {
        for (var i = 0; i < arguments.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(arguments[i], nameof(arguments));
            for (var j = 0; j < i; j++)
            {
                if (arguments[j].Name == arguments[i].Name) throw new ArgumentException($"{this}: the argument '{arguments[i].Name}' is given twice.", nameof(arguments));
            }
        }
        foreach (var name in Placeholders)
        {
            if (IndexOf(arguments, name) < 0) throw new ArgumentException($"{this}: the message needs the argument '{name}'.", nameof(arguments));
        }
    }

    /// <summary>The message, its arguments already checked.</summary>
    internal string FormatChecked(ReadOnlySpan<FindingArgument> arguments)
    {
        var text = cachedBuilder ?? new StringBuilder(256);
        cachedBuilder = null;
        text.Clear();
        AppendChecked(text, arguments);
        var message = text.ToString();
        if (text.Capacity <= 4096) cachedBuilder = text;
        return message;
    }

    /// <summary>Appends the message of checked <paramref name="arguments"/> to <paramref name="text"/>: how a report writes it without a string of its own.</summary>
    internal void AppendChecked(StringBuilder text, ReadOnlySpan<FindingArgument> arguments)
    {
        foreach (var (literal, placeholder) in Segments)
        {
            if (literal is not null) text.Append(literal);
            else arguments[IndexOf(arguments, Placeholders[placeholder])].AppendText(text);
        }
    }

    /// <summary>The placeholders' arguments' texts, in the order of <see cref="Placeholders"/> (SARIF's message arguments).</summary>
    internal IEnumerable<string> ArgumentTexts(IReadOnlyList<FindingArgument> arguments)
    {
        foreach (var name in Placeholders)
        {
            foreach (var argument in arguments)
            {
                if (argument.Name == name) yield return argument.ToString();
            }
        }
    }

    // One builder per thread: rules run on several threads and format many messages each.
    [ThreadStatic]
    private static StringBuilder? cachedBuilder;

    private static int IndexOf(ReadOnlySpan<FindingArgument> arguments, string name)
    {
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i].Name == name) return i;
        }
        return -1;
    }

    /// <summary>
    /// Reads <paramref name="format"/>, throwing where it is malformed; with <paramref name="build"/>, also its segments and
    /// placeholder names (without, it allocates nothing and returns empty ones).
    /// </summary>
    private static ((string? Literal, int Placeholder)[] Segments, ImmutableArray<string> Placeholders) Parse(string format, bool build)
    {
        var segments = build ? new List<(string?, int)>() : null;
        var names = build ? new List<string>() : null;
        var literal = build ? new StringBuilder() : null;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c == '}')
            {
                Utility.Preconditions.CheckArgument(i + 1 < format.Length && format[i + 1] == '}', nameof(format), $"A '}}' in a message format is written '}}}}'; at {i} in \"{format}\".");
                literal?.Append('}');
                i++;
                continue;
            }
            if (c != '{')
            {
                literal?.Append(c);
                continue;
            }
            if (i + 1 < format.Length && format[i + 1] == '{')
            {
                literal?.Append('{');
                i++;
                continue;
            }
            var end = format.IndexOf('}', i + 1);
            Utility.Preconditions.CheckArgument(end > i + 1, nameof(format), $"A placeholder is a name in braces; at {i} in \"{format}\".");
            var name = format.AsSpan(i + 1, end - i - 1);
            Utility.Preconditions.CheckArgument(IsName(name), nameof(format), $"A placeholder is a name in braces (letters and digits); got '{format[i..(end + 1)]}' in \"{format}\".");
            i = end;
            if (segments is null || names is null || literal is null) continue;
            if (literal.Length > 0) segments.Add((literal.ToString(), 0));
            literal.Clear();
            var text = name.ToString();
            var index = names.IndexOf(text);
            if (index < 0)
            {
                index = names.Count;
                names.Add(text);
            }
            segments.Add((null, index));
        }
        if (segments is null || names is null || literal is null) return ([], []);
        if (literal.Length > 0) segments.Add((literal.ToString(), 0));
        return ([.. segments], [.. names]);
    }

    private static bool IsName(ReadOnlySpan<char> name) => char.IsAsciiLetter(name[0]) && !name.ContainsAnyExcept(NameCharacters);

    private static readonly System.Buffers.SearchValues<char> NameCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
}
