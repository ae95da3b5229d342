using System.Text.Json;

namespace FactCheck.Serialization;

/// <summary>
/// Writes a claim set as a <c>factcheck/claims@1</c> file, exactly as the format specifies: fields in a fixed
/// order, values in the grammar's words, times resolved. Reading the output back gives an equal claim set, and
/// the same claim set always gives the same bytes.
/// </summary>
public static class ClaimSetWriter
{
    /// <summary>
    /// Writes <paramref name="claims"/> to <paramref name="utf8Json"/> (which is left open), in pieces as they are made,
    /// ending with a newline as a file does, and flushes it once at the end: the bytes <see cref="WriteToString"/>'s text has.
    /// </summary>
    public static void Write(ClaimSet claims, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(utf8Json);
        // A writer on the stream itself would hold the whole text until disposed (in a buffer grown by doubling), or,
        // flushed as it goes, flush the caller's stream each time (which changes a compressing stream's bytes). The text
        // is made in pieces, as a report's is, and passed on from them.
        using (var output = Reporting.ChunkedJsonOutput.To(utf8Json))
        {
            Write(claims, output);
            output.Complete();
        }
        utf8Json.Flush();
    }

    /// <summary>The file text of <paramref name="claims"/>, ending with a newline.</summary>
    public static string WriteToString(ClaimSet claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        using var text = new MemoryStream();
        Write(claims, text);
        return System.Text.Encoding.UTF8.GetString(text.GetBuffer(), 0, (int)text.Length);
    }

