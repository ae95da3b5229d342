namespace FactCheck.Reporting;

/// <summary>
/// Writes a <see cref="CheckReport"/> in one format: to a stream as UTF-8, to a text writer, or to a string, with
/// the same text every way. Writers hold no state between calls and are safe to share.
/// </summary>
public interface IReportWriter
{
    /// <summary>The format's name as the command takes it (<c>json</c>, <c>sarif</c>, <c>html</c>).</summary>
    string Name { get; }

    /// <summary>Writes the report as UTF-8 text to <paramref name="output"/>, as it goes; the stream is left open.</summary>
    /// <param name="report">The findings.</param>
    /// <param name="output">Where the text goes.</param>
    /// <param name="context">Where claims stand in files, the rules that ran, the tool version; null for none.</param>
    void Write(CheckReport report, Stream output, ReportContext? context = null);

    /// <summary>Writes the report to <paramref name="output"/>, as it goes; the writer is left open.</summary>
    /// <param name="report">The findings.</param>
    /// <param name="output">Where the text goes.</param>
    /// <param name="context">Where claims stand in files, the rules that ran, the tool version; null for none.</param>
    void Write(CheckReport report, TextWriter output, ReportContext? context = null);

    /// <summary>The report as text.</summary>
    /// <param name="report">The findings.</param>
    /// <param name="context">Where claims stand in files, the rules that ran, the tool version; null for none.</param>
    string Write(CheckReport report, ReportContext? context = null);
}
