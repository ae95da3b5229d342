using System.Globalization;
using System.Text;
using NodaTime;
using static FactCheck.Reporting.Html.HtmlText;

namespace FactCheck.Reporting.Html;

/// <summary>
/// Draws one subject's figures over time as inline SVG: each observation as its value interval over its days with
/// the stated figure marked, targets as bands from when they were set to their deadline, changes as arrows over
/// their period in a lane above; the claims of findings outlined in their severity's colour and numbered as the
/// findings are. Coordinates are rounded to a tenth, so the markup is the same on every machine.
/// </summary>
internal sealed class TimelineChart
{
    private const double Width = 680;
    private const double Left = 72;
    private const double Right = 24;
    private const double PlotHeight = 230;
    private const double LaneHeight = 40;
    private const double Bottom = 34;
    private const double CharWidth = 7.0;
    private const double BoldCharWidth = 7.9;
    private const int MaxOtherClaims = 200;
    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly int[] MonthSteps = [1, 2, 3, 6, 12, 24, 60, 120];
    private static readonly double[] StepFactors = [1, 2, 2.5, 5, 10];

    private readonly List<TimelineItem> items;
    private readonly IReadOnlyDictionary<string, List<(int Number, Severity Severity)>> marks;
    private readonly LocalDate first;
    private readonly int days;
    private readonly double low;
    private readonly double high;
    private readonly double plotTop;
    private readonly List<(double X, double Y, double W, double H)> placed = [];
    private readonly bool percent;

    private TimelineChart(List<TimelineItem> items, IReadOnlyDictionary<string, List<(int, Severity)>> marks)
    {
        this.items = items;
        this.marks = marks;
        var dates = items.SelectMany(i => new[] { i.From, i.To }).OfType<LocalDate>().ToList();
        var start = dates.Min();
        var end = dates.Max();
        // A little room either side, and at least a month shown, so a single day is not a line across the chart.
        var span = Math.Max(Dates.DaysBetween(start, end), 30);
        var pad = Math.Max(span / 20, 3);
        first = start.PlusDays(-pad);
        days = Dates.DaysBetween(first, end.PlusDays(pad + 1));
        var values = items.SelectMany(i => new[] { i.Low, i.High, i.Stated }).OfType<double>().ToList();
        var min = values.Count == 0 ? 0 : values.Min();
        var max = values.Count == 0 ? 1 : values.Max();
        // Counts and other non-negative figures start at zero, so that bars compare by height as readers expect.
        low = min >= 0 ? 0 : min;
        var step = NiceStep((max - low) / 5);
        high = Math.Ceiling(max * 1.08 / step) * step;
        if (high <= low) high = low + step;
        plotTop = 12 + (items.Count(i => i.Claim is Change) * LaneHeight);
        percent = items.Any(i => i.Percent) && items.All(i => i.Percent || i.Claim is Change);
    }

    private double Height => plotTop + PlotHeight + Bottom;

    private double PlotBottom => plotTop + PlotHeight;

    /// <summary>Writes the chart for <paramref name="claims"/>, or nothing when none of them has a place on a timeline.</summary>
    /// <returns>Whether a chart was written.</returns>
    internal static bool TryWrite(TextWriter output, string id, string subjectName, IEnumerable<Claim> claims,
        IReadOnlyDictionary<string, List<(int, Severity)>> marks, LocalDate? asOf)
    {
        var all = claims.Select(TimelineItem.Of).OfType<TimelineItem>().Where(i => i.From is not null || i.To is not null).ToList();
        var items = Focus(all, marks);
        if (items.Count == 0) return false;
        new TimelineChart(items, marks).Write(output, id, subjectName, asOf);
        var left = all.Count - items.Count;
        if (left > 0)
        {
            output.Write($"<p class=\"meta\">{Count(left, "other claim")} of this subject, outside the time of these findings or beyond the {MaxOtherClaims} a chart shows, {(left == 1 ? "is" : "are")} not drawn.</p>\n");
        }
        return true;
    }

    /// <summary>
    /// The claims to draw: those of the findings, and the others of their time. A figure from a decade before would
    /// squeeze the ones in question into a corner of the chart.
    /// </summary>
    private static List<TimelineItem> Focus(List<TimelineItem> all, IReadOnlyDictionary<string, List<(int, Severity)>> marks)
    {
        var involved = all.Where(i => marks.ContainsKey(i.Claim.Id)).ToList();
        var dates = involved.SelectMany(i => new[] { i.From, i.To }).OfType<LocalDate>().ToList();
        if (dates.Count == 0) return all;
        var (start, end) = (dates.Min(), dates.Max());
        // Beside the claims of the findings, a chart shows a few hundred others at most: more would not be read.
        var others = MaxOtherClaims;
        return all.Where(i => marks.ContainsKey(i.Claim.Id)
            || ((i.From is not { } from || from <= end) && (i.To is not { } to || to >= start) && others-- > 0)).ToList();
    }

