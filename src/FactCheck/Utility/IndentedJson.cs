using System.Text.Encodings.Web;
using System.Text.Json;

namespace FactCheck.Utility;

/// <summary>How FactCheck writes the JSON people read and commit: reports, claim files and baselines.</summary>
internal static class IndentedJson
{
    /// <summary>
    /// Indented, with a line feed for a new line on every machine (the writer's own default is the system's, and a
    /// report, a claim file or a baseline written on Windows must not differ from one written on Linux in every line),
    /// and only what JSON requires escaped: quotes and names keep their letters (’, é, –) instead of \u escapes.
    /// </summary>
    internal static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
