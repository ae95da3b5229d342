using System.Globalization;
using System.Text;

namespace FactCheck.Extraction.AI;

/// <summary>What the model is told: the format's rules, the article, and, on a retry, what was wrong.</summary>
internal static class Prompts
{
    internal const string System = """
        You extract the factual claims a news article makes, as a FactCheck claim set (format "factcheck/claims@1").
        Kinds: observation (a figure of a subject at a time), target (a figure someone aims to reach, with an optional deadline),
        change (a direction of change over a period, only when stated in the past or perfect tense), event (something dated),
        mention (a person named, with their role), share (a part's share of a whole).
        Subjects are "<who>-<what>/<where>" in lower case: "8,600 American soldiers in Afghanistan" is "us-troops/afghanistan".
        Write values as stated ("about 5,200", "less than five thousand", "between 4,000 and 5,000"). Casualties, ages, years and
        money of something else are not figures of the subject. Every claim has "source" (the article's id) and "quote": the
        article's exact words it comes from, copied character for character. Answer with the JSON document only.
        """;

    internal static string ForArticle(Article article, ClaimSet? known)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Article id: {article.Id}\n");
        if (article.Published is { } published) text.Append(CultureInfo.InvariantCulture, $"Published: {published:yyyy-MM-dd} (include it as the source's \"published\")\n");
        if (known is not null && known.Entities.Count > 0)
        {
            text.Append("The desk's declared entities (use their ids as subjects, entities and event subjects):\n");
            foreach (var entity in known.Entities) text.Append(CultureInfo.InvariantCulture, $"- {entity.Id} ({entity.Kind ?? "group"}): {string.Join(", ", entity.Aliases.Prepend(entity.Name))}\n");
        }
        text.Append('\n').Append(article.Body);
        return text.ToString();
    }

    internal static string Problems(IReadOnlyList<ClaimSetProblem> problems)
    {
        var text = new StringBuilder("The claim set reader rejected your answer. Fix every problem and answer with the whole corrected document:\n");
        foreach (var problem in problems) text.Append("- ").Append(problem).Append('\n');
        return text.ToString();
    }
}
