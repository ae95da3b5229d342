using NodaTime;

namespace FactCheck;

/// <summary>
/// A claim's time as written before it can be placed: fixed, relative (resolved against the source's
/// publication date), or absent (defaulting to that date, then to the set's as-of date).
/// </summary>
internal readonly record struct TimeInput(FuzzyTime? Fixed, string? Relative)
{
    internal static TimeInput None => default;

    internal bool IsGiven => Fixed is not null || Relative is not null;

    /// <summary>Reads <paramref name="text"/> now if it is absolute; keeps it for later if it is relative.</summary>
    /// <exception cref="ArgumentException">It is neither.</exception>
    internal static TimeInput From(string text, string paramName)
    {
        ArgumentNullException.ThrowIfNull(text, paramName);
        return TryRead(text, out var input, out var error) ? input : throw new ArgumentException(error, paramName);
    }

    /// <summary>Reads <paramref name="text"/> now if it is absolute, or keeps it for later if it is relative; false, with why, when it is neither.</summary>
    internal static bool TryRead(string text, out TimeInput input, out string error)
    {
        if (FuzzyTimeParser.TryParse(text, null, out var time, out error)) input = new TimeInput(time, null);
        else if (FuzzyTime.IsRelative(text)) input = new TimeInput(null, text);
        else
        {
            input = None;
            return false;
        }
        return true;
    }

    /// <summary>
    /// The time of a claim: as given, or relative to <paramref name="anchor"/>, or <paramref name="anchor"/>'s day when
    /// <paramref name="defaultToAnchor"/>, a relative time read backward or forward as <paramref name="tense"/> says.
    /// Null, with <paramref name="error"/> set, when it cannot be placed.
    /// </summary>
    internal FuzzyTime? Resolve(LocalDate? anchor, bool defaultToAnchor, ClaimTense tense, out string? error)
    {
        error = null;
        if (Fixed is { } time) return time;
        if (Relative is { } text)
        {
            if (anchor is { } day && FuzzyTimeParser.TryParse(text, day, tense, out var resolved, out _)) return resolved;
            FuzzyTimeParser.TryParse(text, anchor, tense, out _, out error);
            return null;
        }
        if (defaultToAnchor && anchor is { } today) return FuzzyTime.Day(today);
        if (defaultToAnchor) error = "No time is given, and there is no source 'published' date or 'asOf' date to default to.";
        return null;
    }
}