    private void Write(TextWriter output, string id, string subjectName, LocalDate? asOf)
    {
        output.Write($"<svg class=\"timeline\" viewBox=\"0 0 {Number(Width)} {Number(Height)}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        output.Write($"<title id=\"{id}-title\">Timeline of {Escape(subjectName)}: figures, targets and changes as stated</title>\n");
        output.Write($"<desc id=\"{id}-desc\">{Escape(Description())}</desc>\n");
        WriteGrid(output);
        if (asOf is { } today && Inside(today)) WriteAsOf(output, today);
        // Bands first, then figures over them, then arrows; each group in claim order.
        foreach (var item in items.Where(i => i.Claim is Target)) WriteTarget(output, item);
        foreach (var item in items.Where(i => i.Claim is Observation)) WriteObservation(output, item);
        var lane = 0;
        foreach (var item in items.Where(i => i.Claim is Change)) WriteChange(output, item, lane++);
        output.Write("</svg>\n");
    }

    private string Description()
    {
        var text = new StringBuilder();
        foreach (var item in items)
        {
            if (text.Length > 0) text.Append(' ');
            text.Append(item.Claim.Kind).Append(' ').Append(item.Claim.Id).Append(": ").Append(item.Claim).Append('.');
            if (marks.TryGetValue(item.Claim.Id, out var found))
            {
                text.Append(" In finding").Append(found.Count == 1 ? " " : "s ")
                    .AppendJoin(", ", found.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Number} ({SeverityText.Of(f.Severity)})"))).Append('.');
            }
        }
        return text.ToString();
    }

    private void WriteGrid(TextWriter output)
    {
        output.Write("<g class=\"axis\">\n");
        var step = NiceStep((high - low) / 5);
        for (var value = low; value <= high + (step / 1000); value += step)
        {
            var y = Y(value);
            output.Write($"<line class=\"grid\" x1=\"{Number(Left)}\" y1=\"{Number(y)}\" x2=\"{Number(Width - Right)}\" y2=\"{Number(y)}\"/>");
            output.Write($"<text class=\"tick\" x=\"{Number(Left - 8)}\" y=\"{Number(y + 4)}\" text-anchor=\"end\">{Tick(value)}{(percent ? "%" : "")}</text>\n");
        }
        var months = Dates.DaysBetween(first, first.PlusDays(days)) / 30.4;
        var monthStep = MonthSteps.First(s => months / s <= 7);
        var tick = new LocalDate(first.Year, first.Month, 1).PlusMonths(1);
        while ((tick.Month - 1) % monthStep != 0) tick = tick.PlusMonths(1);
        for (; Inside(tick); tick = tick.PlusMonths(monthStep))
        {
            var x = X(tick);
            output.Write($"<line class=\"grid\" x1=\"{Number(x)}\" y1=\"{Number(plotTop)}\" x2=\"{Number(x)}\" y2=\"{Number(PlotBottom)}\"/>");
            var label = monthStep >= 12 ? tick.Year.ToString(CultureInfo.InvariantCulture) : MonthNames[tick.Month - 1] + " " + tick.Year.ToString(CultureInfo.InvariantCulture);
            output.Write($"<text class=\"tick\" x=\"{Number(x)}\" y=\"{Number(PlotBottom + 18)}\" text-anchor=\"middle\">{label}</text>\n");
        }
        output.Write($"<line class=\"frame\" x1=\"{Number(Left)}\" y1=\"{Number(PlotBottom)}\" x2=\"{Number(Width - Right)}\" y2=\"{Number(PlotBottom)}\"/>\n");
        output.Write("</g>\n");
    }

    private void WriteAsOf(TextWriter output, LocalDate today)
    {
        var x = X(today) + (DayWidth / 2);
        output.Write($"<g class=\"asof\"><line x1=\"{Number(x)}\" y1=\"{Number(plotTop)}\" x2=\"{Number(x)}\" y2=\"{Number(PlotBottom)}\"/>");
        output.Write($"<text x=\"{Number(x - 4)}\" y=\"{Number(PlotBottom - 6)}\" text-anchor=\"end\">as of {Dates.Format(today)}</text></g>\n");
    }

