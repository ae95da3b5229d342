using System.Globalization;
using FactCheck.Reporting.Html;
using static FactCheck.Reporting.Html.HtmlText;

namespace FactCheck.Reporting;

/// <summary>
/// Writes a <see cref="CheckReport"/> as one self-contained HTML page for an editor: the summary; for each subject
/// with findings, a timeline of its figures, targets and changes as stated (inline SVG), with the claims of its
/// findings outlined and numbered, beside the findings; each finding's claims with quote, source, attribution and
/// place in their file, and a quote's sentence when the article's text is known.
/// </summary>
/// <remarks>
/// The page fetches nothing (no script, stylesheet, font or image from anywhere), so it opens from disk offline. It
/// reads at phone width, the charts carry a title and a description for screen readers, and the bytes are the same
/// on every run: invariant culture, report and claim order, no time stamp.
/// </remarks>
public sealed class HtmlReportWriter : ReportWriter
{
    /// <inheritdoc />
    public override string Name => "html";

    /// <inheritdoc />
    public override void Write(CheckReport report, TextWriter output, ReportContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        context ??= ReportContext.None;
        var claims = context.Claims;
        var title = claims?.Title is { } t ? t : "Claims";
        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        output.Write("<meta name=\"generator\" content=\"FactCheck " + Escape(context.ToolVersion) + "\">\n");
        output.Write($"<title>FactCheck: {Escape(title)}</title>\n<style>\n{HtmlStyle.Css}\n</style>\n</head>\n<body>\n");
        WriteHeader(output, report, title, claims);
        output.Write("<main>\n");
        var numbers = new Dictionary<Finding, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < report.Findings.Count; i++) numbers[report.Findings[i]] = i + 1;
        if (report.Findings.Count == 0) output.Write("<p class=\"clean\">No findings: the claims are consistent.</p>\n");

