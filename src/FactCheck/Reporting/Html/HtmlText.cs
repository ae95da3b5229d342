using System.Globalization;
using System.Text;

namespace FactCheck.Reporting.Html;

/// <summary>Text as the HTML report writes it: escaped for markup, numbers and dates in the invariant culture.</summary>
internal static class HtmlText
{
    /// <summary>Escapes the five characters that could end text or an attribute value.</summary>
    internal static string Escape(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is '&' or '<' or '>' or '"' or '\'') count++;
        }
        if (count == 0) return text;
        var escaped = new StringBuilder(text.Length + (count * 5));
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            });
            if (c is not ('&' or '<' or '>' or '"' or '\'')) escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>A coordinate with at most one decimal, the same on every machine.</summary>
    internal static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A figure for an axis or label: <c>8,600</c>, <c>2.5</c>.</summary>
    internal static string Figure(double value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);

    /// <summary>An id safe in an HTML id attribute and a URL fragment, kept readable: <c>us-troops-iraq</c>.</summary>
    internal static string Anchor(string text)
    {
        var anchor = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            anchor.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }
        return anchor.ToString();
    }

    internal static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:#,##0} {noun}{(count == 1 ? "" : "s")}");

    internal static string SeverityClass(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
