using System.Globalization;
using System.Text.Json;
using NodaTime;

namespace FactCheck.Serialization;

/// <summary>
/// Turns the claim objects of one file into claims: checks each one's fields for its kind, reads values in their
/// string and object forms into a <see cref="ClaimDraft"/>, and reports every problem with the field's path and
/// position. One reader, and one draft, serve a whole file, claim after claim, so that a million claims do not make
/// a million readers. A claim's way to the set is three files: this one fills the draft, <see cref="ClaimDraft.Build"/>
/// checks and makes the claim, and <see cref="ClaimSetBuilder"/> takes its id and checks its references. Plain claims
/// take a shortcut for the first step: <see cref="ClaimBytesReader"/> fills their drafts straight from their bytes,
/// and gives every claim it is not sure of to this reader (see <see cref="ClaimPipeline"/>).
/// </summary>
internal sealed class ClaimReader
{
    private static readonly string[] Common = ["id", "kind", "source", "attribution", "quote", "span"];

    private static readonly ulong CommonMask = KnownField.Mask(Common);

    private static readonly KindFields Observations = new(ClaimKind.Observation, ["subject", "metric", "value", "unit", "time", "basis", "projection", "revises"]);
    private static readonly KindFields Targets = new(ClaimKind.Target, ["subject", "metric", "value", "unit", "deadline", "stated", "tense", "basis"]);
    private static readonly KindFields Changes = new(ClaimKind.Change, ["subject", "metric", "direction", "magnitude", "unit", "time", "tense"]);
    private static readonly KindFields Events = new(ClaimKind.Event, ["subject", "time", "weekday", "tense"]);
    private static readonly KindFields Mentions = new(ClaimKind.Mention, ["name", "entity", "role", "singular"]);
    private static readonly KindFields Shares = new(ClaimKind.Share, ["part", "whole", "value", "time", "metric", "basis"]);

    /// <summary>The fields a kind of claim has besides the common ones, as names and as a mask of <see cref="KnownField"/> bits.</summary>
    private sealed class KindFields(ClaimKind kind, string[] names)
    {
        internal ClaimKind Kind { get; } = kind;

        internal string[] Names { get; } = names;

        internal ulong Mask { get; } = KnownField.Mask(names);
    }

    private static KindFields? FieldsOf(string kind) => kind switch
    {
        "observation" => Observations,
        "target" => Targets,
        "change" => Changes,
        "event" => Events,
        "mention" => Mentions,
        "share" => Shares,
        _ => null,
    };

    private readonly NodeReader nodes;
    private readonly LocalDate? asOf;
    private readonly ClaimTexts texts = new();
    private readonly ClaimBuildContext context;
    private JsonValue node;
    private int index;
    private bool ok;

    /// <summary>The claim being read: one draft for all the claims of a file, filled afresh for each.</summary>
    private ClaimDraft draft;

    internal ClaimReader(NodeReader nodes, LocalDate? asOf)
    {
        this.nodes = nodes;
        this.asOf = asOf;
        context = new ClaimBuildContext(nodes.Session.ListedSources, null, []);
    }

    private ReadSession Session => nodes.Session;

    /// <summary>
    /// Numbers <paramref name="claim"/>, the <paramref name="claimIndex"/>th entry of its file's claims, and takes its
    /// id. Done in file order before the claim is converted, by whichever thread has time (see
    /// <see cref="ClaimPipeline"/>); what it finds is reported when the claim is converted.
    /// </summary>
    internal ClaimTicket Register(JsonValue claim, int claimIndex)
    {
        if (claim.Kind != JsonValueKind.Object) return default;
        var id = claim[KnownField.Id];
        var text = id.Kind == JsonValueKind.String ? id.Text : null;
        return Register(text, text?.GetHashCode() ?? 0, claim.Position, claimIndex);
    }

    /// <summary>
    /// Readies the id table for the claims with <paramref name="ids"/> to be numbered next, in that order, giving their
    /// hashes in <paramref name="hashes"/> (see <see cref="ClaimSetBuilder.ReadyToNumber"/>).
    /// </summary>
    internal void ReadyToNumber(ReadOnlySpan<string?> ids, Span<int> hashes) => Session.Builder.ReadyToNumber(ids, hashes);

