namespace FactCheck;

/// <summary>Words for changes: <c>a significant decrease</c>, <c>an increase of 2,200</c>, <c>an increase of 8 percentage points</c>, <c>a doubling</c>.</summary>
internal static class ChangeText
{
    internal static string Describe(ChangeDirection direction, ChangeMagnitude? magnitude) => (direction, magnitude) switch
    {
        (ChangeDirection.Unchanged, _) => "no change",
        (_, null) => direction == ChangeDirection.Increase ? "an increase" : "a decrease",
        (_, { Factor: not null } m) => m.MultipleNoun(),
        (_, { IsSignificant: true }) => direction == ChangeDirection.Increase ? "a significant increase" : "a significant decrease",
        (_, { } m) => (direction == ChangeDirection.Increase ? "an increase of " : "a decrease of ") + m,
    };
}
