using System.Globalization;

namespace FactCheck.Benchmarks;

/// <summary>An argument of a benchmark command that cannot be used: the command says which and how it is used, rather than failing with a stack trace.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>Reads the benchmark commands' arguments, each problem a <see cref="UsageException"/>.</summary>
public static class Arguments
{
    /// <summary>The value after the option at <paramref name="i"/>, moving <paramref name="i"/> onto it.</summary>
    public static string ValueAfter(string[] args, ref int i)
    {
        var option = args[i];
        return ++i < args.Length ? args[i] : throw new UsageException($"{option} needs a value.");
    }

    /// <summary>A count such as <c>1000000</c> or <c>1_000_000</c>.</summary>
    public static int Count(string text, string what) =>
        int.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : throw new UsageException($"{what} '{text}' is not a whole number such as 1000000 or 1_000_000.");

    /// <summary>A seed: a whole number, which may be negative.</summary>
    public static int Seed(string text, string what) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"{what} '{text}' is not a whole number.");

    /// <summary>
    /// A number of seconds such as <c>60</c> or <c>0.5</c>, or <c>0</c> when <paramref name="zero"/> allows it; at most
    /// <see cref="MaxSeconds"/>, the most a sleep or a timer takes (<see cref="int.MaxValue"/> milliseconds).
    /// </summary>
    public static double Seconds(string text, string what, bool zero = false) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
        && (seconds > 0 || (zero && seconds == 0)) && seconds <= MaxSeconds
            ? seconds
            : throw new UsageException($"{what} '{text}' is not a number of seconds such as 60 ({(zero ? "0" : "more than 0")} to {MaxSeconds:0}).");

    /// <summary>The most seconds <see cref="Seconds"/> reads: 24.8 days, in whole seconds.</summary>
    public const double MaxSeconds = int.MaxValue / 1000;
}
