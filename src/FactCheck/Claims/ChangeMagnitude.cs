using System.Diagnostics.CodeAnalysis;

namespace FactCheck;

/// <summary>
/// How large a change claim says the change was: an amount (<c>2,200</c>, <c>at least 1,000</c>), a percentage of
/// the starting value (<c>10%</c>), percentage points (<c>8 percentage points</c>: 40 % to 48 %, where 8 % of 40 % would
/// be 3.2), a multiple (<c>doubled</c>, <c>halved</c>, <c>3 times</c>), or <see cref="Significant"/> (at least the
/// configured share of the starting value, 10 % by default).
/// </summary>
public sealed record ChangeMagnitude
{
    private static readonly (string Word, decimal Factor, string Noun)[] Verbs =
        [("doubled", 2m, "a doubling"), ("halved", 0.5m, "a halving"), ("tripled", 3m, "a tripling"), ("quadrupled", 4m, "a quadrupling")];

    private static readonly string[] PointWords = [" percentage points", " percentage point", " points", " point", " pp"];

    private readonly string? verb;

    private ChangeMagnitude(Quantity? amount, bool points = false, decimal? factor = null, string? verb = null)
    {
        Amount = amount;
        IsPercentagePoints = points;
        Factor = factor;
        this.verb = verb;
    }

    /// <summary>"Significant": at least the configured threshold of the starting value.</summary>
    public static ChangeMagnitude Significant { get; } = new((Quantity?)null);

    /// <summary>
    /// The amount (or percentage, when <see cref="Quantity.IsPercent"/>; or percentage points, when
    /// <see cref="IsPercentagePoints"/>) of the change, or null for <see cref="Significant"/> and for a multiple.
    /// </summary>
    public Quantity? Amount { get; }

    /// <summary>Whether <see cref="Amount"/> is in percentage points: the figures' own difference, not a share of the starting one.</summary>
    public bool IsPercentagePoints { get; }

    /// <summary>The multiple the figure changed by (2 for <c>doubled</c>, 0.5 for <c>halved</c>), or null.</summary>
    public decimal? Factor { get; }

    /// <summary>Whether this is the vague "significant".</summary>
    public bool IsSignificant => Amount is null && Factor is null;

    /// <summary>The direction a multiple implies (an increase for <c>doubled</c>, a decrease for <c>halved</c>), or null.</summary>
    public ChangeDirection? ImpliedDirection => Factor switch
    {
        > 1m => ChangeDirection.Increase,
        < 1m => ChangeDirection.Decrease,
        _ => null,
    };

    /// <summary>A change of <paramref name="amount"/>; a percentage quantity is relative to the starting value.</summary>
    public static ChangeMagnitude Of(Quantity amount) => new(amount);

    /// <summary>A change of <paramref name="amount"/> percentage points: the difference of two percentages (40 % to 48 % is 8 points).</summary>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is a percentage.</exception>
    public static ChangeMagnitude PercentagePoints(Quantity amount)
    {
        Utility.Preconditions.CheckArgument(!amount.IsPercent, nameof(amount), $"Percentage points are a plain amount ('8'), not a percentage; got '{amount}'.");
        return new(amount, points: true);
    }

    /// <summary>A change to <paramref name="factor"/> times the starting figure: 2 is a doubling, 0.5 a halving.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not above zero, or is one (no change).</exception>
    public static ChangeMagnitude Times(decimal factor)
    {
        if (FactorProblem(factor) is { } problem) throw new ArgumentOutOfRangeException(nameof(factor), factor, problem);
        return new(null, factor: factor);
    }

    /// <summary>Why <paramref name="factor"/> cannot be a multiple, or null when it can.</summary>
    private static string? FactorProblem(decimal factor) =>
        factor <= 0m ? $"A multiple is above zero; got {NumberText.Format(factor)}."
        : factor == 1m ? "A multiple of one is no change; say 'unchanged'."
        : null;

