using System.Globalization;

namespace FactCheck.Extraction.Drafting;

/// <summary>Builds the draft claim set: one source per article, the known set's contents, and the claims with ids in text order.</summary>
internal static class ClaimSetAssembler
{
    internal static ClaimSet Assemble(List<(Article Article, List<Draft> Drafts)> readers, ClaimSet? known, Dictionary<string, string> spellings)
    {
        var sources = (known?.Sources.ToList() ?? []).Concat(readers.Select(r => new Source(r.Article.Id, r.Article.Title, r.Article.Publisher, r.Article.Published, r.Article.Url))).ToList();
        var relations = known?.Relations.ToList() ?? [];
        // Sized for every claim at once: grown by doubling, the table of ids was a tenth of the time of extracting an
        // archive of small articles, in arrays of fresh memory each time.
        var count = (known?.Claims.Count ?? 0) + readers.Sum(r => r.Drafts.Count);
        var claims = new List<Claim>(count);
        if (known is not null) claims.AddRange(known.Claims);
        var taken = new HashSet<string>(count, StringComparer.Ordinal);
        foreach (var claim in claims) taken.Add(claim.Id);
        // The relations already stated, so that a share's is added once without searching the list for each share.
        var related = new HashSet<(string Part, string Whole)>(relations.Select(r => (r.Part, r.Whole)));
        foreach (var (article, drafts) in readers)
        {
            var number = 0;
            foreach (var draft in drafts)
            {
                string id;
                do
                {
                    id = string.Create(CultureInfo.InvariantCulture, $"{article.Id}-{++number}");
                }
                while (!taken.Add(id));
                if (draft.PersonInSubject is { } person && spellings.TryGetValue(person, out var kept) && kept != person)
                {
                    draft.Subject = draft.Subject.Replace(Slug.Of(Surname(person)), Slug.Of(Surname(kept)), StringComparison.Ordinal);
                }
                var provenance = new Provenance(article.Id, draft.Attribution, article.Body[draft.Start..draft.End], new TextSpan(draft.Start, draft.End));
                claims.Add(Build(id, draft, provenance));
                if (draft.Kind == ClaimKind.Share && related.Add((draft.Subject, draft.Whole!)))
                {
                    relations.Add(new Relation(draft.Subject, draft.Whole!));
                }
                if (draft.PartOf is { } country && draft.Subject != country && related.Add((draft.Subject, country)))
                {
                    relations.Add(new Relation(draft.Subject, country));
                }
            }
            // "including 800,000 in Nairobi and 600,000 in Mombasa": the parts a sentence lists, which together cannot exceed the
            // whole (FC016).
            foreach (var listed in drafts.Where(static d => d.Listed).GroupBy(static d => d.PartOf!, StringComparer.Ordinal))
            {
                var parts = listed.Select(static d => d.Subject).Distinct(StringComparer.Ordinal).ToList();
                if (parts.Count > 1) relations.Add(new Relation(listed.Key, parts));
            }
        }
        var title = known?.Title ?? (readers.Count == 1 ? readers[0].Article.Title : null) ?? string.Create(CultureInfo.InvariantCulture, $"Claims extracted from {readers.Count} article{(readers.Count == 1 ? "" : "s")}");
        return new ClaimSet(claims, sources, known?.Entities, relations, title, known?.AsOf);
    }

    private static string Surname(string name) => name[(name.LastIndexOf(' ') + 1)..];

    private static Claim Build(string id, Draft draft, Provenance provenance) => draft.Kind switch
    {
        ClaimKind.Observation => new Observation(id, draft.Subject, draft.Value, draft.Time, Unit.Of(draft.Unit), provenance: provenance),
        ClaimKind.Target => new Target(id, draft.Subject, draft.Value, draft.Deadline, draft.Time, Unit.Of(draft.Unit), provenance: provenance),
        ClaimKind.Change => new Change(id, draft.Subject, draft.Direction, draft.Time, draft.Magnitude, provenance: provenance) { Tense = draft.Tense },
        ClaimKind.Event => new Event(id, draft.Subject, draft.Time, draft.Weekday, provenance),
        ClaimKind.Share => new Share(id, draft.Subject, draft.Whole!, draft.Value, draft.Time, provenance: provenance),
        _ => new Mention(id, draft.Name!, draft.Entity, draft.Role, provenance),
    };
}
