namespace FactCheck.Extraction.Drafting;

/// <summary>
/// An article that counts the cases of one disease names it once and then leaves it out: "1,284 suspected cholera cases as of
/// Sunday", later "Mombasa had logged 1,348 suspected cases by Sunday evening". Suspected, confirmed or new cases without
/// their disease are of the one the article names, so that both figures are one subject's and FC001 can hold them against
/// each other. Not cases of no such word ("courts cleared 3,000 cases"), and not where the article names cases of two
/// diseases ("cholera" and "dengue fever"), whose unnamed cases could be either's.
/// </summary>
internal static class KindOfCases
{
    /// <summary>Words that say which of a disease's cases are counted, not which disease: "new", "suspected", "confirmed".</summary>
    internal static bool IsQualifier(ReadOnlySpan<char> word) =>
        word is "new" or "suspected" or "confirmed" or "probable" or "active" or "total" or "reported" or "registered" or "cumulative" or "daily" or "weekly" or "local" or "imported";

    /// <summary>Whether a word before "cases" says which of them or whose disease they are: "confirmed", "suspected", "mpox".</summary>
    internal static bool SaysWhichOrWhose(ReadOnlySpan<char> word) => IsQualifier(word) || IsDisease(word);

    /// <summary>The diseases news counts cases of, as their words stand in a measure's key ("yellow-fever" is its own two).</summary>
    private static bool IsDisease(ReadOnlySpan<char> word) =>
        word is "cholera" or "measles" or "dengue" or "mpox" or "malaria" or "polio" or "diphtheria" or "typhoid" or "ebola" or "lassa" or "meningitis"
            or "tuberculosis" or "tb" or "hepatitis" or "covid" or "influenza" or "flu" or "pertussis" or "chikungunya" or "anthrax" or "rabies" or "mumps"
            or "marburg" or "zika" or "leptospirosis" or "plague" or "norovirus" or "hiv";

    internal static void NameTheOne(List<Draft> drafts)
    {
        string? disease = null;
        foreach (var draft in drafts)
        {
            if (DiseaseOf(draft.Subject) is not { } named) continue;
            if (disease is not null && disease != named) return;
            disease = named;
        }
        if (disease is null) return;
        foreach (var draft in drafts)
        {
            draft.Subject = WithDisease(draft.Subject, disease);
            if (draft.PartOf is { } whole) draft.PartOf = WithDisease(whole, disease);
        }
    }

    /// <summary>The one word of a measure of cases ("suspected-cholera-cases/kenya") that is no qualifier, or null for a measure of no named disease or another measure.</summary>
    private static string? DiseaseOf(string subject)
    {
        var measure = Measure(subject);
        if (!measure.EndsWith("cases", StringComparison.Ordinal)) return null;
        string? named = null;
        foreach (var range in measure.Split('-'))
        {
            var word = measure[range];
            if (word is "cases" || IsQualifier(word)) continue;
            // "latest-cases": a word of no disease, which says the measure is another's; "dengue-fever-cases" is dengue fever's.
            if (!IsDisease(word) && word is not ("fever" or "cough" or "whooping" or "yellow" or "scarlet" or "bird" or "swine" or "virus")) return null;
            named = named is null ? word.ToString() : named + "-" + word.ToString();
        }
        return named;
    }

    /// <summary>"suspected-cases/kenya" as "suspected-cholera-cases/kenya": the disease before "cases" in a measure of cases that says which but names no disease.</summary>
    private static string WithDisease(string subject, string disease)
    {
        var measure = Measure(subject);
        // Only cases a word says which of ("suspected-cases"): plain "cases" may be a court's.
        if (!measure.EndsWith("cases", StringComparison.Ordinal) || measure.Length <= 6 || measure[^6] != '-') return subject;
        foreach (var range in measure.Split('-'))
        {
            var word = measure[range];
            if (word is not "cases" && !IsQualifier(word)) return subject;
        }
        return string.Concat(measure[..^5], disease, "-", subject.AsSpan(measure.Length - 5));
    }

    private static ReadOnlySpan<char> Measure(string subject) => subject.IndexOf('/') is > 0 and var slash ? subject.AsSpan(0, slash) : subject;
}
