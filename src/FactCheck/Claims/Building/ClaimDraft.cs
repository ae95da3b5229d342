using NodaTime;

namespace FactCheck;

/// <summary>
/// A claim as it was given, before it is checked and made: what the file reader fills for each claim object (one
/// draft reused claim after claim, so that reading allocates nothing per claim but the claim), and what each
/// builder wraps. <see cref="Build"/> is the one place claims are made: it runs the model's checks
/// (<see cref="ClaimChecks"/>), places relative and missing times, and reports every problem at its field.
/// </summary>
/// <remarks>
/// Every field a claim of some kind can have is here; a kind reads only its own. A new field of the model is one
/// property here, one line in the kind's part of <see cref="Build"/>, and one line in the reader (ClaimReader; the
/// bytes reader, ClaimBytesReader, gives a claim with a field it does not know to ClaimReader). An observation's is
/// one argument more in both its branches there, and a parameter of its prechecked constructor
/// (<see cref="Prechecked"/>), which takes its rare parts whole.
/// </remarks>
internal struct ClaimDraft
{
    internal ClaimKind Kind { get; set; }

    internal string Id { get; set; }

    /// <summary>Whether the id, the subject and the metric passed the model's test for identifiers as they were read (see <see cref="Prechecked"/>).</summary>
    internal bool IdentifiersChecked { get; set; }

    /// <summary>
    /// Whether the claim's source was among the sources read when the file reader met the claim, or the claim names none:
    /// a reference the builder then need not look up again (<see cref="ClaimSetBuilder.AddRead"/>).
    /// </summary>
    internal bool SourceListed { get; set; }

    /// <summary>A provenance shared by many claims (the file reader's); when null, one is made from the parts below.</summary>
    internal Provenance? SharedProvenance { get; set; }

    internal string? Source { get; set; }

    internal string? Attribution { get; set; }

    internal string? Quote { get; set; }

    internal TextSpan? Span { get; set; }

    /// <summary>The subject of an observation, target, change or event.</summary>
    internal string? Subject { get; set; }

    /// <summary>The subject's number in the pool of the reader that drafted the claim, 0 when none (see <see cref="ClaimSet.SubjectNumbers"/>).</summary>
    internal int SubjectNumber { get; set; }

    /// <summary>The value of an observation, target or share.</summary>
    internal Quantity Value { get; set; }

    internal Unit Unit { get; set; }

    internal string? Metric { get; set; }

    /// <summary>What the figure of an observation, target or share counts, when sources count differently.</summary>
    internal string? Basis { get; set; }

    /// <summary>Whether an observation is a forecast for its time.</summary>
    internal bool Projection { get; set; }

    /// <summary>The id of the observation an observation revises.</summary>
    internal string? Revises { get; set; }

    /// <summary>When an observation, event or share held, or the period of a change.</summary>
    internal TimeInput Time { get; set; }

    internal TimeInput Deadline { get; set; }

    internal TimeInput Stated { get; set; }

    internal ChangeDirection Direction { get; set; }

    internal ChangeMagnitude? Magnitude { get; set; }

    internal IsoDayOfWeek? Weekday { get; set; }

    /// <summary>
    /// The tense the claim states, or null: relative times are read backward or forward. Unstated is past, except for a
    /// target's deadline, which is about what is to come and reads forward.
    /// </summary>
    internal ClaimTense? Tense { get; set; }

    /// <summary>The claim's tense: past unless it says otherwise.</summary>
    private readonly ClaimTense TenseOrPast => Tense ?? ClaimTense.Past;

    /// <summary>The moment of an observation or event given with a time of day and its UTC offset; <see cref="Time"/> is its day.</summary>
    internal OffsetDateTime? Instant { get; set; }

    /// <summary>A mention's name as spelled.</summary>
    internal string? Name { get; set; }

    internal string? Entity { get; set; }

    internal string? Role { get; set; }

    /// <summary>Whether a mention's role is held by one person at a time.</summary>
    internal bool Singular { get; set; }

    internal string? Part { get; set; }

    internal string? Whole { get; set; }

    /// <summary>"Today" for this claim when its source has no publication date: its file's as-of date, for one of several files.</summary>
    internal LocalDate? AsOf { get; set; }

    /// <summary>The source the claim names, if any.</summary>
    internal readonly string? SourceId => SharedProvenance is { } shared ? shared.Source : Source;

