using System.CommandLine;
using System.Globalization;
using FactCheck.Extraction;
using FactCheck.Serialization;
using FactCheck.Utility;

namespace FactCheck.Cli;

/// <summary><c>factcheck extract ARTICLE…</c>: writes the claims the articles make as a draft claim set, or as a readable list.</summary>
internal static class ExtractCommand
{
    private static readonly string[] Formats = ["json", "text"];

    internal static Command Create(TextWriter output, TextWriter error)
    {
        var articles = new Argument<string[]>("articles") { Arity = ArgumentArity.OneOrMore, Description = "Articles: plain text (*.txt) or Markdown (*.md), with optional front matter (published: 2020-09-09).", CustomParser = TokenValues.Of };
        var known = new Option<string?>("--known") { Description = "A claim set of what the desk already knows: its groups, people and events are matched by name and alias, and its claims come along." };
        var published = new Option<string?>("--published") { Description = "The publication date (YYYY-MM-DD) of articles whose front matter gives none." };
        var format = new Option<string>("--format", "-f") { Description = "json (a factcheck/claims@1 draft) or text (each claim with its quote).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong(Formats);
        var outputPath = new Option<string?>("--output", "-o") { Description = "Write the draft to this file instead of the console." };
        var command = new Command("extract", "Extracts the claims that news articles make, as a draft claim set.") { articles, known, published, format, outputPath };
        command.SetAction(parsed => Run(parsed.GetValue(articles)!, parsed.GetValue(known), parsed.GetValue(published), parsed.GetValue(format)!, parsed.GetValue(outputPath), output, error));
        return command;
    }

    private static int Run(string[] paths, string? knownPath, string? publishedText, string format, string? outputPath, TextWriter output, TextWriter error)
    {
        var problems = new List<string>();
        var published = ArticleInput.Date(publishedText, problems);
        ClaimSet? known = null;
        if (knownPath is not null)
        {
            try
            {
                known = new ClaimSetReader().ReadFiles([knownPath]).ClaimSet;
            }
            catch (ClaimSetException e)
            {
                problems.AddRange(e.Problems.Select(p => "--known: " + (p.File is { } f ? p with { File = f.Replace('\\', '/') } : p)));
            }
        }
        var articles = ArticleInput.Load(paths, published, problems);
        if (problems.Count > 0)
        {
            foreach (var problem in problems) error.WriteLine("factcheck: " + problem);
            return ExitCodes.Invalid;
        }
        ExtractionResult extraction;
        try
        {
            extraction = new RuleBasedExtractor().Extract(articles, known);
        }
        catch (ClaimSetException e)
        {
            error.WriteLine($"factcheck: the extracted claims do not make a valid claim set: {e.Problems.Count} problem{(e.Problems.Count == 1 ? "" : "s")}.");
            foreach (var problem in e.Problems) error.WriteLine("  " + problem);
            return ExitCodes.Invalid;
        }
        if (format == "json" && extraction.Skipped.Count > 0)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"factcheck: {extraction.Skipped.Count} figure{(extraction.Skipped.Count == 1 ? " was" : "s were")} left out; --format text lists them."));
        }
        if (outputPath is null)
        {
            output.Write(format == "text" ? Describe(extraction) : ClaimSetWriter.WriteToString(extraction.Claims));
            return ExitCodes.Clean;
        }
        // Whole or not at all: a failure half-way (a full disk) leaves the draft that was there, never half of a new one.
        if (AtomicFile.TryWrite(outputPath, stream => WriteDraft(extraction, format, stream), out var failure)) return ExitCodes.Clean;
        error.WriteLine($"factcheck: cannot write the draft to '{outputPath}': {failure}");
        return ExitCodes.Invalid;
    }

    /// <summary>Writes to <paramref name="stream"/> the bytes the console would show, in UTF-8 without a byte order mark.</summary>
    private static void WriteDraft(ExtractionResult extraction, string format, Stream stream)
    {
        if (format == "text")
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true);
            writer.Write(Describe(extraction));
            return;
        }
        // Written as it is made, the bytes WriteToString would give: a draft of thousands of articles is megabytes, which
        // a string, its UTF-8 copy and their buffers held several times over.
        ClaimSetWriter.Write(extraction.Claims, stream);
    }

    /// <summary>Each claim on a line with its words and the article's line, then what was left out and why.</summary>
    private static string Describe(ExtractionResult extraction)
    {
        var text = new System.Text.StringBuilder();
        foreach (var claim in extraction.Claims.Claims)
        {
            if (extraction.ArticleOf(claim) is not { } article) continue;
            text.Append(CultureInfo.InvariantCulture, $"{claim.Id} {claim.Kind.ToString().ToLowerInvariant()}: {claim}");
            if (claim.Provenance.Attribution is { } who) text.Append(CultureInfo.InvariantCulture, $" ({who})");
            text.Append('\n');
            text.Append(CultureInfo.InvariantCulture, $"  \"{claim.Provenance.Quote}\" {(article.Path ?? article.Id).Replace('\\', '/')}:{extraction.LineOf(claim)}\n");
        }
        foreach (var group in extraction.Skipped.GroupBy(s => s.Reason, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"left out, {group.Key}: {string.Join(", ", group.Select(s => "\"" + s.Quote + "\""))}\n");
        }
        text.Append(CultureInfo.InvariantCulture, $"{extraction.Claims.Claims.Count(c => extraction.ArticleOf(c) is not null)} claims extracted from {extraction.Articles.Count} article{(extraction.Articles.Count == 1 ? "" : "s")}; {extraction.Skipped.Count} figures left out.\n");
        return text.ToString();
    }
}
