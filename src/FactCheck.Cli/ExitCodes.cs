namespace FactCheck.Cli;

/// <summary>What the command's exit code means.</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above the <c>--fail-on</c> severity.</summary>
    public const int Clean = 0;

    /// <summary>Findings at or above the <c>--fail-on</c> severity.</summary>
    public const int Findings = 1;

    /// <summary>The input or the command line is invalid; every problem was printed and nothing was checked.</summary>
    public const int Invalid = 2;
}