    private void WriteTarget(TextWriter output, TimelineItem item)
    {
        var x1 = item.From is { } f ? X(f) : Left;
        var x2 = item.To is { } t ? X(t) + DayWidth : Width - Right;
        var yTop = item.High is { } h ? Y(h) : plotTop;
        var yBottom = item.Low is { } l ? Y(l) : PlotBottom;
        Open(output, item, "target");
        output.Write($"<rect class=\"band\" x=\"{Number(x1)}\" y=\"{Number(yTop)}\" width=\"{Number(Math.Max(x2 - x1, 2))}\" height=\"{Number(Math.Max(yBottom - yTop, 2))}\"/>");
        if (item.High is not null) output.Write($"<line class=\"edge\" x1=\"{Number(x1)}\" y1=\"{Number(yTop)}\" x2=\"{Number(x2)}\" y2=\"{Number(yTop)}\"/>");
        if (item.Low is { } lowValue && lowValue > low) output.Write($"<line class=\"edge\" x1=\"{Number(x1)}\" y1=\"{Number(yBottom)}\" x2=\"{Number(x2)}\" y2=\"{Number(yBottom)}\"/>");
        if (item.To is not null) output.Write($"<line class=\"deadline\" x1=\"{Number(x2)}\" y1=\"{Number(yTop - 6)}\" x2=\"{Number(x2)}\" y2=\"{Number(yBottom)}\"/>");
        var (labelX, labelY) = Place(x1 + 4, item.High is null ? yBottom - 18 : yTop + 4, BlockWidth(item), 1);
        WriteLabel(output, item, "label", labelX, labelY);
        output.Write("</g>\n");
    }

    private void WriteObservation(TextWriter output, TimelineItem item)
    {
        var x1 = item.From is { } f ? X(f) : Left;
        var x2 = item.To is { } t ? X(t) + DayWidth : Width - Right;
        if (x2 - x1 < 6)
        {
            var middle = (x1 + x2) / 2;
            (x1, x2) = (middle - 3, middle + 3);
        }
        var yTop = item.High is { } h ? Y(h) : plotTop;
        var yBottom = item.Low is { } l ? Y(l) : PlotBottom;
        if (yBottom - yTop < 4)
        {
            var middle = (yTop + yBottom) / 2;
            (yTop, yBottom) = (middle - 2, middle + 2);
        }
        Open(output, item, "observation");
        output.Write($"<rect class=\"range\" x=\"{Number(x1)}\" y=\"{Number(yTop)}\" width=\"{Number(x2 - x1)}\" height=\"{Number(yBottom - yTop)}\"/>");
        var cx = (x1 + x2) / 2;
        var cy = Y(item.Stated!.Value);
        output.Write($"<circle class=\"stated\" cx=\"{Number(cx)}\" cy=\"{Number(cy)}\" r=\"4.5\"/>");
        // The figure goes to the right of its mark, or to the left near the right edge.
        var width = BlockWidth(item);
        var preferred = cx + 10 + width < Width - Right ? cx + 10 : cx - 10 - width;
        var (labelX, labelY) = Place(preferred, cy - 8, width, -1);
        WriteLabel(output, item, "figure", labelX, labelY);
        output.Write("</g>\n");
    }

    private void WriteChange(TextWriter output, TimelineItem item, int lane)
    {
        var change = (Change)item.Claim;
        var x1 = item.From is { } f ? X(f) : Left;
        var x2 = item.To is { } t ? X(t) + DayWidth : Width - Right;
        var top = 14 + (lane * LaneHeight);
        Open(output, item, "change");
        // The words above, centred over the period where they fit; the arrow below them, over the period's days.
        var width = BlockWidth(item);
        var labelX = Math.Clamp(((x1 + x2) / 2) - (width / 2), 4, Width - Right - width);
        WriteLabel(output, item, "label", labelX, top - 2);
        var (y1, y2) = change.Direction switch
        {
            ChangeDirection.Increase => (top + 28, top + 18),
            ChangeDirection.Decrease => (top + 18, top + 28),
            _ => (top + 23, top + 23),
        };
        output.Write($"<line class=\"period\" x1=\"{Number(x1)}\" y1=\"{Number(top + 32)}\" x2=\"{Number(x2)}\" y2=\"{Number(top + 32)}\"/>");
        output.Write($"<line class=\"arrow\" x1=\"{Number(x1)}\" y1=\"{Number(y1)}\" x2=\"{Number(x2 - 2)}\" y2=\"{Number(y2)}\"/>");
        WriteArrowHead(output, x2, y2, x1, y1);
        output.Write("</g>\n");
    }

