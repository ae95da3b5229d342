using System.Globalization;
using System.Text;
using FactCheck.Serialization;
using Microsoft.Extensions.AI;

namespace FactCheck.Extraction.AI;

/// <summary>
/// An extractor over any language model behind <see cref="IChatClient"/>: it asks for the article's claims in the claim-set
/// format's JSON schema (structured output), reads the answer with FactCheck's own <see cref="ClaimSetReader"/> (an answer
/// with problems is sent back once with every problem located), and locates each claim's quote in the article, leaving out
/// claims whose words are not there.
/// </summary>
public sealed class ChatClientExtractor : IClaimExtractor
{
    private readonly IChatClient client;
    private readonly ChatClientExtractorOptions options;

    /// <summary>Creates an extractor over <paramref name="client"/>.</summary>
    /// <param name="client">The model.</param>
    /// <param name="options">Retries and model; null for the defaults.</param>
    public ChatClientExtractor(IChatClient client, ChatClientExtractorOptions? options = null)
    {
        this.client = client ?? throw new ArgumentNullException(nameof(client));
        this.options = options ?? ChatClientExtractorOptions.Default;
    }

    /// <inheritdoc />
    /// <exception cref="ClaimSetException">The model's answer still breaks the format after the retries; every problem is listed, with the article's id as the file.</exception>
    public async Task<ExtractionResult> ExtractAsync(IReadOnlyList<Article> articles, ClaimSet? known = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var claims = known?.Claims.ToList() ?? [];
        var sources = known?.Sources.ToList() ?? [];
        var relations = known?.Relations.ToList() ?? [];
        var entityIds = new HashSet<string>(known?.Entities.Select(e => e.Id) ?? [], StringComparer.Ordinal);
        var skipped = new List<Skipped>();
        foreach (var article in articles)
        {
            var answer = await AskAsync(article, known, cancellationToken).ConfigureAwait(false);
            sources.Add(new Source(article.Id, article.Title, article.Publisher, article.Published, article.Url));
            var number = 0;
            foreach (var claim in answer.Claims)
            {
                var quote = claim.Provenance.Quote;
                if (quote is null || QuoteLocator.Find(article.Body, quote) is not { } span)
                {
                    skipped.Add(new Skipped(article.Id, new TextSpan(0, 0), quote ?? string.Empty, quote is null ? "the model gave no quote" : "the model's quote is not in the article"));
                    continue;
                }
                var provenance = new Provenance(article.Id, claim.Provenance.Attribution, article.Body[span.Start..span.End], span);
                claims.Add(ClaimCopy.With(claim, article.Id + "-" + (++number).ToString(CultureInfo.InvariantCulture), provenance, entityIds));
            }
            relations.AddRange(answer.Relations.Where(r => !relations.Contains(r)));
        }
        var set = new ClaimSet(claims, sources, known?.Entities, relations, known?.Title ?? "Claims extracted by a language model", known?.AsOf);
        return new ExtractionResult(set, articles, skipped);
    }

    /// <summary>Asks for one article's claims; sends a rejected answer back with its problems, up to the retries.</summary>
    private async Task<ClaimSet> AskAsync(Article article, ClaimSet? known, CancellationToken cancellationToken)
    {
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, Prompts.System),
            new(ChatRole.User, Prompts.ForArticle(article, known)),
        };
        var chatOptions = new ChatOptions
        {
            ResponseFormat = ChatResponseFormat.ForJsonSchema(ClaimSetSchema.Element, "factcheck_claims", "A factcheck/claims@1 claim set"),
            Temperature = 0,
            ModelId = options.ModelId,
        };
        for (var attempt = 0; ; attempt++)
        {
            var response = await client.GetResponseAsync(messages, chatOptions, cancellationToken).ConfigureAwait(false);
            var text = response.Text ?? string.Empty;
            try
            {
                return new ClaimSetReader().ReadString(text, article.Id + ".claims.json").ClaimSet;
            }
            catch (ClaimSetException e) when (attempt < options.Retries)
            {
                messages.Add(new ChatMessage(ChatRole.Assistant, text));
                messages.Add(new ChatMessage(ChatRole.User, Prompts.Problems(e.Problems)));
            }
        }
    }
}
