namespace FactCheck;

/// <summary>
/// Whether the sources claims name are among a set's sources, with the strings found already remembered by identity
/// (<see cref="Utility.IdentityCache{TValue}"/>): a million claims of 300 sources spent some 15 ms hashing their names
/// in the dictionary. A string not among the sources is looked up every time. For one thread.
/// </summary>
internal sealed class FoundSources(Dictionary<string, Source> sourcesById)
{
    private readonly Utility.IdentityCache<Source> found = new();

    /// <summary>Whether <paramref name="source"/> is the id of one of the sources.</summary>
    internal bool Contains(string source)
    {
        if (found.TryGet(source, out _)) return true;
        if (!sourcesById.TryGetValue(source, out var known)) return false;
        found.Remember(source, known);
        return true;
    }
}