    private static void WriteArrowHead(TextWriter output, double x, double y, double fromX, double fromY)
    {
        var angle = Math.Atan2(y - fromY, x - fromX);
        var (ax, ay) = (x - (9 * Math.Cos(angle - 0.45)), y - (9 * Math.Sin(angle - 0.45)));
        var (bx, by) = (x - (9 * Math.Cos(angle + 0.45)), y - (9 * Math.Sin(angle + 0.45)));
        output.Write($"<path class=\"head\" d=\"M{Number(x)},{Number(y)} L{Number(ax)},{Number(ay)} L{Number(bx)},{Number(by)} Z\"/>");
    }

    /// <summary>Opens a claim's group: its class says whether a finding involves it, and its title names it for a pointer.</summary>
    private void Open(TextWriter output, TimelineItem item, string kind)
    {
        var involved = marks.TryGetValue(item.Claim.Id, out var found);
        var emphasis = involved ? " hl-" + SeverityClass(found!.Max(f => f.Severity)) : " quiet";
        output.Write($"<g class=\"{kind}{emphasis}\" data-claim=\"{Escape(item.Claim.Id)}\"><title>{Escape(item.Claim.Id)}: {Escape(item.Claim.ToString())}</title>");
    }

    /// <summary>The width of a claim's label and the numbered circles of its findings after it.</summary>
    private double BlockWidth(TimelineItem item) =>
        TextWidth(item) + (marks.TryGetValue(item.Claim.Id, out var found) ? 6 + (found.Count * 21) : 0);

    /// <summary>About how wide a claim's label is drawn: figures are in bold, other labels not.</summary>
    private static double TextWidth(TimelineItem item) => item.Label.Length * (item.Claim is Observation ? BoldCharWidth : CharWidth);

    /// <summary>A claim's label at (x, y), its top-left corner, followed by the numbers of the findings that involve the claim.</summary>
    private void WriteLabel(TextWriter output, TimelineItem item, string kind, double x, double y)
    {
        output.Write($"<text class=\"{kind}\" x=\"{Number(x)}\" y=\"{Number(y + 11.5)}\">{Escape(item.Label)}</text>");
        if (!marks.TryGetValue(item.Claim.Id, out var found)) return;
        var cx = x + TextWidth(item) + 15;
        foreach (var (number, severity) in found)
        {
            var text = number.ToString(CultureInfo.InvariantCulture);
            output.Write($"<g class=\"mark {SeverityClass(severity)}\"><circle cx=\"{Number(cx)}\" cy=\"{Number(y + 7)}\" r=\"9\"/><text x=\"{Number(cx)}\" y=\"{Number(y + 11)}\" text-anchor=\"middle\">{text}</text></g>");
            cx += 21;
        }
    }

    /// <summary>
    /// A free place for a label of <paramref name="width"/> near (x, y), inside the chart: a label that would overlap
    /// one already placed moves a line down (or up), so that the figures stay readable where claims crowd.
    /// </summary>
    private (double X, double Y) Place(double x, double y, double width, int direction)
    {
        const double height = 16;
        x = Math.Clamp(x, 4, Width - Right - width);
        for (var attempt = 0; attempt < 8; attempt++)
        {
            if (!placed.Exists(p => x < p.X + p.W && p.X < x + width && y < p.Y + p.H && p.Y < y + height)) break;
            y += direction * height;
        }
        y = Math.Clamp(y, plotTop - 4, PlotBottom - height);
        placed.Add((x, y, width, height));
        return (x, y);
    }

    private double DayWidth => (Width - Left - Right) / days;

    private bool Inside(LocalDate date) => date >= first && Dates.DaysBetween(first, date) < days;

    private double X(LocalDate date) => Left + (Dates.DaysBetween(first, date) * DayWidth);

    private double Y(double value) => PlotBottom - ((Math.Clamp(value, low, high) - low) / (high - low) * PlotHeight);

    /// <summary>An axis figure short enough for the margin: <c>8,000</c>, <c>12.5m</c>, <c>12bn</c>, <c>3.4tn</c>.</summary>
    private static string Tick(double value) => Math.Abs(value) switch
    {
        >= 1e12 => Figure(value / 1e12) + "tn",
        >= 1e9 => Figure(value / 1e9) + "bn",
        >= 1e6 => Figure(value / 1e6) + "m",
        _ => Figure(value),
    };

    private static double NiceStep(double raw)
    {
        if (!(raw > 0)) return 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (var factor in StepFactors)
        {
            if (factor * magnitude >= raw) return factor * magnitude;
        }
        return 10 * magnitude;
    }
}