    /// <summary>
    /// Numbers the claim with <paramref name="id"/>, whose hash is <paramref name="idHash"/> (see
    /// <see cref="ReadyToNumber"/>), that starts at <paramref name="position"/>, as <see cref="Register(JsonValue, int)"/> does.
    /// </summary>
    internal ClaimTicket Register(string? id, int idHash, (int Line, int Column) position, int claimIndex)
    {
        if (Session.ClaimCount >= Session.Options.MaxClaims) return new ClaimTicket(ClaimTicketKind.OverLimit, default);
        Session.BeginClaim(claimIndex, new ClaimLocation(nodes.File, position.Line, position.Column));
        return Session.Builder.NumberClaim(id is not null && NodeReader.IsIdentifier(id) ? id : null, idHash, out var first)
            ? new ClaimTicket(ClaimTicketKind.Taken, default)
            : new ClaimTicket(ClaimTicketKind.Duplicate, Session.WhereIs(first));
    }

    /// <summary>
    /// Checks every field of <paramref name="claim"/>, the <paramref name="claimIndex"/>th of its file, into the draft,
    /// reporting each problem, and hands the draft to the builder, which builds it (or keeps it while its times wait
    /// for the sources) and answers for the model's checks at each field.
    /// </summary>
    /// <returns>Whether the claim was read without a problem.</returns>
    internal bool Read(JsonValue claim, int claimIndex, ClaimTicket ticket)
    {
        node = claim;
        index = claimIndex;
        ok = true;
        if (ticket.Kind == ClaimTicketKind.OverLimit)
        {
            nodes.Problem(new FieldPath("$.claims", index, null), node, $"The claim set holds more than {Session.Options.MaxClaims} claims, the most this reader is set to read.");
            return false;
        }
        nodes.Owner = node.Position;
        var idNode = node[KnownField.Id];
        var id = nodes.Identifier(idNode, At("id"), true);
        var kindNode = node[KnownField.Kind];
        var kind = nodes.String(kindNode, At("kind"), true);
        var allowed = kind is null ? null : FieldsOf(kind);
        if (kind is not null && allowed is null)
        {
            Fail("kind", kindNode, $"Unknown kind '{kind}'; a claim is an observation, target, change, event, mention or share.");
            kind = null;
        }
        if (id is null || allowed is null) ok = false;
        // The mask rules out unknown fields at once; only a claim that has one is looked at name by name.
        if (allowed is not null && (node.Node!.HasUnknownNames || (node.Node.Present & ~(CommonMask | allowed.Mask)) != 0))
        {
            foreach (var (name, value) in node.Fields)
            {
                if (Array.IndexOf(Common, name) < 0 && Array.IndexOf(allowed.Names, name) < 0)
                {
                    Fail(name, value, $"Unknown field '{name}' on {Article(kind!)} {kind}; expected {string.Join(", ", Common.Concat(allowed.Names))} (extensions are named \"x-…\").");
                }
            }
        }
        if (ticket.Kind == ClaimTicketKind.Duplicate)
        {
            Fail("id", idNode, $"The claim id '{id}' is used twice; it was first used at {ticket.FirstUse}.");
        }
        // Cleared and filled in place: the draft is large, and a fresh one per claim would be built and then copied.
        draft = default;
        draft.Kind = allowed?.Kind ?? ClaimKind.Observation;
        draft.Id = id ?? string.Empty;
        draft.AsOf = asOf;
        draft.SharedProvenance = Provenance(out var sourceListed);
        draft.SourceListed = sourceListed;
        switch (allowed is null ? (ClaimKind?)null : draft.Kind)
        {
            case ClaimKind.Observation: Observation(); break;
            case ClaimKind.Target: Target(); break;
            case ClaimKind.Change: Change(); break;
            case ClaimKind.Event: Event(); break;
            case ClaimKind.Mention: Mention(); break;
            case ClaimKind.Share: Share(); break;
        }
        var built = Session.Builder.AddRead(draft, context, failed: !ok);
        // What the model's checks found, at the fields that break them.
        foreach (var problem in context.Problems) Fail(problem.Field!, node[problem.Field!], problem.Problem.Message);
        context.Problems.Clear();
        return built;
    }

