using System.CommandLine;

namespace FactCheck.Cli;

/// <summary>The options of <c>check</c> for CI: baselines, fixes. Kept apart so the command's core options read on their own.</summary>
internal sealed class CiOptions
{
    private readonly Option<string?> baseline = new("--baseline") { Description = "Report, and fail on, only the findings not in this baseline file; says how many of its entries no longer occur." };
    private readonly Option<string?> writeBaseline = new("--write-baseline") { Description = "Record the findings in this baseline file (factcheck/baseline@1) and exit 0: they are accepted from now on." };
    private readonly Option<bool> fix = new("--fix") { Description = "Apply the findings' machine-applicable fixes (FC006 weekdays, FC007 spellings) to the claim files in place, then check again." };

    /// <summary>The options, added to <paramref name="command"/>.</summary>
    internal static CiOptions AddTo(Command command)
    {
        var options = new CiOptions();
        command.Options.Add(options.baseline);
        command.Options.Add(options.writeBaseline);
        command.Options.Add(options.fix);
        return options;
    }

    internal CiRequest Read(ParseResult parsed) => new(parsed.GetValue(baseline), parsed.GetValue(writeBaseline), parsed.GetValue(fix));
}

/// <summary>What the CI options asked for.</summary>
internal sealed record CiRequest(string? Baseline, string? WriteBaseline, bool Fix)
{
    internal static CiRequest None { get; } = new(null, null, false);
}
