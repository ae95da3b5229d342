using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Reading;

namespace FactCheck.Extraction.Drafting;

/// <summary>
/// Dated events: the desk's declared events by name and alias, elections, announcements, briefings ("told reporters today"),
/// statements ("said on Tuesday"), meetings and agreements, each with a key built from who and what.
/// </summary>
internal sealed partial class ArticleReader
{
    private static readonly WordList ElectionTypes = WordList.Of(
        "presidential", "parliamentary", "general", "legislative", "local", "municipal", "mayoral", "regional", "midterm", "senate");

    private void ReadEvents(SentenceContext sentence)
    {
        if (sentence.Times.Count == 0 || !hasAnchor) return;
        var t = sentence.Tokens;
        // Searched where it stands: a copy of every dated sentence was made for the desk's events, which most desks declare none of.
        var sentenceText = body.AsSpan(sentence.Start, sentence.End - sentence.Start);
        var declared = false;
        foreach (var known in desk.Events)
        {
            foreach (var name in known.Aliases.Prepend(known.Name))
            {
                var at = sentenceText.IndexOf(name, StringComparison.OrdinalIgnoreCase);
                if (at < 0) continue;
                var from = sentence.Start + at;
                var index = t.FindIndex(x => x.Start >= from);
                if (index >= 0 && sentence.NearestTime(index, m => m.Time.Precision is TimePrecision.Day or TimePrecision.Month) is { } when && Math.Abs(when.First - index) <= 8)
                {
                    AddEvent(sentence, known.Id, index, when, null);
                    declared = true;
                    break;
                }
            }
        }
        for (var i = 0; i < t.Count; i++)
        {
            var w = t[i].Lower;
            if (!declared && w is "election" or "elections" or "re-election" or "reelection")
            {
                var when = sentence.NearestTime(i, i, static (m, i) => m.First > i && m.First <= i + 6 && m.Time.Precision == TimePrecision.Day);
                if (when is null) continue;
                var type = i > 0 && ElectionTypes.Contains(t[i - 1]) ? t[i - 1].Lower
                    : w.StartsWith("re", StringComparison.Ordinal) && sentence.People.Any(p => p.Role?.Contains("President", StringComparison.Ordinal) == true) ? "presidential"
                    : null;
                // Whose election: an actor or adjective before it ("the American election campaign", "the White House"), not a place named in passing.
                var country = sentence.Places.LastWhere(i, static (p, i) => p.Last < i && p.Lead.Length == 0)?.Entry.Country
                    ?? sentence.Places.LastWhere(i, static (p, i) => p.Last < i && !p.Entry.IsActorOnly)?.Entry.Country
                    ?? sentence.Places.FirstOrDefault(p => !p.Entry.IsActorOnly)?.Entry.Country
                    ?? sentence.Places.FirstOrDefault()?.Entry.Country;
                var key = string.Join('-', new[] { country, type, "election", when.Time.Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Where(p => p is not null));
                AddEvent(sentence, key, i, when, null);
                declared = true;
            }
            else if (w is "announced" && sentence.NearestTime(i, i, static (m, i) => Math.Abs(m.First - i) <= 3 && m.Time.Precision == TimePrecision.Day) is { } announced)
            {
                var who = sentence.Places.LastWhere(i, static (p, i) => p.Last < i)?.Entry.Country;
                var where = sentence.Places.FirstWhere(i, static (p, i) => p.First > i && p.IsPlace && p.Lead.Length > 0)?.Entry.Country;
                var topic = TopicAfter(t, i);
                var topicKey = topic is null ? null : Words.ReduceVerbs.Contains(topic) ? "drawdown" : "buildup";
                AddEvent(sentence, string.Join('-', new[] { who, where, topicKey, "announcement" }.Where(p => p is not null)), i, announced, null);
            }
            else if (w is "told" && i + 1 < t.Count && t[i + 1].Lower is "reporters" or "journalists" or "the"
                && sentence.NearestTime(i, i, static (m, i) => m.First > i && m.First <= i + 3 && m.Time.Precision == TimePrecision.Day) is { } briefing
                && sentence.People.LastWhere(i, static (p, i) => p.Last < i) is { } speaker)
            {
                AddEvent(sentence, Slug.Of(KeyName(speaker.Surname)) + "-briefing", i, briefing, FullName(speaker));
            }
            else if (w is "said" && i + 1 < t.Count && t[i + 1].Is("on") && sentence.NearestTime(i, i, static (m, i) => m.First == i + 2 && m.Time.Precision == TimePrecision.Day) is { } statement)
            {
                var org = sentence.Places.LastWhere(i, static (p, i) => p.Last < i && p.Last >= i - 4);
                var person = sentence.People.LastWhere(i, static (p, i) => p.Last < i && p.Last >= i - 4);
                var speakerKey = person is not null ? Slug.Of(KeyName(person.Surname)) : org is not null ? Slug.Of(org.Phrase) : null;
                if (speakerKey is not null) AddEvent(sentence, speakerKey + "-statement", i, statement, person is null ? null : FullName(person));
            }
            else if (w is "meeting" && i + 1 < t.Count && t[i + 1].Is("with") && sentence.NearestTime(i, m => m.Time.Precision is TimePrecision.Day or TimePrecision.Month) is { } met)
            {
                var host = sentence.People.LastWhere(i, static (p, i) => p.Last < i);
                var guest = sentence.People.FirstWhere(i, static (p, i) => p.First > i);
                if (host is not null && guest is not null)
                {
                    AddEvent(sentence, Slug.Of(KeyName(host.Surname)) + "-" + Slug.Of(KeyName(guest.Surname)) + "-meeting", i, met, FullName(host));
                }
            }
            else if (w is "agreement" or "deal" or "accord" or "treaty" && sentence.NearestTime(i, i, static (m, i) => m.First > i && m.First <= i + 4 && m.Time.Precision is TimePrecision.Day or TimePrecision.Month) is { } signed)
            {
                var between = t.FindIndex(i, x => x.Is("between"));
                if (between < 0 || between > i + 8) continue;
                var parties = sentence.Places.Where(p => p.First > between && p.First <= between + 6).Select(p => p.Entry.Country).Distinct(StringComparer.Ordinal).Take(2).ToList();
                if (parties.Count == 2) AddEvent(sentence, parties[0] + "-" + parties[1] + "-agreement", i, signed, null);
            }
        }
    }

    /// <summary>
    /// What an announcement is about: the first word of a drawdown or a buildup in the eleven tokens after it. A method of
    /// its own, as a lambda over the sentence's tokens made ReadEvents allocate a closure for every dated sentence.
    /// </summary>
    private static string? TopicAfter(List<Text.Token> t, int i)
    {
        for (var k = i + 1; k < Math.Min(t.Count, i + 12); k++)
        {
            var x = t[k].Lower;
            if (Words.ReduceVerbs.Contains(x) || Words.IncreaseVerbs.Contains(x) || x == "deployment") return x;
        }
        return null;
    }

    /// <summary>A surname as keys use it: "Al-Kazemi" is "Kazemi".</summary>
    private static string KeyName(string surname) =>
        surname.StartsWith("Al-", StringComparison.OrdinalIgnoreCase) || surname.StartsWith("El-", StringComparison.OrdinalIgnoreCase) ? surname[3..] : surname;

    private void AddEvent(SentenceContext sentence, string subject, int index, TimeMention when, string? person)
    {
        var span = Clause(sentence, Math.Min(index, when.First), Math.Max(index, when.Last));
        Drafts.Add(new Draft
        {
            Kind = ClaimKind.Event, Subject = desk.SubjectFor(subject), Start = span.Start, End = span.End, Time = when.Time, Weekday = when.Weekday,
            Attribution = AttributionAt(sentence, span.Start, index), PersonInSubject = person,
        });
    }

    /// <summary>People named in the sentence: one mention each per article, with the first role the article gives them.</summary>
    private void ReadMentions(SentenceContext sentence)
    {
        foreach (var person in sentence.People)
        {
            var name = FullName(person);
            var existing = Drafts.FirstWhere(name, static (d, name) => d.Kind == ClaimKind.Mention && string.Equals(d.Name, name, StringComparison.Ordinal));
            if (existing is not null)
            {
                existing.Role ??= person.Role;
                continue;
            }
            if (!name.Contains(' ', StringComparison.Ordinal) && person.Role is null) continue;
            var span = SpanOf(sentence, person.First, person.Last);
            Drafts.Add(new Draft
            {
                Kind = ClaimKind.Mention, Subject = string.Empty, Name = name, Role = person.Role, Entity = desk.PersonNamed(name)?.Id,
                Start = span.Start, End = span.End,
            });
        }
    }
}
