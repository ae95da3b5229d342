using System.Collections.Immutable;

namespace FactCheck.Rules;

/// <summary>
/// Claims that say the same thing — the same figure for the same days, in the same unit — from one source or
/// many. Rules report once per statement, naming all its claims, so that a figure repeated by a hundred outlets is
/// one thing to act on, not a hundred.
/// </summary>
internal sealed class Statement
{
    internal Statement(ImmutableArray<Figure> claims)
    {
        Claims = claims;
    }

    /// <summary>The claims, in claim-set order; never empty.</summary>
    internal ImmutableArray<Figure> Claims { get; }

    /// <summary>The first claim to state it.</summary>
    internal Figure Lead => Claims[0];

    /// <summary>The claim ids, in claim-set order.</summary>
    internal IEnumerable<string> Ids => Claims.Select(c => c.Claim.Id);
}
