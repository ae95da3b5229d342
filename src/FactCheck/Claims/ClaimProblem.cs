namespace FactCheck;

/// <summary>
/// What a model check found wrong, as data: a code that says which rule of the model was broken, and the sentence
/// that explains it. A constructor turns it into an <see cref="ArgumentException"/> naming its parameter; the
/// claim-set builder and the file reader into a <see cref="ClaimSetProblem"/> located at the claim and field.
/// </summary>
/// <param name="Code">Which rule of the model was broken.</param>
/// <param name="Message">What is wrong and what was expected, as a sentence.</param>
internal readonly record struct ClaimProblem(ClaimProblemCode Code, string Message)
{
    /// <summary>The problem as a constructor or builder method throws it, naming <paramref name="paramName"/>.</summary>
    internal ArgumentException ToException(string paramName) => new(Message, paramName);
}

/// <summary>The rules of the model a claim, or a claim set, can break.</summary>
internal enum ClaimProblemCode
{
    /// <summary>A weekday is not Monday to Sunday.</summary>
    BadWeekday,

    /// <summary>An "unchanged" claim gives a magnitude, or a multiple says the other direction ("halved" for an increase).</summary>
    MagnitudeAgainstDirection,

    /// <summary>A deadline has no last day.</summary>
    OpenDeadline,

    /// <summary>A share or relation names one subject as both part and whole.</summary>
    PartIsWhole,

    /// <summary>A share's value is not a percentage.</summary>
    ShareNotPercent,

    /// <summary>A claim's time is not given and cannot be defaulted, or is relative with nothing to resolve it against.</summary>
    TimeNotPlaced,

    /// <summary>A claim, source or entity id is used twice.</summary>
    DuplicateId,

    /// <summary>A claim names a source that is not in the set.</summary>
    UnknownSource,

    /// <summary>A mention names an entity that is not in the set.</summary>
    UnknownEntity,

    /// <summary>An observation revises itself, a claim that is not there or not an observation, or revisions go round in a circle.</summary>
    BadRevision,

    /// <summary>A claim given to a claim set is null.</summary>
    NullClaim,
}