    /// <summary>
    /// Adds a claim that <see cref="ClaimBytesReader"/> drafted from <paramref name="claim"/>, its bytes, which start at
    /// <paramref name="start"/> in the file: shares its provenance and hands it to the builder as <see cref="Read(JsonValue, int, ClaimTicket)"/>
    /// does, and locates what the model's checks find there from the bytes.
    /// </summary>
    internal void Read(ClaimDraft drafted, ReadOnlySpan<byte> claim, (int Line, int Column) start, int claimIndex, JsonReaderOptions options)
    {
        index = claimIndex;
        drafted.AsOf = asOf;
        var (source, attribution, quote) = (drafted.Source, drafted.Attribution, drafted.Quote);
        // Where the claim names its source is looked for only when the source is not listed yet, which is rare.
        var listed = Session.ListedProvenance(source, attribution);
        var shared = listed
            ?? Session.UnlistedProvenance(source!, attribution, Session.Builder.ClaimCount, Located(claim, start, "source", options), nodes.File);
        drafted.SharedProvenance = WithQuote(shared, source, attribution, quote, null);
        drafted.SourceListed = listed is not null;
        (drafted.Source, drafted.Attribution, drafted.Quote) = (null, null, null);
        Session.Builder.AddRead(drafted, context, failed: false);
        foreach (var problem in context.Problems) nodes.Problem(At(problem.Field!), Located(claim, start, problem.Field!, options), problem.Problem.Message);
        context.Problems.Clear();
    }

    /// <summary>The value of <paramref name="field"/> in a claim's bytes, as a node would stand for it in a problem: where it starts.</summary>
    private static JsonValue Located(ReadOnlySpan<byte> claim, (int Line, int Column) start, string field, JsonReaderOptions options) =>
        new(JsonValueKind.String, string.Empty, ClaimBytesReader.Locate(claim, start, field, options));

    /// <summary>The shared provenance, or one of the claim's own when it quotes its source or says where the quote stands.</summary>
    private static Provenance WithQuote(Provenance shared, string? source, string? attribution, string? quote, TextSpan? span) =>
        string.IsNullOrWhiteSpace(quote) && span is null ? shared : new Provenance(source, attribution, quote, span);

    private FieldPath At(string field) => new("$.claims", index, field);

    private FieldPath At(int field) => At(KnownField.Names[field]);

    /// <summary>
    /// The common fields: one shared provenance for the many claims that say only their source, or their source and who
    /// said it; <paramref name="sourceListed"/> as <see cref="ClaimDraft.SourceListed"/> says.
    /// </summary>
    private Provenance Provenance(out bool sourceListed)
    {
        var sourceNode = node[KnownField.Source];
        var source = nodes.Identifier(sourceNode, At("source"), false);
        var attribution = nodes.String(node[KnownField.Attribution], At("attribution"), false);
        var quote = nodes.String(node[KnownField.Quote], At("quote"), false);
        var span = node[KnownField.Span] is { IsMissing: false } spanNode ? Span(spanNode) : null;
        return WithQuote(Session.Provenance(source, attribution, Session.Builder.ClaimCount, sourceNode, nodes.File, out sourceListed), source, attribution, quote, span);
    }

    private void Observation()
    {
        draft.Subject = Subject(KnownField.Subject);
        draft.Value = Value(KnownField.Value) ?? default;
        draft.Unit = UnitOf(Unit());
        draft.Metric = Metric();
        draft.Time = Time(KnownField.Time, out var instant);
        draft.Instant = instant;
        draft.Basis = Basis();
        draft.Projection = Flag(node, KnownField.Projection, new FieldPath("$.claims", index, null));
        draft.Revises = nodes.Identifier(node[KnownField.Revises], At("revises"), false);
    }

