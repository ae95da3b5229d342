using System.Globalization;

namespace FactCheck;

/// <summary>
/// The computed figures behind a finding's message — gap, days left, rate per day, similarity — so that a
/// program can act on them without parsing text. Ordered as the rule gave them; names are unique.
/// </summary>
/// <remarks>
/// The figures are held as plain entries in one array, and an <see cref="EvidenceItem"/> is made when one is
/// read: a check with a million findings keeps a million evidence sets alive until the report is sorted, and
/// an object per figure made up a fair share of what the collector had to trace.
/// </remarks>
public sealed class Evidence : IEquatable<Evidence>, IReadOnlyList<EvidenceItem>
{
    private readonly Entry[] entries;

    private Evidence(Entry[] entries) => this.entries = entries;

    /// <summary>Evidence of entries already checked (names unique, numbers finite and exact), taken as they are.</summary>
    internal static Evidence FromEntries(Entry[] entries) => new(entries);

    /// <summary>No evidence.</summary>
    public static Evidence None { get; } = new([]);

    /// <summary>
    /// Evidence made of numbers, in order; infinite numbers (an open side) are left out. Numbers are kept to 15
    /// significant digits, so that the noise of binary arithmetic never reaches a report: 59.9 − 60.3 is −0.4,
    /// not −0.39999999999999947.
    /// </summary>
    /// <exception cref="ArgumentException">A name is repeated.</exception>
    public static Evidence Of(params (string Name, double Number)[] numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        return None.With(numbers);
    }

    /// <summary>The evidence with more numbers; infinite ones are left out.</summary>
    /// <exception cref="ArgumentException">A name is blank or repeated.</exception>
    public Evidence With(params (string Name, double Number)[] numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var finite = 0;
        foreach (var (_, number) in numbers)
        {
            if (double.IsFinite(number)) finite++;
        }
        var all = new Entry[entries.Length + finite];
        entries.CopyTo(all, 0);
        var next = entries.Length;
        foreach (var (name, number) in numbers)
        {
            if (double.IsFinite(number)) Add(all, ref next, new Entry(Utility.Preconditions.CheckIdentifier(name), ExactDecimal(number), null), nameof(numbers));
        }
        return new Evidence(all);
    }

    /// <summary>The evidence with one more text item.</summary>
    /// <exception cref="ArgumentException">The name is blank or repeated.</exception>
    public Evidence With(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var all = new Entry[entries.Length + 1];
        entries.CopyTo(all, 0);
        var next = entries.Length;
        Add(all, ref next, new Entry(Utility.Preconditions.CheckIdentifier(name), 0, text), nameof(name));
        return new Evidence(all);
    }

    /// <summary>
    /// The number as the decimal it stands for: converting to decimal keeps 15 significant digits, which every
    /// figure a claim can state fits, and drops the last bits that binary arithmetic got wrong.
    /// </summary>
    internal static double ExactDecimal(double number) =>
        Math.Abs(number) is > 1e-20 and < 1e28 ? (double)(decimal)number : number;

    private static void Add(Entry[] all, ref int next, Entry entry, string paramName)
    {
        for (var i = 0; i < next; i++)
        {
            if (all[i].Name == entry.Name) throw new ArgumentException($"Evidence '{entry.Name}' is given twice.", paramName);
        }
        all[next++] = entry;
    }

    /// <summary>The number named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">There is no number by that name.</exception>
    public double this[string name] => TryGetNumber(name, out var value) ? value : throw new KeyNotFoundException($"The evidence has no number '{name}'.");

    /// <summary>The number named <paramref name="name"/>, if there is one.</summary>
    public bool TryGetNumber(string name, out double value)
    {
        foreach (var entry in entries)
        {
            if (entry.Name == name && entry.Text is null)
            {
                value = entry.Number;
                return true;
            }
        }
        value = 0;
        return false;
    }

    /// <summary>The text named <paramref name="name"/>, or null.</summary>
    public string? GetText(string name)
    {
        foreach (var entry in entries)
        {
            if (entry.Name == name) return entry.Text;
        }
        return null;
    }

    /// <inheritdoc />
    public int Count => entries.Length;

    /// <inheritdoc />
    public EvidenceItem this[int index] => entries[index].ToItem();

    /// <summary>The entries as stored, for the report writers.</summary>
    internal ReadOnlySpan<Entry> Entries => entries;

    /// <inheritdoc />
    public IEnumerator<EvidenceItem> GetEnumerator()
    {
        foreach (var entry in entries) yield return entry.ToItem();
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(Evidence? other) => other is not null && entries.AsSpan().SequenceEqual(other.entries);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Evidence);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var entry in entries) hash.Add(entry);
        return hash.ToHashCode();
    }

    /// <summary><c>changeMin = -4600, daysLeft = 55</c>.</summary>
    public override string ToString() => string.Join(", ", entries.Select(e => e.ToString()));

    /// <summary>One figure or text: a number when <see cref="Text"/> is null.</summary>
    internal readonly record struct Entry(string Name, double Number, string? Text)
    {
        internal EvidenceItem ToItem() => Text is null ? EvidenceItem.Trusted(Name, Number) : new EvidenceItem(Name, Text);

        public override string ToString() => $"{Name} = {(Text ?? Number.ToString("R", CultureInfo.InvariantCulture))}";
    }
}