        // Subjects in the order of their first finding, so the most severe come first; the findings a timeline
        // cannot show (names, dates, engine findings) close the page.
        var bySubject = report.Findings.Where(f => f.Subject is not null).GroupBy(f => f.Subject!, StringComparer.Ordinal).ToList();
        var unplaced = report.Findings.Where(f => f.Subject is null).ToList();
        var section = 0;
        // The claims of the subjects with findings, gathered in one pass over the set.
        var claimsBySubject = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        foreach (var group in bySubject) claimsBySubject[group.Key] = [];
        foreach (var claim in claims?.Claims ?? [])
        {
            if (SubjectOf(claim) is { } subject && claimsBySubject.TryGetValue(subject, out var list)) list.Add(claim);
        }
        foreach (var group in bySubject)
        {
            var subjectClaims = claimsBySubject[group.Key];
            if (!subjectClaims.Any(c => c is Observation or Target or Change))
            {
                unplaced.AddRange(group);
                continue;
            }
            WriteSubject(output, ++section, group.Key, group.ToList(), subjectClaims, numbers, context);
        }
        if (unplaced.Count > 0)
        {
            unplaced.Sort((a, b) => numbers[a].CompareTo(numbers[b]));
            output.Write("<section class=\"subject\" id=\"other-findings\" aria-labelledby=\"other-findings-heading\">\n");
            output.Write($"<h2 id=\"other-findings-heading\">{(section == 0 ? "Findings" : "Other findings")} <small>names, dates and events</small></h2>\n");
            WriteFindings(output, unplaced, numbers, context);
            output.Write("</section>\n");
        }
        output.Write("</main>\n<footer>\n<p>Written by FactCheck " + Escape(context.ToolVersion)
            + ". Figures are drawn as stated: a bar spans the values a figure allows (about, at least, between) over the days it covers; the dot is the figure as stated.</p>\n</footer>\n</body>\n</html>\n");
    }

    private static void WriteHeader(TextWriter output, CheckReport report, string title, ClaimSet? claims)
    {
        output.Write($"<header>\n<h1>FactCheck report<small>{Escape(title)}");
        if (claims?.AsOf is { } asOf) output.Write(" · as of " + Dates.Format(asOf));
        output.Write("</small></h1>\n");
        var verdict = report.Errors > 0 ? "Errors to correct before publishing."
            : report.Warnings > 0 ? "Warnings to check before publishing."
            : report.Infos > 0 ? "Notes only; nothing contradicts." : "The claims are consistent.";
        output.Write($"<p class=\"verdict\">{verdict}</p>\n<ul class=\"summary\">\n");
        output.Write($"<li class=\"error\"><strong>{report.Errors.ToString("#,##0", CultureInfo.InvariantCulture)}</strong> error{(report.Errors == 1 ? "" : "s")}</li>\n");
        output.Write($"<li class=\"warning\"><strong>{report.Warnings.ToString("#,##0", CultureInfo.InvariantCulture)}</strong> warning{(report.Warnings == 1 ? "" : "s")}</li>\n");
        output.Write($"<li class=\"info\"><strong>{report.Infos.ToString("#,##0", CultureInfo.InvariantCulture)}</strong> info{(report.Infos == 1 ? "" : "s")}</li>\n");
        output.Write($"<li><strong>{report.ClaimCount.ToString("#,##0", CultureInfo.InvariantCulture)}</strong> claim{(report.ClaimCount == 1 ? "" : "s")} checked</li>\n</ul>\n</header>\n");
    }

    private static void WriteSubject(TextWriter output, int section, string subject, List<Finding> findings, List<Claim> subjectClaims,
        Dictionary<Finding, int> numbers, ReportContext context)
    {
        var name = context.Claims?.FindEntity(subject)?.Name ?? subject;
        var id = "subject-" + section.ToString(CultureInfo.InvariantCulture);
        output.Write($"<section class=\"subject\" id=\"{id}\" aria-labelledby=\"{id}-heading\">\n");
        output.Write($"<h2 id=\"{id}-heading\">{Escape(name)} <small><code>{Escape(subject)}</code></small></h2>\n<div class=\"subject-body\">\n<figure>\n");
        var marks = new Dictionary<string, List<(int, Severity)>>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            foreach (var claim in finding.Claims)
            {
                if (!marks.TryGetValue(claim, out var list)) marks[claim] = list = [];
                list.Add((numbers[finding], finding.Severity));
            }
        }
        output.Write("<div class=\"chart\">\n");
        TimelineChart.TryWrite(output, id + "-chart", name, subjectClaims, marks, context.Claims?.AsOf);
        output.Write("</div>\n");
        output.Write("<figcaption><span class=\"key observation\"></span>figure as stated (bar: the values and days it allows)");
        output.Write("<span class=\"key target\"></span>target, set to deadline<span class=\"key change\"></span>change over its period. ");
        output.Write("Numbered circles mark the claims of the findings beside.</figcaption>\n</figure>\n");
        WriteFindings(output, findings, numbers, context);
        output.Write("</div>\n</section>\n");
    }

    private static void WriteFindings(TextWriter output, List<Finding> findings, Dictionary<Finding, int> numbers, ReportContext context)
    {
        output.Write("<ol class=\"findings\">\n");
        foreach (var finding in findings)
        {
            var number = numbers[finding].ToString(CultureInfo.InvariantCulture);
            var severity = SeverityClass(finding.Severity);
            var rule = context.Rules.FirstOrDefault(r => r.Id == finding.RuleId) ?? Rules.BuiltInRules.Find(finding.RuleId);
            output.Write($"<li class=\"finding {severity}\" id=\"finding-{number}\">\n<p class=\"finding-head\"><span class=\"num\" aria-label=\"Finding {number}\">{number}</span>");
            output.Write($"<span class=\"sev\">{severity}</span><code>{Escape(finding.RuleId)}</code>");
            if (rule is not null) output.Write($"<span class=\"rule\">{Escape(rule.Name)}</span>");
            output.Write($"</p>\n<p class=\"message\">{Escape(finding.Message)}</p>\n");
            if (finding.Claims.Count > 0)
            {
                output.Write("<ul class=\"claims\">\n");
                foreach (var claimId in finding.Claims) WriteClaim(output, claimId, context);
                output.Write("</ul>\n");
            }
            output.Write("</li>\n");
        }
        output.Write("</ol>\n");
    }

    private static void WriteClaim(TextWriter output, string claimId, ReportContext context)
    {
        var claim = context.Claims?.FindClaim(claimId);
        output.Write($"<li class=\"claim\">\n<p class=\"claim-head\"><code>{Escape(claimId)}</code>");
        if (claim is not null) output.Write($" {claim.Kind.ToString().ToLowerInvariant()} · {Escape(claim.ToString())}");
        output.Write("</p>\n");
        if (claim is not null)
        {
            var provenance = claim.Provenance;
            var sentence = provenance.Source is { } sourceId && provenance.Span is { } span && context.SourceTexts.TryGetValue(sourceId, out var article)
                ? QuoteSentence.Find(article, span) : null;
            if (sentence is { } s)
            {
                output.Write($"<p class=\"sentence\">{Escape(s.Before)}<mark>{Escape(s.Quoted)}</mark>{Escape(s.After)}</p>\n");
            }
            else if (provenance.Quote is { } quote)
            {
                output.Write($"<blockquote>“{Escape(quote)}”</blockquote>\n");
            }
            var meta = new List<string>();
            if (context.Claims?.FindSource(provenance.Source) is { } source) meta.Add("Source: " + Describe(source));
            else if (provenance.Source is { } unknown) meta.Add("Source: " + Escape(unknown));
            else meta.Add("No source");
            if (provenance.Attribution is { } who) meta.Add("Said by " + Escape(who));
            if (provenance.Span is { } where) meta.Add(string.Create(CultureInfo.InvariantCulture, $"characters {where.Start:#,##0}–{where.End:#,##0} of the article"));
            if (context.LocationOf(claimId) is { File: { } file } at)
            {
                meta.Add(string.Create(CultureInfo.InvariantCulture, $"<code>{Escape(ReportContext.PortablePath(file))}:{at.Line}:{at.Column}</code>"));
            }
            output.Write($"<p class=\"meta\">{string.Join(" · ", meta)}</p>\n");
        }
        output.Write("</li>\n");
    }

    private static string Describe(Source source)
    {
        var text = "<code>" + Escape(source.Id) + "</code>";
        if (source.Title is { } title) text += " “" + Escape(title) + "”";
        if (source.Publisher is { } publisher) text += ", " + Escape(publisher);
        if (source.Published is { } published) text += ", " + Dates.Format(published);
        return text;
    }

    private static string? SubjectOf(Claim claim) => claim switch
    {
        Observation o => o.Subject,
        Target t => t.Subject,
        Change c => c.Subject,
        Event e => e.Subject,
        _ => null,
    };
}