    /// <summary>The entity a mention names, if any.</summary>
    internal readonly string? EntityId => Kind == ClaimKind.Mention ? Entity : null;

    /// <summary>
    /// Whether every time the claim needs is given outright, so that it can be built without its source's
    /// publication date: the file reader builds such claims at once, and keeps the others until all sources are read.
    /// </summary>
    internal readonly bool IsSettled => Kind switch
    {
        ClaimKind.Mention => true,
        ClaimKind.Target => Stated.Fixed is not null && (!Deadline.IsGiven || Deadline.Fixed is not null),
        _ => Time.Fixed is not null,
    };

    /// <summary>Starts a draft of a claim of <paramref name="kind"/> with <paramref name="id"/>.</summary>
    internal static ClaimDraft Of(ClaimKind kind, string id) => new() { Kind = kind, Id = id };

    /// <summary>
    /// Checks the draft and makes its claim, placing relative and missing times against
    /// <paramref name="context"/>; null, with every problem reported to the context at its field, when it cannot.
    /// </summary>
    internal readonly Claim? Build(ClaimBuildContext context)
    {
        context.ClaimAsOf = AsOf;
        return Kind switch
        {
            ClaimKind.Observation => BuildObservation(context),
            ClaimKind.Target => BuildTarget(context),
            ClaimKind.Change => BuildChange(context),
            ClaimKind.Event => BuildEvent(context),
            ClaimKind.Mention => new Mention(Id, Name!, Entity, Role, ProvenanceOf()) { Singular = Singular },
            _ => BuildShare(context),
        };
    }

    private readonly Observation? BuildObservation(ClaimBuildContext context)
    {
        if (context.Place(Time, SourceId, "time", required: true) is not { } when) return null;
        return IdentifiersChecked
            ? new Observation(Prechecked.Identifiers, Id, Subject!, Value, when, Unit, Metric, ProvenanceOf(), Instant, Basis, Projection, Revises)
            : new Observation(Id, Subject!, Value, when, Unit, Metric, ProvenanceOf()) { Instant = Instant, Basis = Basis, Projection = Projection, Revises = Revises };
    }

    private readonly Target? BuildTarget(ClaimBuildContext context)
    {
        var due = Deadline.IsGiven ? context.Place(Deadline, SourceId, "deadline", required: false, Tense ?? ClaimTense.Future) : null;
        var setAt = context.Place(Stated, SourceId, "stated", required: true);
        if ((Deadline.IsGiven && due is null) | context.Found(ClaimChecks.Deadline(due), "deadline") || setAt is null) return null;
        return new Target(Id, Subject!, Value, due, setAt.Value, Unit, Metric, ProvenanceOf()) { Tense = TenseOrPast, Basis = Basis };
    }

    private readonly Change? BuildChange(ClaimBuildContext context)
    {
        var wrong = context.Found(ClaimChecks.Magnitude(Direction, Magnitude), "magnitude");
        return context.Place(Time, SourceId, "time", required: true, TenseOrPast) is { } when && !wrong
            ? new Change(Id, Subject!, Direction, when, Magnitude, Unit, Metric, ProvenanceOf()) { Tense = TenseOrPast }
            : null;
    }

    private readonly Event? BuildEvent(ClaimBuildContext context)
    {
        var wrong = context.Found(ClaimChecks.Weekday(Weekday), "weekday");
        return context.Place(Time, SourceId, "time", required: true, TenseOrPast) is { } when && !wrong
            ? new Event(Id, Subject!, when, Weekday, ProvenanceOf()) { Tense = TenseOrPast, Instant = Instant }
            : null;
    }

    private readonly Share? BuildShare(ClaimBuildContext context)
    {
        var wrong = context.Found(ClaimChecks.ShareSubjects(Part!, Whole!), "whole") | context.Found(ClaimChecks.ShareValue(Value), "value");
        return context.Place(Time, SourceId, "time", required: true) is { } when && !wrong
            ? new Share(Id, Part!, Whole!, Value, when, Metric, ProvenanceOf()) { Basis = Basis }
            : null;
    }

    private readonly Provenance ProvenanceOf() =>
        SharedProvenance ?? (Source is null && Attribution is null && Quote is null && Span is null ? Provenance.None : new Provenance(Source, Attribution, Quote, Span));
}
