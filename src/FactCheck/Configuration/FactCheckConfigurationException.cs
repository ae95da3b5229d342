namespace FactCheck.Configuration;

/// <summary>A configuration file breaks its format; <see cref="Problems"/> lists every problem, located.</summary>
public sealed class FactCheckConfigurationException : Exception
{
    /// <summary>Creates the exception from its problems.</summary>
    public FactCheckConfigurationException(IEnumerable<ClaimSetProblem> problems)
        : this(new ValueArray<ClaimSetProblem>(problems ?? throw new ArgumentNullException(nameof(problems))))
    {
    }

    /// <summary>Creates the exception with one problem.</summary>
    public FactCheckConfigurationException(string message) : this([new ClaimSetProblem("$", message)])
    {
    }

    /// <summary>Creates the exception with one problem and its cause.</summary>
    public FactCheckConfigurationException(string message, Exception innerException)
        : base(message, innerException) => Problems = new ValueArray<ClaimSetProblem>([new ClaimSetProblem("$", message)]);

    /// <summary>Creates the exception with a generic message.</summary>
    public FactCheckConfigurationException() : this("The configuration is invalid.")
    {
    }

    private FactCheckConfigurationException(ValueArray<ClaimSetProblem> problems)
        : base($"The configuration has {problems.Count} problem{(problems.Count == 1 ? "" : "s")}:" + string.Concat(problems.Select(p => Environment.NewLine + "  " + p))) =>
        Problems = problems;

    /// <summary>Every problem, in document order.</summary>
    public ValueArray<ClaimSetProblem> Problems { get; }
}
