using System.Globalization;

namespace FactCheck;

/// <summary>
/// A problem of one item of a claim set, by list, position and field (claim 7's <c>time</c>): the builder turns it
/// into a path, the file reader into the file, line and column where that claim was read. Nothing parses a path back.
/// </summary>
/// <param name="List">Which list the item is in: <see cref="Claims"/>, <see cref="Sources"/> or <see cref="Entities"/>.</param>
/// <param name="Index">The item's position in that list, as given.</param>
/// <param name="Field">The field at fault, or null for the item as a whole.</param>
/// <param name="Problem">What is wrong.</param>
internal readonly record struct IndexedProblem(string List, int Index, string? Field, ClaimProblem Problem)
{
    internal const string Claims = "claims";
    internal const string Sources = "sources";
    internal const string Entities = "entities";

    /// <summary><c>$.claims[7].time</c>, counting the item at <paramref name="index"/> (by default, its position as given).</summary>
    internal string PathAt(int index) => Field is null
        ? string.Create(CultureInfo.InvariantCulture, $"$.{List}[{index}]")
        : string.Create(CultureInfo.InvariantCulture, $"$.{List}[{index}].{Field}");

    /// <summary><c>$.claims[7]</c>.</summary>
    internal static string PathOf(string list, int index) => string.Create(CultureInfo.InvariantCulture, $"$.{list}[{index}]");

    /// <summary>The problem as a claim set built in code reports it.</summary>
    internal ClaimSetProblem ToProblem() => new(PathAt(Index), Problem.Message);
}
