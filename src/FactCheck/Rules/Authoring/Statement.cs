using System.Collections.Immutable;

namespace FactCheck.Rules.Authoring;

/// <summary>
/// Claims that say the same thing — the same figure for the same days, in the same unit — from one source or
/// many. Rules report once per statement, naming all its claims, so that a figure repeated by a hundred outlets is
/// one thing to act on, not a hundred.
/// </summary>
public sealed class Statement
{
    /// <summary>A statement made by <paramref name="claims"/>, in claim-set order.</summary>
    /// <exception cref="ArgumentException">There are no claims.</exception>
    public Statement(ImmutableArray<Figure> claims)
    {
        Utility.Preconditions.CheckArgument(!claims.IsDefaultOrEmpty, nameof(claims), "A statement is made by at least one claim.");
        Claims = claims;
    }

    /// <summary>The claims, in claim-set order; never empty.</summary>
    public ImmutableArray<Figure> Claims { get; }

    /// <summary>The first claim to state it.</summary>
    public Figure Lead => Claims[0];

    /// <summary>The claim ids, in claim-set order.</summary>
    public IEnumerable<string> Ids => Claims.Select(c => c.Claim.Id);
}