    private void Target()
    {
        draft.Subject = Subject(KnownField.Subject);
        draft.Value = Value(KnownField.Value) ?? default;
        draft.Unit = UnitOf(Unit());
        draft.Metric = Metric();
        draft.Deadline = Time(KnownField.Deadline);
        draft.Stated = Time(KnownField.Stated);
        draft.Tense = Tense();
        draft.Basis = Basis();
    }

    private void Change()
    {
        draft.Subject = Subject(KnownField.Subject);
        var magnitude = draft.Magnitude = Magnitude(node[KnownField.Magnitude]);
        // "doubled" and "halved" say their direction; a change may leave it out then.
        var directionText = nodes.String(node[KnownField.Direction], At("direction"), magnitude?.ImpliedDirection is null);
        draft.Direction = magnitude?.ImpliedDirection ?? ChangeDirection.Increase;
        switch (directionText)
        {
            case null: ok &= magnitude?.ImpliedDirection is not null; break;
            case "increase": draft.Direction = ChangeDirection.Increase; break;
            case "decrease": draft.Direction = ChangeDirection.Decrease; break;
            case "unchanged": draft.Direction = ChangeDirection.Unchanged; break;
            default:
                Fail("direction", node[KnownField.Direction], $"A direction is 'increase', 'decrease' or 'unchanged'; got '{directionText}'.");
                break;
        }
        draft.Unit = UnitOf(Unit());
        draft.Metric = Metric();
        draft.Time = Time(KnownField.Time);
        draft.Tense = Tense();
    }

    /// <summary>
    /// A change's magnitude: in words (<c>significant</c>, <c>8 percentage points</c>, <c>doubled</c>, or any value of the
    /// grammar) or as a value object; null when it is missing or cannot be read (then reported).
    /// </summary>
    private ChangeMagnitude? Magnitude(JsonValue magnitudeNode)
    {
        if (magnitudeNode.IsMissing) return null;
        if (magnitudeNode.Kind != JsonValueKind.String) return Value(KnownField.Magnitude) is { } amount ? ChangeMagnitude.Of(amount) : null;
        if (ChangeMagnitude.TryParse(magnitudeNode.Text, out var magnitude, out var error)) return magnitude;
        Fail(KnownField.Magnitude, magnitudeNode, $"In claim '{node[KnownField.Id].Text}': {error}");
        return null;
    }

    private void Event()
    {
        draft.Subject = Subject(KnownField.Subject);
        draft.Time = Time(KnownField.Time, out var instant);
        draft.Instant = instant;
        if (nodes.String(node[KnownField.Weekday], At("weekday"), false) is { } text)
        {
            if (WeekdayNames.TryParse(text, out var day))
            {
                draft.Weekday = day;
            }
            else
            {
                Fail("weekday", node[KnownField.Weekday], $"A weekday is Monday to Sunday, in words; got '{text}'.");
            }
        }
        draft.Tense = Tense();
    }

    private void Mention()
    {
        draft.Name = nodes.String(node[KnownField.Name], At("name"), true);
        if (draft.Name is null) ok = false;
        draft.Entity = nodes.Identifier(node[KnownField.Entity], At("entity"), false);
        draft.Role = nodes.String(node[KnownField.Role], At("role"), false);
        draft.Singular = nodes.Flag(node[KnownField.Singular], At("singular"), "singular");
        if (draft.Singular && string.IsNullOrWhiteSpace(draft.Role)) Fail("singular", node[KnownField.Singular], "'singular' says the mention's role is held by one person at a time; the mention gives no 'role'.");
        if (draft.Entity is { } entity) Session.EntityReference(entity, Session.Builder.ClaimCount, node[KnownField.Entity], nodes.File);
    }

    private void Share()
    {
        draft.Part = Subject(KnownField.Part);
        draft.Whole = Subject(KnownField.Whole);
        draft.Value = Value(KnownField.Value) ?? default;
        draft.Metric = Metric();
        draft.Time = Time(KnownField.Time);
        draft.Basis = Basis();
    }

