using FactCheck.Utility;
using NodaTime;

namespace FactCheck;

/// <summary>
/// The checks of the claim model, each written once (ids and texts are <see cref="TextChecks"/>'s): each returns what is wrong, or null. The claim constructors
/// throw what they return (see <see cref="Preconditions.Check"/>); <see cref="ClaimDraft.Build"/>, the one way the
/// builders and the file reader make claims, reports it at the claim's field instead, so that every problem of a
/// claim set is listed together. The messages are the catalogue of the model's mistakes.
/// </summary>
internal static class ClaimChecks
{
    internal static ClaimProblem? Weekday(IsoDayOfWeek? day) =>
        day is { } d && d is not (>= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday)
            ? new(ClaimProblemCode.BadWeekday, $"A weekday is Monday to Sunday; got '{d}'.")
            : null;

    /// <summary>An "unchanged" claim has no magnitude, and a multiple says its own direction ("halved" is a decrease).</summary>
    internal static ClaimProblem? Magnitude(ChangeDirection direction, ChangeMagnitude? magnitude) =>
        magnitude?.DirectionProblem(direction) is { } problem ? new(ClaimProblemCode.MagnitudeAgainstDirection, problem) : null;

    internal static ClaimProblem? Deadline(FuzzyTime? deadline) =>
        deadline is { IsOpenAtEnd: true } open ? new(ClaimProblemCode.OpenDeadline, $"A deadline needs a last day; got '{open}'.") : null;

    internal static ClaimProblem? ShareSubjects(string part, string whole) =>
        string.Equals(part, whole, StringComparison.Ordinal)
            ? new(ClaimProblemCode.PartIsWhole, $"A share needs two subjects; got '{part}' as both part and whole.")
            : null;

    internal static ClaimProblem? ShareValue(Quantity value) =>
        value.IsPercent ? null : new(ClaimProblemCode.ShareNotPercent, $"A share is a percentage ('69%'), a fraction ('a third') or 'majority'; got '{value}'.");

    internal static ClaimProblem? RelationSubjects(string part, string whole) =>
        string.Equals(part, whole, StringComparison.Ordinal)
            ? new(ClaimProblemCode.PartIsWhole, $"A subject cannot be part of itself; got '{part}' for both part and whole.")
            : null;

    /// <summary>The second use of an id; <paramref name="firstUse"/> says where the first was, as the caller can tell it.</summary>
    internal static ClaimProblem DuplicateId(string what, string id, string firstUse) =>
        new(ClaimProblemCode.DuplicateId, $"The {what} id '{id}' is used twice; it was first used at {firstUse}.");

    internal static ClaimProblem UnknownSource(string claim, string source) =>
        new(ClaimProblemCode.UnknownSource, $"Claim '{claim}' names source '{source}', which is not among the sources.");

    internal static ClaimProblem UnknownEntity(string claim, string entity) =>
        new(ClaimProblemCode.UnknownEntity, $"Mention '{claim}' names entity '{entity}', which is not among the entities.");

    internal static ClaimProblem TimeNotPlaced(string message) => new(ClaimProblemCode.TimeNotPlaced, message);

    internal static ClaimProblem NullClaim { get; } = new(ClaimProblemCode.NullClaim, "A claim is null.");
}
