using System.Collections.Immutable;
using System.CommandLine;
using FactCheck.Configuration;
using FactCheck.Memory;
using FactCheck.Reporting;
using FactCheck.Rules;
using FactCheck.Serialization;
using FactCheck.Utility;

namespace FactCheck.Cli;

/// <summary><c>factcheck check FILE…</c>: loads the files as one claim set, checks it, and reports.</summary>
internal static class CheckCommand
{
    private static readonly ReportWriters Writers = ReportWriters.BuiltIn;

    internal static Command Create(TextWriter output, TextWriter error, bool interactive)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Claim-set files (*.claims.json) and articles (*.md, *.txt, whose claims are extracted); all are checked as one set.", CustomParser = TokenValues.Of };
        var format = new Option<string>("--format", "-f") { Description = "The report format: " + string.Join(", ", Writers.Names) + ".", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. Writers.Names]);
        var failOn = new Option<string>("--fail-on") { Description = "Exit with 1 when a finding is at or above this severity: error, warning, info or never.", DefaultValueFactory = _ => "error" };
        failOn.Validators.Add(result =>
        {
            var level = result.GetValueOrDefault<string>();
            if (!TryReadFailLevel(level, out _)) result.AddError($"--fail-on '{level}' is not error, warning, info or never.");
        });
        var severities = new Option<string[]>("--severity") { Description = "Set a rule's severity: none (or silent), info (or suggestion), warning (or warn) or error, e.g. FC009=none or FC007=error; may be repeated.", Arity = ArgumentArity.ZeroOrMore, AllowMultipleArgumentsPerToken = true, CustomParser = TokenValues.Of, DefaultValueFactory = TokenValues.None };
        var asOf = new Option<string?>("--as-of") { Description = "The date (YYYY-MM-DD) used as today for claims whose source has no publication date." };
        var outputPath = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of the console." };
        var config = new Option<string?>("--config") { Description = $"The team configuration (severities, tolerances, units, suppressions); by default {FactCheckConfiguration.FileName} beside the first file, if there is one." };

        var known = new Option<string?>("--known") { Description = "With articles: a claim set of what the desk already knows (groups, people, events by name and alias); checked together with them." };
        var published = new Option<string?>("--published") { Description = "With articles: the publication date (YYYY-MM-DD) of articles whose front matter gives none." };

        var command = new Command("check", "Checks claim-set files, and articles (*.md, *.txt) after extracting their claims, for consistency.") { files, format, failOn, severities, asOf, outputPath, config, known, published };
        var ci = CiOptions.AddTo(command);
        command.SetAction(parsed => Run(
            new CheckRequest(parsed.GetValue(files)!, parsed.GetValue(format)!, parsed.GetValue(failOn)!, parsed.GetValue(severities) ?? [], parsed.GetValue(asOf), parsed.GetValue(outputPath), parsed.GetValue(config))
            {
                Known = parsed.GetValue(known),
                Published = parsed.GetValue(published),
            },
            ci.Read(parsed), output, error, interactive));
        return command;
    }

    private static int Run(CheckRequest request, CiRequest ci, TextWriter output, TextWriter error, bool interactive)
    {
        // First: everything a check allocates from here goes to the memory this prepares.
        HugePageHeap.PrepareStart();
        var problems = new List<string>();
        var options = new FactCheckOptions();
        var configPath = request.Config ?? DefaultConfig(request.Files);
        if (configPath is not null)
        {
            try
            {
                FactCheckConfigurationReader.Load(configPath).ApplyTo(options);
            }
            catch (FactCheckConfigurationException e)
            {
                error.WriteLine($"factcheck: the configuration {ReportContext.PortablePath(configPath)} cannot be used: {e.Problems.Count} problem{(e.Problems.Count == 1 ? "" : "s")}.");
                foreach (var problem in e.Problems) error.WriteLine("  " + Describe(problem));
                return ExitCodes.Invalid;
            }
        }
        // Command-line severities come last, so they win over the configuration file.
        foreach (var setting in request.Severities)
        {
            if (!TryApplySeverity(options, setting)) problems.Add($"--severity '{setting}' is not ID=LEVEL with LEVEL {SeverityText.Expected} (e.g. FC009=none).");
        }
        NodaTime.LocalDate? today = null;
        if (request.AsOf is { } asOfText)
        {
            var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(asOfText);
            if (parsed.Success) today = parsed.Value;
            else problems.Add($"--as-of '{asOfText}' is not a date such as 2020-09-09.");
        }
        // Articles are extracted and checked with the claim files (and --known) as one set.
        var published = ArticleInput.Date(request.Published, problems);
        var articleFiles = request.Files.Where(ArticleInput.IsArticle).ToArray();
        var articles = ArticleInput.Load(articleFiles, published, problems);
        var claimFiles = request.Files.Where(f => !ArticleInput.IsArticle(f)).Concat(request.Known is { } knownFile ? [knownFile] : []).ToArray();
        if (problems.Count > 0)
        {
            foreach (var problem in problems) error.WriteLine("factcheck: " + problem);
            return ExitCodes.Invalid;
        }

        ClaimSetDocument? document = null;
        var claimBytes = InputSize.Of(claimFiles);
        var progress = CheckProgress.For(interactive, InputSize.Add(claimBytes, InputSize.Of(articleFiles)));
        var reader = new ClaimSetReader(ClaimSetReaderOptions.Default with { AsOf = today });
        // Until the report is written, or the fixed files are read again.
        using var scope = LargeCheckScope.Begin(claimBytes);
        try
        {
            if (claimFiles.Length > 0) document = progress.Step("Reading the claims…", () => reader.ReadFiles(claimFiles));
        }
        catch (ClaimSetException e)
        {
            error.WriteLine($"factcheck: the claims cannot be checked: {e.Problems.Count} problem{(e.Problems.Count == 1 ? "" : "s")}.");
            foreach (var problem in e.Problems) error.WriteLine("  " + Describe(problem));
            return ExitCodes.Invalid;
        }

        IReadOnlyDictionary<string, ClaimLocation>? articleLocations = null;
        ClaimSet? extracted = null;
        ClaimSet Claims(ClaimSetDocument? read)
        {
            if (articles.Count == 0) return read?.ClaimSet ?? ClaimSet.Empty;
            var extraction = new Extraction.RuleBasedExtractor().Extract(articles, read?.ClaimSet);
            articleLocations = ArticleInput.Locations(extraction);
            return extracted = extraction.Claims;
        }

        var checker = new FactChecker(options);
        scope.PrepareCheck(document?.ClaimSet.Claims.Count ?? 0);
        var report = progress.Step("Checking…", () => checker.Check(Claims(document)));

        // --fix, --write-baseline, --baseline: see FixStep and BaselineStep. Fixes apply to claim files, never to articles.
        var fixFailed = false;
        if (ci.Fix && document is not null && FixStep.TryApply(document, report, error, out fixFailed))
        {
            // The files are read again, and checked, with the collector free to collect.
            scope.EndBeforeReadingAgain();
            try
            {
                document = reader.ReadFiles(document.Files);
            }
            catch (ClaimSetException e)
            {
                error.WriteLine($"factcheck: the fixed claims cannot be read back: {e.Problems.Count} problem{(e.Problems.Count == 1 ? "" : "s")}.");
                foreach (var problem in e.Problems) error.WriteLine("  " + Describe(problem));
                return ExitCodes.Invalid;
            }
            report = checker.Check(Claims(document));
        }
        else if (fixFailed)
        {
            return ExitCodes.Invalid;
        }
        if (ci.WriteBaseline is { } baselineOut && !BaselineStep.TryWrite(baselineOut, report, error)) return ExitCodes.Invalid;
        if (ci.Baseline is { } baselineIn)
        {
            if (BaselineStep.Filter(baselineIn, report, error) is not { } fresh) return ExitCodes.Invalid;
            report = fresh;
        }

        var context = new ReportContext
        {
            Document = document,
            Rules = checker.Rules,
            Locations = articleLocations,
            Claims = extracted ?? document?.ClaimSet,
            SourceTexts = articles.ToImmutableDictionary(a => a.Id, a => a.Body, StringComparer.Ordinal),
        };
        if (request.Output is { } path)
        {
            var failure = string.Empty;
            if (!progress.Step("Writing the report…", () => TryWriteFile(path, text => WriteReport(text, request.Format, report, context, colour: false), out failure)))
            {
                error.WriteLine($"factcheck: cannot write the report to '{path}': {failure}");
                return ExitCodes.Invalid;
            }
        }
        else
        {
            WriteReport(output, request.Format, report, context, interactive);
        }
        GitHubStepSummary.AppendIfAsked(request.Format, report, context, error);
        // Recording a baseline accepts the findings it records.
        if (ci.WriteBaseline is not null) return ExitCodes.Clean;
        return FailsOn(report, request.FailOn) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static void WriteReport(TextWriter output, string format, CheckReport report, ReportContext context, bool colour)
    {
        var writer = Writers[format];
        // The command's only addition to the library's writers: colour for the text report on a terminal.
        if (colour && writer is PlainTextReportWriter) ColouredTextReport.Write(output, report, context);
        else writer.Write(report, output, context);
    }

    /// <summary>Writes the report whole or not at all, so that a failure half-way never leaves half a report.</summary>
    private static bool TryWriteFile(string path, Action<TextWriter> write, out string failure) =>
        AtomicFile.TryWrite(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true);
            write(writer);
        }, out failure);

    /// <summary>The team configuration beside the first claim file, when there is one.</summary>
    private static string? DefaultConfig(string[] files)
    {
        if (files.Length == 0) return null;
        var directory = Path.GetDirectoryName(Path.GetFullPath(files[0]));
        var candidate = directory is null ? null : Path.Combine(directory, FactCheckConfiguration.FileName);
        if (candidate is null || !File.Exists(candidate)) return null;
        // Name it as the user named the claim file, so that messages stay relative.
        var relativeDirectory = Path.GetDirectoryName(files[0]);
        return string.IsNullOrEmpty(relativeDirectory) ? FactCheckConfiguration.FileName : Path.Combine(relativeDirectory, FactCheckConfiguration.FileName);
    }

    /// <summary>Reads a <c>--fail-on</c> level in the severities' one vocabulary (so <c>warn</c> and <c>suggestion</c> work too); <c>never</c> and <c>none</c> fail on nothing.</summary>
    private static bool TryReadFailLevel(string? text, out RuleSeverity level)
    {
        if (string.Equals(text?.Trim(), "never", StringComparison.OrdinalIgnoreCase))
        {
            level = RuleSeverity.None;
            return true;
        }
        return SeverityText.TryParse(text, out level);
    }

    private static bool FailsOn(CheckReport report, string text) => TryReadFailLevel(text, out var level) && level switch
    {
        RuleSeverity.None => false,
        RuleSeverity.Info => report.Findings.Count > 0,
        RuleSeverity.Warning => report.HasFindingsAtOrAbove(Severity.Warning),
        _ => report.HasErrors,
    };

    private static bool TryApplySeverity(FactCheckOptions options, string setting)
    {
        var equals = setting.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0) return false;
        var id = setting[..equals].Trim();
        if (!SeverityText.TryParse(setting[(equals + 1)..], out var severity) || id.Length == 0 || id.Contains(' ', StringComparison.Ordinal)) return false;
        options.SetSeverity(id, severity);
        return true;
    }

    /// <summary>A problem as <see cref="ClaimSetProblem.ToString"/> writes it, with the file name in forward slashes.</summary>
    private static string Describe(ClaimSetProblem problem) =>
        (problem.File is { } file ? problem with { File = ReportContext.PortablePath(file) } : problem).ToString();

    private sealed record CheckRequest(string[] Files, string Format, string FailOn, string[] Severities, string? AsOf, string? Output, string? Config)
    {
        /// <summary>The desk's claim set, read with the claim files, when articles are checked.</summary>
        public string? Known { get; init; }

        /// <summary>The publication date of articles that give none.</summary>
        public string? Published { get; init; }
    }
}