    private string? Subject(int field)
    {
        var subject = nodes.Identifier(node[field], At(field), true);
        if (subject is null) ok = false;
        return subject;
    }

    /// <summary>A value in its string form ("about 5,200") or its object form ({"approximately": 5200}).</summary>
    private Quantity? Value(int field)
    {
        var value = node[field];
        var fieldPath = At(field);
        if (value.IsNullOrMissing)
        {
            nodes.String(value, fieldPath, true);
            ok = false;
            return null;
        }
        if (value.Kind == JsonValueKind.String)
        {
            if (texts.TryValue(value.Text, !node[KnownField.Unit].IsMissing, out var parsed, out var error)) return parsed;
            Fail(field, value, $"In claim '{node[KnownField.Id].Text}': {error}");
            return null;
        }
        if (value.Kind == JsonValueKind.Number)
        {
            return Number(value, fieldPath) is { } n ? Quantity.Exactly(n) : null;
        }
        if (value.Kind != JsonValueKind.Object)
        {
            Fail(field, value, $"A value is a string ('about 5,200') or an object ({{\"approximately\": 5200}}); got {value.KindName}.");
            return null;
        }
        return ValueObject(value, fieldPath);
    }

    /// <summary>The fields a value object may have, as a mask of <see cref="KnownField"/> bits.</summary>
    private static readonly ulong ValueObjectMask = KnownField.Mask(["exactly", "approximately", "min", "max", "minExclusive", "maxExclusive"]);

    private Quantity? ValueObject(JsonValue value, FieldPath fieldPath)
    {
        // The mask rules out unknown fields at once; only an object that has one is looked at name by name.
        if (value.Node!.HasUnknownNames || (value.Node.Present & ~ValueObjectMask) != 0)
        {
            foreach (var (name, part) in value.Fields)
            {
                var known = Array.IndexOf(KnownField.Names, name);
                if (known < 0 || (ValueObjectMask & 1UL << known) == 0)
                {
                    nodes.Problem(fieldPath.Field(name), part, $"Unknown field '{name}' in a value object; expected exactly, approximately, or min/max with minExclusive/maxExclusive.");
                    ok = false;
                    return null;
                }
            }
        }
        Quantity? result = null;
        var (exactlyNode, approximatelyNode, minNode, maxNode) = (value[KnownField.Exactly], value[KnownField.Approximately], value[KnownField.Min], value[KnownField.Max]);
        if (!exactlyNode.IsMissing && Number(exactlyNode, fieldPath.Field("exactly")) is { } e) result = Quantity.Exactly(e);
        else if (!approximatelyNode.IsMissing && Number(approximatelyNode, fieldPath.Field("approximately")) is { } a) result = Quantity.Approximately(a);
        else if (!minNode.IsMissing || !maxNode.IsMissing)
        {
            var min = minNode.IsMissing ? null : Number(minNode, fieldPath.Field("min"));
            var max = maxNode.IsMissing ? null : Number(maxNode, fieldPath.Field("max"));
            if ((!minNode.IsMissing && min is null) || (!maxNode.IsMissing && max is null)) return null;
            var (minExclusive, maxExclusive) = (Flag(value, KnownField.MinExclusive, fieldPath), Flag(value, KnownField.MaxExclusive, fieldPath));
            if (Quantity.RangeProblem(min, minExclusive, max, maxExclusive) is null)
            {
                result = Quantity.Range(min, minExclusive, max, maxExclusive);
            }
            else
            {
                nodes.Problem(fieldPath, value, $"In claim '{node[KnownField.Id].Text}': the range is inverted or empty: min {min?.ToString(CultureInfo.InvariantCulture)} is not below max {max?.ToString(CultureInfo.InvariantCulture)}.");
                ok = false;
                return null;
            }
        }
        else if (ok)
        {
            nodes.Problem(fieldPath, value, "A value object needs 'exactly', 'approximately', 'min' or 'max'.");
            ok = false;
        }
        // A share's bounds are percentages whatever their form.
        if (result is { } r && draft.Kind == ClaimKind.Share) result = r.AsPercent();
        return result;
    }

