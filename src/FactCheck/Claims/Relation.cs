using FactCheck.Utility;

namespace FactCheck;

/// <summary>
/// A structural fact: every unit counted in <see cref="Part"/> is also counted in <see cref="Whole"/>
/// (for the same metric), so the part's figure can never exceed the whole's at the same time.
/// </summary>
public sealed record Relation
{
    /// <summary>Creates a part/whole relation.</summary>
    /// <param name="part">The subject that is counted within the whole.</param>
    /// <param name="whole">The subject that includes the part.</param>
    /// <exception cref="ArgumentException">A subject is blank, or both are the same.</exception>
    public Relation(string part, string whole)
    {
        Part = Preconditions.CheckIdentifier(part);
        Whole = Preconditions.CheckIdentifier(whole);
        Preconditions.CheckArgument(!string.Equals(part, whole, StringComparison.Ordinal), nameof(whole), $"A subject cannot be part of itself; got '{part}' for both.");
    }

    /// <summary>The subject counted within the whole.</summary>
    public string Part { get; }

    /// <summary>The subject that includes the part.</summary>
    public string Whole { get; }

    /// <summary><c>us-troops/iraq ⊂ coalition-troops/iraq</c>.</summary>
    public override string ToString() => $"{Part} ⊂ {Whole}";
}
