namespace FactCheck.Rules.Authoring;

/// <summary>Names as rules compare them, the same as <see cref="Entity.Accepts"/> does.</summary>
public static class NameFolding
{
    /// <summary>
    /// The name as it is compared: upper case, without diacritics, titles or generational suffixes, one space between
    /// words (<c>Gen. José McKenzie Jr.</c> → <c>JOSE MCKENZIE</c>).
    /// </summary>
    public static string Fold(string name) => Names.Fold(name);

    /// <summary>Case and white space folded only: how roles are compared.</summary>
    public static string Normalize(string name) => Names.Normalize(name);
}