    /// <summary>An optional flag of <paramref name="value"/>, read as <see cref="NodeReader.Flag"/> reads it; a problem there fails the claim.</summary>
    private bool Flag(JsonValue value, int field, FieldPath fieldPath)
    {
        var flag = value[field];
        if (flag.Kind is not (JsonValueKind.Undefined or JsonValueKind.True or JsonValueKind.False)) ok = false;
        var name = KnownField.Names[field];
        return nodes.Flag(flag, fieldPath.Field(name), name);
    }

    private decimal? Number(JsonValue value, FieldPath fieldPath)
    {
        if (value.Kind == JsonValueKind.Number && decimal.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return number;
        nodes.Problem(fieldPath, value, value.Kind == JsonValueKind.Number ? $"The number {value.Text} is out of range: {FigureLimits.Magnitude}." : $"Expected a number; got {value.KindName}.");
        ok = false;
        return null;
    }

    private TextSpan? Span(JsonValue span)
    {
        if (span.Kind == JsonValueKind.Array && span.Items.Count == 2 && span.Items.All(i => i.Kind == JsonValueKind.Number)
            && int.TryParse(span.Items[0].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            && int.TryParse(span.Items[1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var end) && end >= start)
        {
            return new TextSpan(start, end);
        }
        Fail("span", span, "A span is [start, end): two whole numbers, end not before start.");
        return null;
    }

    private string? Unit()
    {
        var unit = nodes.String(node[KnownField.Unit], At("unit"), false);
        if (unit is { Length: > 100 })
        {
            Fail("unit", node[KnownField.Unit], "A unit name is at most 100 characters.");
            return null;
        }
        return string.IsNullOrWhiteSpace(unit) ? null : unit;
    }

    private FactCheck.Unit UnitOf(string? name) => texts.UnitOf(name);

    /// <summary>The claim's tense as stated, or null when it states none (or a wrong one, reported).</summary>
    private ClaimTense? Tense()
    {
        switch (nodes.String(node[KnownField.Tense], At("tense"), false))
        {
            case null: return null;
            case "past": return ClaimTense.Past;
            case "future": return ClaimTense.Future;
            case var other:
                Fail("tense", node[KnownField.Tense], $"A tense is 'past' or 'future'; got '{other}'.");
                return null;
        }
    }

    private string? Basis() => nodes.String(node[KnownField.Basis], At("basis"), false) is { } text && !string.IsNullOrWhiteSpace(text) ? text : null;

    private string? Metric() => nodes.Identifier(node[KnownField.Metric], At("metric"), false);

    /// <summary>A time field read now, or kept to be resolved against the source's date; otherwise a located problem.</summary>
    private TimeInput Time(int field)
    {
        var text = nodes.String(node[field], At(field), false);
        if (text is null) return TimeInput.None;
        if (texts.TryTime(text, out var time, out var error)) return time;
        Fail(field, node[field], $"In claim '{node[KnownField.Id].Text}': {error}");
        return TimeInput.None;
    }

    /// <summary>A time field that may be a time of day with its UTC offset, as observations and events allow.</summary>
    private TimeInput Time(int field, out OffsetDateTime? instant)
    {
        instant = null;
        var text = node[field];
        if (text.Kind != JsonValueKind.String || !TimesOfDay.IsTimeOfDay(text.Text)) return Time(field);
        if (TimesOfDay.TryParse(text.Text, out var at, out var error))
        {
            instant = at;
            return new TimeInput(FuzzyTime.Day(at.Date), null);
        }
        Fail(field, text, $"In claim '{node[KnownField.Id].Text}': {error}");
        return TimeInput.None;
    }

    private void Fail(int field, JsonValue at, string message) => Fail(KnownField.Names[field], at, message);

    private void Fail(string field, JsonValue at, string message)
    {
        nodes.Problem(At(field), at, message);
        ok = false;
    }

    private static string Article(string kind) => kind is "observation" or "event" ? "an" : "a";
}
