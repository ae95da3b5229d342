using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FactCheck.Serialization;

/// <summary>
/// Applies the machine-applicable fixes of findings to the claim files they came from, in place: each fix replaces
/// only its field's string token, so the rest of the file (indentation, order, comments) stays as it was, and each
/// file is written beside itself and then moved over the old one, so a failure leaves the old file whole.
/// </summary>
public static class ClaimFileFixer
{
    private static readonly JsonWriterOptions StringOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Applies every fix of <paramref name="findings"/> to the files of <paramref name="document"/>.</summary>
    /// <param name="document">The claims as read, with where each stands.</param>
    /// <param name="findings">The findings whose <see cref="Finding.Fixes"/> to apply.</param>
    /// <returns>What was applied, and the fixes left alone with why.</returns>
    /// <exception cref="IOException">A file could not be read or written; files already fixed stay fixed.</exception>
    public static ClaimFixOutcome Apply(ClaimSetDocument document, IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(findings);
        var skipped = ImmutableArray.CreateBuilder<string>();
        var byFile = new SortedDictionary<string, List<(FindingFix Fix, ClaimLocation At)>>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        foreach (var fix in findings.SelectMany(f => f.Fixes))
        {
            // Two findings may propose the same edit (one misspelling among several roles); it is made once.
            if (!seen.Add((fix.ClaimId, fix.Field))) continue;
            if (document.LocationOf(fix.ClaimId) is not { File: { } file } at)
            {
                skipped.Add($"{fix}: the claim is not in a file.");
                continue;
            }
            if (!byFile.TryGetValue(file, out var list)) byFile[file] = list = [];
            list.Add((fix, at));
        }
        var applied = 0;
        var files = ImmutableArray.CreateBuilder<string>();
        foreach (var (file, fixes) in byFile)
        {
            var bytes = File.ReadAllBytes(file);
            var text = new ClaimFileText(bytes);
            var edits = new List<(FieldToken Token, string Text)>();
            foreach (var (fix, at) in fixes)
            {
                if (ClaimFieldLocator.Find(text, at, fix.Field) is not { } token)
                {
                    skipped.Add($"{fix}: {ReportPath(file)} has no text field '{fix.Field}' in the claim at line {at.Line.ToString(CultureInfo.InvariantCulture)}.");
                }
                else if (!string.Equals(token.Value, fix.OldText, StringComparison.OrdinalIgnoreCase))
                {
                    skipped.Add($"{fix}: the field reads \"{token.Value}\" now; it was edited since the check.");
                }
                else
                {
                    edits.Add((token, fix.NewText));
                }
            }
            if (edits.Count == 0) continue;
            edits.Sort((a, b) => b.Token.Start.CompareTo(a.Token.Start));
            var edited = Edit(bytes, edits);
            Utility.AtomicFile.Write(file, stream => stream.Write(edited));
            applied += edits.Count;
            files.Add(file);
        }
        return new ClaimFixOutcome(applied, files.ToImmutable(), skipped.ToImmutable());
    }

    /// <summary>The file with each token replaced, made in one pass; <paramref name="edits"/> are sorted from the end back.</summary>
    private static byte[] Edit(byte[] bytes, List<(FieldToken Token, string Text)> edits)
    {
        using var output = new MemoryStream(bytes.Length + 64);
        var at = 0;
        for (var i = edits.Count - 1; i >= 0; i--)
        {
            var (token, replacement) = edits[i];
            output.Write(bytes, at, token.Start - at);
            output.Write(JsonString(replacement));
            at = token.Start + token.Length;
        }
        output.Write(bytes, at, bytes.Length - at);
        return output.ToArray();
    }

    /// <summary>The text as a JSON string token, escaped only where JSON requires, as the claim files are written.</summary>
    internal static byte[] JsonString(string text)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, StringOptions)) json.WriteStringValue(text);
        return buffer.WrittenSpan.ToArray();
    }

    private static string ReportPath(string file) => file.Replace('\\', '/');
}
