namespace FactCheck;

/// <summary>
/// The claim set's check of <see cref="Observation.Revises"/>: each names another observation, and revisions do not go
/// round in a circle. Every claim revises at most one other, so following each chain once, marking what is done, is linear.
/// </summary>
internal static class RevisionChecks
{
    /// <summary>Reports each bad revision of <paramref name="claims"/>, whose ids <paramref name="claimsById"/> maps to their positions.</summary>
    internal static void Check(IReadOnlyList<Claim> claims, ClaimIdTable claimsById, List<IndexedProblem> problems)
    {
        var found = problems.Count;
        for (var i = 0; i < claims.Count; i++)
        {
            if (claims[i] is not Observation { Revises: { } revised } observation) continue;
            if (string.Equals(revised, observation.Id, StringComparison.Ordinal))
            {
                Report(problems, i, $"Observation '{observation.Id}' revises itself; 'revises' names an earlier observation.");
            }
            else if (claimsById.IndexOf(revised) is not (>= 0 and var j))
            {
                Report(problems, i, $"Observation '{observation.Id}' revises '{revised}', which is not among the claims.");
            }
            else if (claims[j] is not Observation)
            {
                Report(problems, i, $"Observation '{observation.Id}' revises '{revised}', which is not an observation (its kind is '{claims[j].Kind.ToString().ToLowerInvariant()}').");
            }
        }
        if (problems.Count > found) return;
        int[]? state = null; // 0 unseen, 1 on the chain being followed, 2 settled
        for (var i = 0; i < claims.Count; i++)
        {
            if (claims[i] is not Observation { Revises: not null }) continue;
            state ??= new int[claims.Count];
            var k = i;
            while (k >= 0 && state[k] == 0 && claims[k] is Observation { Revises: { } next })
            {
                state[k] = 1;
                k = claimsById.IndexOf(next);
            }
            if (k >= 0 && state[k] == 1)
            {
                Report(problems, k, $"The revisions from observation '{claims[k].Id}' go round in a circle back to it; a revision names an earlier figure.");
            }
            for (k = i; k >= 0 && state[k] == 1; k = claims[k] is Observation { Revises: { } next } ? claimsById.IndexOf(next) : -1) state[k] = 2;
        }
    }

    private static void Report(List<IndexedProblem> problems, int claim, string message) =>
        problems.Add(new IndexedProblem(IndexedProblem.Claims, claim, "revises", new ClaimProblem(ClaimProblemCode.BadRevision, message)));
}
