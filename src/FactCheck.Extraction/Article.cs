using NodaTime;
using NodaTime.Text;

namespace FactCheck.Extraction;

/// <summary>
/// One news article: its body text and what its front matter says about it (title, publisher, publication date, address).
/// Spans of extracted claims are offsets into <see cref="Body"/>.
/// </summary>
public sealed record Article
{
    /// <summary>Creates an article.</summary>
    /// <param name="id">The source id its claims will carry (a slug: lower case letters, digits and dashes).</param>
    /// <param name="body">The text after any front matter.</param>
    /// <param name="published">The publication date, which anchors relative times; null when unknown.</param>
    /// <param name="title">The title, or null.</param>
    /// <param name="publisher">The publisher, or null.</param>
    /// <param name="url">The address, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    public Article(string id, string body, LocalDate? published = null, string? title = null, string? publisher = null, string? url = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(body);
        Id = id;
        Body = body;
        Published = published;
        Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        Publisher = string.IsNullOrWhiteSpace(publisher) ? null : publisher.Trim();
        Url = string.IsNullOrWhiteSpace(url) ? null : url.Trim();
    }

    /// <summary>The source id.</summary>
    public string Id { get; }

    /// <summary>The text after the front matter; spans are offsets into it.</summary>
    public string Body { get; }

    /// <summary>The publication date, or null.</summary>
    public LocalDate? Published { get; init; }

    /// <summary>The title, or null.</summary>
    public string? Title { get; }

    /// <summary>The publisher, or null.</summary>
    public string? Publisher { get; }

    /// <summary>The address, or null.</summary>
    public string? Url { get; }

    /// <summary>The file it was read from, or null for text given in code.</summary>
    public string? Path { get; init; }

    /// <summary>The 1-based line of the file on which <see cref="Body"/> starts (after the front matter).</summary>
    public int FirstBodyLine { get; init; } = 1;

    /// <summary>The 1-based line of the file that holds offset <paramref name="offset"/> of the body.</summary>
    public int LineOf(int offset)
    {
        var line = FirstBodyLine;
        var end = Math.Clamp(offset, 0, Body.Length);
        for (var i = 0; i < end; i++)
        {
            if (Body[i] == '\n') line++;
        }
        return line;
    }

    /// <summary>
    /// Reads an article's text: an optional front matter block between two lines holding only <c>---</c>
    /// (<c>title</c>, <c>publisher</c>, <c>published</c>, <c>url</c>), then the body. Without a title in the front matter,
    /// a short first line without a final full stop is taken as the title (it stays in the body).
    /// </summary>
    /// <param name="id">The source id.</param>
    /// <param name="text">The whole text.</param>
    /// <exception cref="FormatException">The front matter's <c>published</c> is not an ISO date; the message quotes it.</exception>
    public static Article Parse(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var body = text.StartsWith('\uFEFF') ? text[1..] : text;
        var firstLine = 1;
        if (body.StartsWith("---", StringComparison.Ordinal) && LineEnd(body, 0) is var headEnd && body[..headEnd].TrimEnd() == "---")
        {
            var position = NextLine(body, headEnd);
            var line = 2;
            while (position < body.Length)
            {
                var end = LineEnd(body, position);
                var content = body[position..end].TrimEnd('\r');
                line++;
                if (content.Trim() == "---")
                {
                    body = body[NextLine(body, end)..];
                    firstLine = line;
                    break;
                }
                var colon = content.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0) fields[content[..colon].Trim()] = content[(colon + 1)..].Trim().Trim('"', '\'');
                position = NextLine(body, end);
            }
        }
        LocalDate? published = null;
        if (fields.TryGetValue("published", out var date) && date.Length > 0)
        {
            var parsed = LocalDatePattern.Iso.Parse(date.Length > 10 ? date[..10] : date);
            if (!parsed.Success) throw new FormatException($"The front matter's 'published' is '{date}'; expected a date such as 2020-09-09.");
            published = parsed.Value;
        }
        fields.TryGetValue("title", out var title);
        title ??= ImpliedTitle(body);
        fields.TryGetValue("publisher", out var publisher);
        fields.TryGetValue("url", out var url);
        return new Article(id, body, published, title, publisher, url) { FirstBodyLine = firstLine };
    }

    /// <summary>Reads the article file at <paramref name="path"/>; its source id is the file name without extension, slugged.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="FormatException">The front matter's date is not a date.</exception>
    public static Article Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(Slug.Of(System.IO.Path.GetFileNameWithoutExtension(path)), ReadText(path)) with { Path = path };
    }

    /// <summary>
    /// The file's text as <see cref="File.ReadAllText(string)"/> reads it (UTF-8 unless a byte order mark says otherwise,
    /// the mark not kept), from its bytes in one read: the reader's buffers and builder cost an archive of small articles
    /// more memory than their text.
    /// </summary>
    private static string ReadText(string path)
    {
        var bytes = File.ReadAllBytes(path);
        ReadOnlySpan<byte> text = bytes;
        // The marks of UTF-16 and UTF-32 (FE FF, FF FE, 00 00 FE FF) are left to the reader that knows them all, over the
        // bytes already read: the file is read once, and a file changed meanwhile cannot give a text of two versions.
        if (text.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || text.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || text.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            using var reader = new StreamReader(new MemoryStream(bytes, writable: false), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) text = text[3..];
        return System.Text.Encoding.UTF8.GetString(text);
    }

    private static string? ImpliedTitle(string body)
    {
        var trimmed = body.TrimStart();
        var end = trimmed.IndexOf('\n', StringComparison.Ordinal);
        var first = (end < 0 ? trimmed : trimmed[..end]).Trim().TrimStart('#').Trim();
        return first.Length is > 0 and <= 150 && !first.EndsWith('.') && end > 0 ? first : null;
    }

    private static int LineEnd(string text, int from)
    {
        var end = text.IndexOf('\n', from);
        return end < 0 ? text.Length : end;
    }

    private static int NextLine(string text, int lineEnd) => Math.Min(text.Length, lineEnd + 1);
}