    /// <summary>Writes the file, passing it on after each source, entity, relation and claim once a chunk is full.</summary>
    private static void Write(ClaimSet claims, Reporting.ChunkedJsonOutput output)
    {
        var json = output.Json;
        json.WriteStartObject();
        json.WriteString("format", ClaimSetReader.Format);
        if (claims.Title is { } title) json.WriteString("title", title);
        if (claims.AsOf is { } asOf) json.WriteString("asOf", Dates.Format(asOf));
        WriteArray(output, "sources", claims.Sources, WriteSource);
        WriteArray(output, "entities", claims.Entities, WriteEntity);
        WriteArray(output, "relations", claims.Relations, static (w, r) =>
        {
            w.WriteStartObject();
            if (r.ListsParts)
            {
                w.WriteString("whole", r.Whole);
                w.WritePropertyName("parts");
                w.WriteStartArray();
                foreach (var part in r.Parts) w.WriteStringValue(part);
                w.WriteEndArray();
                if (r.Complete) w.WriteBoolean("complete", true);
            }
            else
            {
                w.WriteString("part", r.Part);
                w.WriteString("whole", r.Whole);
            }
            w.WriteEndObject();
        });
        json.WritePropertyName("claims");
        json.WriteStartArray();
        foreach (var claim in claims.Claims)
        {
            WriteClaim(json, claim);
            output.FlushIfFull();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteArray<T>(Reporting.ChunkedJsonOutput output, string name, ValueArray<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.Count == 0) return;
        var json = output.Json;
        json.WritePropertyName(name);
        json.WriteStartArray();
        foreach (var item in items)
        {
            write(json, item);
            output.FlushIfFull();
        }
        json.WriteEndArray();
    }

    private static void WriteSource(Utf8JsonWriter json, Source source)
    {
        json.WriteStartObject();
        json.WriteString("id", source.Id);
        Optional(json, "title", source.Title);
        Optional(json, "publisher", source.Publisher);
        if (source.Published is { } published) json.WriteString("published", Dates.Format(published));
        Optional(json, "url", source.Url);
        if (source.Trust != SourceTrust.Normal) json.WriteString("trust", source.Trust == SourceTrust.Reference ? "reference" : "low");
        if (source.UtcOffset is { } offset) json.WriteString("utcOffset", TimesOfDay.Format(offset));
        json.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter json, Entity entity)
    {
        json.WriteStartObject();
        json.WriteString("id", entity.Id);
        Optional(json, "kind", entity.Kind);
        json.WriteString("name", entity.Name);
        if (entity.Aliases.Count > 0)
        {
            json.WritePropertyName("aliases");
            json.WriteStartArray();
            foreach (var alias in entity.Aliases) json.WriteStringValue(alias);
            json.WriteEndArray();
        }
        if (entity.Singular) json.WriteBoolean("singular", true);
        if (entity.Cumulative) json.WriteBoolean("cumulative", true);
        json.WriteEndObject();
    }

    /// <summary>The tense, written only when it is not the default past, so that files without it round-trip as they are.</summary>
    private static void Tense(Utf8JsonWriter json, ClaimTense tense)
    {
        if (tense == ClaimTense.Future) json.WriteString("tense", "future");
    }

    private static void WriteClaim(Utf8JsonWriter json, Claim claim)
    {
        json.WriteStartObject();
        json.WriteString("id", claim.Id);
        json.WriteString("kind", claim.Kind.ToString().ToLowerInvariant());
        switch (claim)
        {
            case Observation o:
                Subject(json, "subject", o.Subject, o.Metric);
                Value(json, "value", o.Value);
                Unit(json, o.Unit);
                json.WriteString("time", o.Instant is { } observed ? TimesOfDay.Format(observed) : o.Time.ToString());
                Optional(json, "basis", o.Basis);
                if (o.Projection) json.WriteBoolean("projection", true);
                Optional(json, "revises", o.Revises);
                break;
            case Target t:
                Subject(json, "subject", t.Subject, t.Metric);
                Value(json, "value", t.Value);
                Unit(json, t.Unit);
                if (t.Deadline is { } deadline) json.WriteString("deadline", deadline.ToString());
                json.WriteString("stated", t.Stated.ToString());
                Tense(json, t.Tense);
                Optional(json, "basis", t.Basis);
                break;
            case Change c:
                Subject(json, "subject", c.Subject, c.Metric);
                json.WriteString("direction", c.Direction.ToString().ToLowerInvariant());
                if (c.Magnitude is { IsSignificant: true }) json.WriteString("magnitude", "significant");
                else if (c.Magnitude is { Factor: not null } or { IsPercentagePoints: true }) json.WriteString("magnitude", c.Magnitude.ToSpecText(SpecText.Words));
                else if (c.Magnitude?.Amount is { } amount) Value(json, "magnitude", amount);
                Unit(json, c.Unit);
                json.WriteString("time", c.Period.ToString());
                Tense(json, c.Tense);
                break;
            case Event e:
                json.WriteString("subject", e.Subject);
                json.WriteString("time", e.Instant is { } happened ? TimesOfDay.Format(happened) : e.Time.ToString());
                if (e.Weekday is { } weekday) json.WriteString("weekday", weekday.ToString());
                Tense(json, e.Tense);
                break;
            case Mention m:
                json.WriteString("name", m.Name);
                Optional(json, "entity", m.Entity);
                Optional(json, "role", m.Role);
                if (m.Singular) json.WriteBoolean("singular", true);
                break;
            case Share s:
                json.WriteString("part", s.Part);
                json.WriteString("whole", s.Whole);
                if (!Metrics.IsCount(s.Metric)) json.WriteString("metric", s.Metric);
                Value(json, "value", s.Value);
                json.WriteString("time", s.Time.ToString());
                Optional(json, "basis", s.Basis);
                break;
        }
        var provenance = claim.Provenance;
        Optional(json, "source", provenance.Source);
        Optional(json, "attribution", provenance.Attribution);
        Optional(json, "quote", provenance.Quote);
        if (provenance.Span is { } span)
        {
            json.WritePropertyName("span");
            json.WriteStartArray();
            json.WriteNumberValue(span.Start);
            json.WriteNumberValue(span.End);
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void Subject(Utf8JsonWriter json, string name, string subject, string metric)
    {
        json.WriteString(name, subject);
        if (!Metrics.IsCount(metric)) json.WriteString("metric", metric);
    }

    private static void Unit(Utf8JsonWriter json, Unit unit)
    {
        if (!unit.IsNone) json.WriteString("unit", unit.Name);
    }

    private static void Value(Utf8JsonWriter json, string name, Quantity value)
    {
        if (SpecText.Of(value) is { } text)
        {
            json.WriteString(name, text);
            return;
        }
        var interval = value.ToInterval(default);
        json.WritePropertyName(name);
        json.WriteStartObject();
        json.WriteNumber("min", value.Value);
        if (!interval.MinInclusive) json.WriteBoolean("minExclusive", true);
        json.WriteNumber("max", value.UpperValue);
        if (!interval.MaxInclusive) json.WriteBoolean("maxExclusive", true);
        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }
}
