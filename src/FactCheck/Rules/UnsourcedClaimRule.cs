namespace FactCheck.Rules;

/// <summary>FC009: a claim has neither a source nor an attribution.</summary>
public sealed class UnsourcedClaimRule : IClaimRule
{
    /// <summary>A claim with neither a source nor an attribution.</summary>
    public static FindingDescriptor Unsourced { get; } = new(
        "FC009", "unsourced", Severity.Info, "A claim has neither a source nor an attribution.", "{claim} ({statement}) has neither a source nor an attribution.");

    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Descriptor { get; } = new(
        "FC009",
        "UnsourcedClaim",
        Severity.Info,
        "A claim has neither a source nor an attribution.",
        """
        Every claim should say where it comes from: a source (an article, a dataset) or at least who said it.
        A claim with neither cannot be checked back, so the rule lists it as an info. Teams that keep
        unsourced working notes in their claim sets turn it off with FC009=none.

        Example:
          { "id": "c9", "kind": "observation", "subject": "us-troops/syria", "value": "about 500", "time": "2020-09" }
        gives
          FC009 info: c9 (us-troops/syria: ~500 in 2020-09) has neither a source nor an attribution.
        """)
    {
        Messages = [Unsourced],
    };

    RuleDescriptor IClaimRule.Descriptor => Descriptor;

    /// <inheritdoc />
    public void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Index.ClaimSet.Claims;
        for (var i = 0; i < claims.Count; i++)
        {
            if ((i & 0xFFFF) == 0) context.CancellationToken.ThrowIfCancellationRequested();
            var claim = claims[i];
            if (!claim.Provenance.IsUnsourced) continue;
            context.Report(Unsourced, [claim.Id], SubjectOf(claim), FindingArgument.Text("claim", claim.Id), FindingArgument.Text("statement", claim.ToString()));
        }
    }

    private static string? SubjectOf(Claim claim) => claim switch
    {
        Observation o => o.Subject,
        Target t => t.Subject,
        Change c => c.Subject,
        Event e => e.Subject,
        Mention m => m.Entity,
        Share s => s.Part,
        _ => null,
    };
}