    /// <summary>
    /// Why a change claimed in <paramref name="direction"/> cannot have this magnitude ("halved" is a decrease), or null
    /// when it can: the one check of a change's direction against its size, for every way a change is made.
    /// </summary>
    internal string? DirectionProblem(ChangeDirection direction) =>
        direction == ChangeDirection.Unchanged ? $"An unchanged claim has no magnitude; got '{this}'."
        : ImpliedDirection is { } implied && implied != direction ? $"A change {Verb()} is {(implied == ChangeDirection.Increase ? "an increase" : "a decrease")}; got '{direction.ToString().ToLowerInvariant()}'."
        : null;

    /// <summary>Reads <c>significant</c>, an amount, a percentage, percentage points (<c>8 points</c>, <c>8 pp</c>) or a multiple (<c>doubled</c>, <c>three times</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is none of these.</exception>
    public static ChangeMagnitude Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var magnitude, out var error) ? magnitude : throw new FormatException(error);
    }

    /// <summary>Reads a magnitude; false, with the reason in <paramref name="error"/>, when the text is none.</summary>
    internal static bool TryParse(string text, [NotNullWhen(true)] out ChangeMagnitude? magnitude, out string error)
    {
        magnitude = null;
        error = string.Empty;
        var s = text.Trim().ToLowerInvariant();
        if (s == "significant")
        {
            magnitude = Significant;
            return true;
        }
        foreach (var (word, factor, _) in Verbs)
        {
            if (s == word)
            {
                magnitude = new(null, factor: factor, verb: word);
                return true;
            }
        }
        if (s.EndsWith(" times", StringComparison.Ordinal))
        {
            if (!NumberReader.TryRead(s[..^6], out var factor, out var percent) || percent)
            {
                error = $"'{text}' is not a multiple: expected a number before 'times' ('3 times', 'three times').";
                return false;
            }
            if (FactorProblem(factor) is { } problem)
            {
                error = $"'{text}' is not a valid multiple: {problem}";
                return false;
            }
            magnitude = new(null, factor: factor);
            return true;
        }
        foreach (var suffix in PointWords)
        {
            // "8pp" as well as "8 pp".
            var cut = s.EndsWith(suffix, StringComparison.Ordinal) ? suffix.Length : suffix == " pp" && s.EndsWith("pp", StringComparison.Ordinal) ? 2 : 0;
            if (cut == 0) continue;
            if (!QuantityParser.TryParse(text.Trim()[..^cut], false, out var points, out error)) return false;
            if (points.IsPercent)
            {
                error = $"'{text}' is not valid: percentage points are a plain amount ('8 percentage points'), not a percentage.";
                return false;
            }
            magnitude = new(points, points: true);
            return true;
        }
        if (!QuantityParser.TryParse(text, true, out var amount, out error)) return false;
        magnitude = new(amount);
        return true;
    }

    /// <summary>How a message names the change a multiple claims: <c>that doubled</c>, <c>to 3 times the figure</c>.</summary>
    private string Verb() => verb is not null ? "that " + verb : $"to {this} the figure";

    /// <summary>A multiple as a noun: <c>a doubling</c>, <c>a halving</c>; for one given as a number, <c>an increase to 3 times the figure</c>.</summary>
    internal string MultipleNoun()
    {
        foreach (var (word, _, noun) in Verbs)
        {
            if (word == verb) return noun;
        }
        return (ImpliedDirection == ChangeDirection.Increase ? "an increase " : "a decrease ") + Verb();
    }

    /// <summary><c>significant</c>, <c>2,200</c>, <c>10%</c>, <c>8 percentage points</c>, <c>doubled</c> or <c>3 times</c>.</summary>
    public override string ToString() =>
        Factor is { } factor ? verb ?? NumberText.Format(factor) + " times"
        : IsPercentagePoints ? Amount + " percentage points"
        : Amount?.ToString() ?? "significant";

    /// <summary>The words of the file format: as <see cref="ToString"/>, with the grammar's words for a bound (<c>at least 8 percentage points</c>).</summary>
    internal string ToSpecText(Func<Quantity, string> amountText) =>
        Factor is not null || Amount is null ? ToString()
        : IsPercentagePoints ? amountText(Amount.Value) + " percentage points"
        : amountText(Amount.Value);
}
