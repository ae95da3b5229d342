using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace FactCheck.Utility;

/// <summary>
/// Argument checks in one place, so every public factory rejects bad input the same way:
/// an <see cref="ArgumentException"/> that names the parameter and quotes the value.
/// </summary>
internal static class Preconditions
{
    internal static string CheckIdentifier([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (TextChecks.IdentifierProblem(value) is { } problem) throw new ArgumentException(problem + ".", paramName);
        return value;
    }

    internal static string CheckText([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (TextChecks.TextProblem(value) is { } problem) throw new ArgumentException(problem + ".", paramName);
        return value;
    }

    /// <summary>Blank optional text means "not given": it is stored as null.</summary>
    /// <exception cref="ArgumentException">The text holds control characters or half a surrogate pair.</exception>
    internal static string? OptionalText(string? value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (TextChecks.OptionalTextProblem(value) is { } problem) throw new ArgumentException(problem + ".", paramName);
        return value;
    }

    /// <summary>A date a claim set may hold: in the years <see cref="Dates.MinYear"/> to <see cref="Dates.MaxYear"/>.</summary>
    internal static NodaTime.LocalDate CheckDate(NodaTime.LocalDate value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (!Dates.InRange(value)) throw new ArgumentOutOfRangeException(paramName, value, TextMessages.DateOutOfRange(value) + ".");
        return value;
    }

    /// <summary>Throws what a model check (<see cref="ClaimChecks"/>) found, naming the parameter.</summary>
    internal static void Check(ClaimProblem? problem, string paramName)
    {
        if (problem is { } found) throw found.ToException(paramName);
    }

    internal static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>As above, but the message is only formatted when the check fails: checks run for every finding made.</summary>
    internal static void CheckArgument(
        [DoesNotReturnIf(false)] bool condition,
        string paramName,
        [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage message)
    {
        if (!condition)
        {
            throw new ArgumentException(message.ToStringAndClear(), paramName);
        }
    }

    /// <summary>The message of a failed check, formatted (in the invariant culture) only when the check fails.</summary>
    [InterpolatedStringHandler]
    internal ref struct FailureMessage
    {
        private DefaultInterpolatedStringHandler text;

        public FailureMessage(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
        {
            shouldAppend = !condition;
            text = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
        }

        public void AppendLiteral(string value) => text.AppendLiteral(value);

        public void AppendFormatted<T>(T value) => text.AppendFormatted(value);

        public void AppendFormatted<T>(T value, string? format) => text.AppendFormatted(value, format);

        public string ToStringAndClear() => text.ToStringAndClear();
    }

    // One overload for each of the library's enums, each running from 0 to its last member without gaps (a test checks
    // that): Enum.IsDefined reads an enum's names through reflection, and on the native tool its first call for each enum
    // cost the start of a check about 0.1 ms.
    internal static Severity CheckDefined(Severity value, [CallerArgumentExpression(nameof(value))] string paramName = "") =>
        CheckUpTo(value, Severity.Error, paramName);

    internal static RuleSeverity CheckDefined(RuleSeverity value, [CallerArgumentExpression(nameof(value))] string paramName = "") =>
        CheckUpTo(value, LastRuleSeverity, paramName);

    internal static ClaimTense CheckDefined(ClaimTense value, [CallerArgumentExpression(nameof(value))] string paramName = "") =>
        CheckUpTo(value, ClaimTense.Future, paramName);

    internal static SourceTrust CheckDefined(SourceTrust value, [CallerArgumentExpression(nameof(value))] string paramName = "") =>
        CheckUpTo(value, SourceTrust.Low, paramName);

    internal static ChangeDirection CheckDefined(ChangeDirection value, [CallerArgumentExpression(nameof(value))] string paramName = "") =>
        CheckUpTo(value, ChangeDirection.Unchanged, paramName);

    internal static PeriodPart CheckDefined(PeriodPart value, [CallerArgumentExpression(nameof(value))] string paramName = "") =>
        CheckUpTo(value, PeriodPart.Late, paramName);

    /// <summary>Whether <paramref name="value"/> is a member of <see cref="RuleSeverity"/>.</summary>
    internal static bool IsDefined(RuleSeverity value) => IsUpTo(value, LastRuleSeverity);

    private const RuleSeverity LastRuleSeverity = RuleSeverity.Error;

    private static T CheckUpTo<T>(T value, T last, string paramName) where T : struct, Enum =>
        IsUpTo(value, last)
            ? value
            : throw new ArgumentOutOfRangeException(paramName, value, $"'{Unsafe.As<T, int>(ref value).ToString(CultureInfo.InvariantCulture)}' is not a defined {typeof(T).Name}.");

    /// <summary>Whether <paramref name="value"/> is one of 0 to <paramref name="last"/>.</summary>
    private static bool IsUpTo<T>(T value, T last) where T : struct, Enum
    {
        // Read as an int: each enum above is one (a test checks it).
        System.Diagnostics.Debug.Assert(Unsafe.SizeOf<T>() == sizeof(int), "the enum's underlying type is int");
        return (uint)Unsafe.As<T, int>(ref value) <= (uint)Unsafe.As<T, int>(ref last);
    }
}
