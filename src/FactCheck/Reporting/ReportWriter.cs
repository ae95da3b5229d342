using System.Globalization;
using System.Text;

namespace FactCheck.Reporting;

/// <summary>
/// The base of the report writers: a writer implements <see cref="Write(CheckReport, TextWriter, ReportContext?)"/>,
/// and gets the string form, and a stream form that encodes to UTF-8 through a 64 KB buffer as it goes.
/// </summary>
public abstract class ReportWriter : IReportWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public string Write(CheckReport report, ReportContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, text, context);
        return text.ToString();
    }

    /// <inheritdoc />
    public virtual void Write(CheckReport report, Stream output, ReportContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, Utf8, bufferSize: 1 << 16, leaveOpen: true);
        Write(report, writer, context);
    }

    /// <inheritdoc />
    public abstract void Write(CheckReport report, TextWriter output, ReportContext? context = null);

    /// <summary>The format's name.</summary>
    public override string ToString() => Name;
}
