using System.Runtime.CompilerServices;

namespace FactCheck;

/// <summary>
/// Whether the sources claims name are among a set's sources, with the strings found already remembered by identity.
/// </summary>
/// <remarks>
/// Why: a reader gives every claim of one source the same string, and a file's claims name a few hundred sources in no
/// order, so most claims' sources are found here without hashing their characters (a million claims of 300 sources
/// spent some 15 ms in the dictionary). A slot taken by another string is only looked up again; a string not among the
/// sources is looked up every time. For one thread.
/// </remarks>
internal sealed class FoundSources(Dictionary<string, Source> sourcesById)
{
    /// <summary>How many strings are remembered; a power of two.</summary>
    private const int Slots = 256;

    private readonly string?[] found = new string?[Slots];

    /// <summary>Whether <paramref name="source"/> is the id of one of the sources.</summary>
    internal bool Contains(string source)
    {
        ref var known = ref found[RuntimeHelpers.GetHashCode(source) & (Slots - 1)];
        if (ReferenceEquals(known, source)) return true;
        if (!sourcesById.ContainsKey(source)) return false;
        known = source;
        return true;
    }
}
