namespace FactCheck;

/// <summary>
/// Gathers the evidence of one finding, in order, from the arguments of its message: each argument adds the
/// numbers (or texts) its words stand for. Names must be unique; infinite numbers (an open side) are left out, as
/// <see cref="Evidence.Of"/> leaves them out.
/// </summary>
public sealed class EvidenceBuilder
{
    private readonly List<Evidence.Entry> entries = [];

    internal EvidenceBuilder()
    {
    }

    /// <summary>Adds a number, kept to 15 significant digits; an infinite or NaN number is left out.</summary>
    /// <exception cref="ArgumentException">The name is blank or already given.</exception>
    public void Add(string name, double number)
    {
        if (!double.IsFinite(number)) return;
        Add(new Evidence.Entry(Utility.Preconditions.CheckIdentifier(name), Evidence.ExactDecimal(number), null));
    }

    /// <summary>Adds a text.</summary>
    /// <exception cref="ArgumentException">The name is blank or already given.</exception>
    public void Add(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Add(new Evidence.Entry(Utility.Preconditions.CheckIdentifier(name), 0, text));
    }

    private void Add(Evidence.Entry entry)
    {
        foreach (var existing in entries)
        {
            if (existing.Name == entry.Name) throw new ArgumentException($"Evidence '{entry.Name}' is given twice.", nameof(entry));
        }
        entries.Add(entry);
    }

    /// <summary>The evidence gathered; <see cref="Evidence.None"/> when there is none.</summary>
    internal Evidence ToEvidence() => entries.Count == 0 ? Evidence.None : Evidence.FromEntries([.. entries]);

    /// <summary>The evidence <paramref name="arguments"/> stand for, in their order.</summary>
    internal static Evidence Of(ReadOnlySpan<Rules.FindingArgument> arguments)
    {
        var builder = cached ?? new EvidenceBuilder();
        cached = null;
        builder.entries.Clear();
        foreach (var argument in arguments) argument.AddEvidence(builder);
        var evidence = builder.ToEvidence();
        cached = builder;
        return evidence;
    }

    // One builder per thread: every finding a rule reports gathers its evidence here.
    [ThreadStatic]
    private static EvidenceBuilder? cached;
}
