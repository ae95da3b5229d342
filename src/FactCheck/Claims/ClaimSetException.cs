namespace FactCheck;

/// <summary>
/// A claim set could not be built or loaded. <see cref="Problems"/> lists every problem found, not only the first;
/// nothing was checked.
/// </summary>
public sealed class ClaimSetException : Exception
{
    /// <summary>Creates the exception from its problems.</summary>
    /// <param name="problems">Every problem found; at least one.</param>
    public ClaimSetException(IEnumerable<ClaimSetProblem> problems)
        : this(new ValueArray<ClaimSetProblem>(problems ?? throw new ArgumentNullException(nameof(problems))))
    {
    }

    private ClaimSetException(ValueArray<ClaimSetProblem> problems)
        : base(Describe(problems)) => Problems = problems;

    /// <summary>Creates the exception with a message only.</summary>
    public ClaimSetException() : this([new ClaimSetProblem("$", "The claim set is invalid.")])
    {
    }

    /// <summary>Creates the exception with one problem described by <paramref name="message"/>.</summary>
    public ClaimSetException(string message) : this([new ClaimSetProblem("$", message)])
    {
    }

    /// <summary>Creates the exception with one problem described by <paramref name="message"/>, caused by <paramref name="innerException"/>.</summary>
    public ClaimSetException(string message, Exception innerException)
        : base(message, innerException) => Problems = new ValueArray<ClaimSetProblem>([new ClaimSetProblem("$", message)]);

    /// <summary>Every problem found, in document order.</summary>
    public ValueArray<ClaimSetProblem> Problems { get; }

    private static string Describe(ValueArray<ClaimSetProblem> problems) =>
        problems.Count == 1
            ? "The claim set is invalid: " + problems[0]
            : $"The claim set has {problems.Count} problems:" + string.Concat(problems.Select(p => Environment.NewLine + "  " + p));
}
