namespace FactCheck.Rules.Authoring;

/// <summary>
/// Whether figures that cannot all be true are a dispute between parties rather than an error: every claim is
/// attributed to a named party, and no party stands behind two of the figures. Police and organisers giving
/// different crowd sizes is a disputed figure to keep attributed; one party contradicting itself, or reports with
/// no attribution, are not.
/// </summary>
public static class Disputes
{
    /// <summary>Whether the statements, each one side, are a dispute between parties.</summary>
    public static bool AreDisputed(IReadOnlyList<Statement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        // Most figures name no party, and then there is no dispute: known without gathering the parties.
        for (var i = 0; i < statements.Count; i++)
        {
            foreach (var figure in statements[i].Claims)
            {
                if (figure.Claim.Provenance.Attribution is null) return false;
            }
        }
        return AreDisputed(statements.Select(s => s.Claims.Select(c => c.Claim.Provenance)));
    }

    /// <summary>Whether the sides, each given by the provenance of its claims, are a dispute between parties.</summary>
    public static bool AreDisputed(IEnumerable<IEnumerable<Provenance>> sides)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var side in sides)
        {
            var parties = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var provenance in side)
            {
                if (provenance.Attribution is not { } party) return false;
                parties.Add(party);
            }
            foreach (var party in parties)
            {
                if (!seen.Add(party)) return false;
            }
        }
        return true;
    }

    /// <summary>The sentence a disputed finding's message ends with.</summary>
    public const string Advice = " The figures come from different parties: a disputed figure, keep each attributed.";
}
