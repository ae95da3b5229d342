using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Reading;

/// <summary>
/// Finds people named with a title ("General Kenneth McKenzie", "US President Donald Trump", "Prime Minister Al-Kazemi"),
/// after a role and a comma ("the US President, Donald Trump"), or as a declared person of the desk, with the role the
/// text gives them before or after the name.
/// </summary>
internal static class PersonReader
{
    internal static List<PersonHit> Read(string body, List<Token> tokens, Gazetteer gazetteer, IReadOnlyList<string> knownNames)
    {
        var hits = new List<PersonHit>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var nameStart = -1;
            var roleEnd = -1;
            if (IsTitle(tokens[i]))
            {
                var k = i;
                // "Chief Financial Officer Bill Brown", "Chief Human Resources Officer Michael Niggemann": a role's words after its title.
                while (k < tokens.Count && (IsTitle(tokens[k]) || (k > i && tokens[k].IsCapitalized && RoleWords.Contains(tokens[k])))) k++;
                if (k < tokens.Count && tokens[k].Text == "," && k + 1 < tokens.Count && IsNameWord(tokens[k + 1], gazetteer) && Roles.Heads.Contains(tokens[k - 1].Text))
                {
                    // "the US President, Donald Trump"
                    roleEnd = k - 1;
                    nameStart = k + 1;
                }
                else if (k < tokens.Count && IsNameWord(tokens[k], gazetteer))
                {
                    roleEnd = k - 1;
                    nameStart = k;
                }
            }
            else if (Known(body, tokens, i, knownNames) is var knownLast and >= 0)
            {
                hits.Add(new PersonHit(i, knownLast, body[tokens[i].Start..tokens[knownLast].End], RoleAround(body, tokens, i, knownLast, -1)));
                i = knownLast;
                continue;
            }
            if (nameStart < 0) continue;
            var last = nameStart;
            while (last + 1 < tokens.Count && last + 1 < nameStart + 3 && IsNameWord(tokens[last + 1], gazetteer)) last++;
            var name = body[tokens[nameStart].Start..tokens[last].End];
            hits.Add(new PersonHit(nameStart, last, name, RoleAround(body, tokens, nameStart, last, roleEnd)));
            i = last;
        }
        return hits;
    }

    /// <summary>A bare surname or first name ("McKenzie, commander of …", "Kenneth said") of a person already met.</summary>
    internal static PersonHit? Bare(string body, List<Token> tokens, int i, List<PersonHit> met)
    {
        if (!tokens[i].IsCapitalized) return null;
        foreach (var person in met)
        {
            if (string.Equals(person.Surname, tokens[i].Text, StringComparison.Ordinal) || string.Equals(person.FirstName, tokens[i].Text, StringComparison.Ordinal))
            {
                return new PersonHit(i, i, person.Name, RoleAround(body, tokens, i, i, -1));
            }
        }
        return null;
    }

    private static int Known(string body, List<Token> tokens, int i, IReadOnlyList<string> knownNames)
    {
        if (!tokens[i].IsCapitalized) return -1;
        foreach (var name in knownNames)
        {
            var words = name.Count(c => c == ' ') + 1;
            if (i + words > tokens.Count) continue;
            var last = i + words - 1;
            if (string.Equals(body[tokens[i].Start..tokens[last].End], name, StringComparison.OrdinalIgnoreCase)) return last;
        }
        return -1;
    }

    /// <summary>Words of a role that follow a title and are no name: "Chief Financial Officer", "Chief Human Resources Officer".</summary>
    private static readonly WordList RoleWords = WordList.Of(
        "financial", "officer", "executive", "operating", "human", "resources", "information", "technology", "marketing", "communications", "medical", "scientific", "economic", "economist");

    private static bool IsTitle(Token token) => token.IsCapitalized && Words.Titles.Contains(token);

    private static bool IsNameWord(Token token, Gazetteer gazetteer) =>
        token.IsCapitalized && !Words.Titles.Contains(token) && !Words.MonthNumbers.ContainsKey(token.Lower) && !Words.Weekdays.ContainsKey(token.Lower)
        && gazetteer.Find(token.Text) is null && token.Text.Length > 1 && !token.Text.Contains('.', StringComparison.Ordinal)
        && token.Lower is not ("the" or "in" or "on" or "and" or "of");

    /// <summary>
    /// The role around a name: the words that lead to it ("US President", "Iraqi Prime Minister" from <paramref name="roleEnd"/>
    /// back), an apposition before it ("The Commander of the US Central Command, General …"), or one after it (", chief of …").
    /// </summary>
    private static string? RoleAround(string body, List<Token> tokens, int first, int last, int roleEnd)
    {
        if (roleEnd >= 0)
        {
            var start = roleEnd;
            while (start > 0 && (Words.Titles.Contains(tokens[start - 1]) || (tokens[start - 1].IsCapitalized && IsPlaceWord(tokens[start - 1]))) && !(start - 1 == 0 && tokens[0].Is("the"))) start--;
            // "Economy Secretary Kate Forbes", "Police Minister Senzo Mchunu", "Retamas Mayor Aldo Mariños": the portfolio or
            // place the title is of, where the role had been the bare title.
            if (start > 0 && Roles.Heads.Contains(tokens[start].Text) && tokens[start - 1] is { IsWord: true, IsCapitalized: true, IsPossessive: false } portfolio
                && !Words.Titles.Contains(portfolio) && portfolio.Lower is not ("the" or "a" or "an" or "and" or "but" or "as" or "when" or "after" or "by")
                && !Words.Weekdays.ContainsKey(portfolio.Lower) && !Words.MonthNumbers.ContainsKey(portfolio.Lower))
            {
                start--;
                // "Chief Financial Officer Bill Brown": the titles before the portfolio too.
                while (start > 0 && (Words.Titles.Contains(tokens[start - 1]) || (tokens[start - 1].IsCapitalized && RoleWords.Contains(tokens[start - 1]))) && !(start - 1 == 0 && tokens[0].Is("the"))) start--;
            }
            var hasHead = false;
            for (var k = start; k <= roleEnd; k++) hasHead |= Roles.Heads.Contains(tokens[k].Text);
            if (hasHead && (start < roleEnd || tokens[start].Text is not ("General" or "Gen." or "Gen" or "Mr" or "Mr." or "Mrs." or "Dr." or "Ms.")))
            {
                return Roles.Canonical(body[tokens[start].Start..tokens[roleEnd].End]);
            }
            // "General Kenneth MacKenzie" after "The Commander of …,": the apposition before the title.
            first = start;
        }
        if (first >= 2 && tokens[first - 1].Text == ",")
        {
            var end = first - 2;
            for (var k = end; k >= Math.Max(0, end - 9); k--)
            {
                if (tokens[k].Text is "," or ";" or "." or "\u201C" or "\"") break;
                if (Roles.Heads.Contains(tokens[k].Text) && k + 1 <= end && tokens[k + 1].Is("of"))
                {
                    return Roles.Canonical(body[tokens[k].Start..tokens[end].End]);
                }
            }
        }
        if (last + 2 < tokens.Count && tokens[last + 1].Text == ",")
        {
            var start = last + 2;
            if (tokens[start].Is("the")) start++;
            if (start < tokens.Count && tokens[start].Is("new")) start++;
            if (start < tokens.Count && Roles.Heads.Contains(tokens[start].Text) && !tokens[start].IsCapitalized || (start < tokens.Count && tokens[start].Is("commander")))
            {
                var end = start;
                while (end + 1 < tokens.Count && tokens[end + 1].Text is not ("," or "." or ";" or "\u201D" or "\"") && end - start < 10) end++;
                return Roles.Canonical(body[tokens[start].Start..tokens[end].End]);
            }
        }
        return null;
    }

    private static bool IsPlaceWord(Token token) => Gazetteer.Default.Find(token.Text) is { IsActorOnly: false };
}
