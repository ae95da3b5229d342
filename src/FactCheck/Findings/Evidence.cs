using System.Runtime.InteropServices;

namespace FactCheck;

/// <summary>
/// The computed figures behind a finding's message — gap, days left, rate per day, similarity — so that a
/// program can act on them without parsing text. Ordered as the rule gave them; names are unique.
/// </summary>
public sealed class Evidence : IEquatable<Evidence>, IReadOnlyList<EvidenceItem>
{
    private readonly ValueArray<EvidenceItem> items;

    private Evidence(ValueArray<EvidenceItem> items) => this.items = items;

    /// <summary>No evidence.</summary>
    public static Evidence None { get; } = new(default);

    /// <summary>Evidence made of numbers, in order; infinite numbers (an open side) are left out.</summary>
    /// <exception cref="ArgumentException">A name is repeated.</exception>
    public static Evidence Of(params (string Name, double Number)[] numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        return None.With(numbers);
    }

    /// <summary>The evidence with more numbers; infinite ones are left out.</summary>
    /// <exception cref="ArgumentException">A name is repeated.</exception>
    public Evidence With(params (string Name, double Number)[] numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var finite = 0;
        foreach (var (_, number) in numbers)
        {
            if (double.IsFinite(number)) finite++;
        }
        // Built straight into an array of the final size: rules make evidence for every finding.
        var all = new EvidenceItem[items.Count + finite];
        items.AsImmutableArray().AsSpan().CopyTo(all);
        var next = items.Count;
        foreach (var (name, number) in numbers)
        {
            if (double.IsFinite(number)) Add(all, ref next, new EvidenceItem(name, number), nameof(numbers));
        }
        return new Evidence(new ValueArray<EvidenceItem>(ImmutableCollectionsMarshal.AsImmutableArray(all)));
    }

    /// <summary>The evidence with one more text item.</summary>
    /// <exception cref="ArgumentException">The name is repeated.</exception>
    public Evidence With(string name, string text)
    {
        var all = new EvidenceItem[items.Count + 1];
        items.AsImmutableArray().AsSpan().CopyTo(all);
        var next = items.Count;
        Add(all, ref next, new EvidenceItem(name, text), nameof(name));
        return new Evidence(new ValueArray<EvidenceItem>(ImmutableCollectionsMarshal.AsImmutableArray(all)));
    }

    private static void Add(EvidenceItem[] all, ref int next, EvidenceItem item, string paramName)
    {
        for (var i = 0; i < next; i++)
        {
            if (all[i].Name == item.Name) throw new ArgumentException($"Evidence '{item.Name}' is given twice.", paramName);
        }
        all[next++] = item;
    }

    /// <summary>The number named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">There is no number by that name.</exception>
    public double this[string name] => TryGetNumber(name, out var value) ? value : throw new KeyNotFoundException($"The evidence has no number '{name}'.");

    /// <summary>The number named <paramref name="name"/>, if there is one.</summary>
    public bool TryGetNumber(string name, out double value)
    {
        foreach (var item in items)
        {
            if (item.Name == name && item.Number is { } n)
            {
                value = n;
                return true;
            }
        }
        value = 0;
        return false;
    }

    /// <summary>The text named <paramref name="name"/>, or null.</summary>
    public string? GetText(string name) => items.FirstOrDefault(i => i.Name == name)?.Text;

    /// <inheritdoc />
    public int Count => items.Count;

    /// <inheritdoc />
    public EvidenceItem this[int index] => items[index];

    /// <inheritdoc />
    public IEnumerator<EvidenceItem> GetEnumerator() => ((IEnumerable<EvidenceItem>)items).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(Evidence? other) => other is not null && items == other.items;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Evidence);

    /// <inheritdoc />
    public override int GetHashCode() => items.GetHashCode();

    /// <summary><c>changeMin = -4600, daysLeft = 55</c>.</summary>
    public override string ToString() => items.ToString();
}
