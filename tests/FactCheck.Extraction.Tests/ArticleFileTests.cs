using System.Text;
using CsCheck;

namespace FactCheck.Extraction.Tests;

/// <summary>Article files read as File.ReadAllText reads them, whatever their encoding marks and bytes.</summary>
public sealed class ArticleFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("factcheck-articles-").FullName;
    private int files;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8 with mark")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-32le")]
    [InlineData("utf-32be")]
    public void An_article_file_reads_as_its_encoding_says(string encoding)
    {
        const string Text = "---\ntitle: Zürich\npublished: 2020-09-09\n---\n\uFEFFSome 8,600 troops — “said” the général.\n";
        var bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(Text),
            "utf-8 with mark" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Text)],
            "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Text)],
            "utf-32le" => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Text)],
            _ => [.. new UTF32Encoding(bigEndian: true, byteOrderMark: true).GetPreamble(), .. new UTF32Encoding(bigEndian: true, byteOrderMark: true).GetBytes(Text)],
        };

        var article = Load(bytes);

        article.Title.Should().Be("Zürich");
        article.Body.Should().Be("\uFEFFSome 8,600 troops — “said” the général.\n", "a mark inside the text is the text's");
        article.Should().Be(Article.Parse(article.Id, File.ReadAllText(article.Path!)) with { Path = article.Path });
    }

    [Fact]
    public void Any_bytes_read_as_the_framework_reads_them()
    {
        // Byte order marks, stray continuation bytes, truncated sequences and plain text, in any order.
        var pieces = Gen.OneOf<byte[]>([0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x80], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98, 0x80], "a b"u8.ToArray(), "\n---\n"u8.ToArray(), [0x00]);
        pieces.Array[0, 12].Sample(parts =>
        {
            var bytes = parts.SelectMany(static p => p).ToArray();
            // CsCheck samples on several threads: a file each.
            var path = Path.Combine(folder, $"random-{Interlocked.Increment(ref files)}.md");
            File.WriteAllBytes(path, bytes);
            Article expected;
            try
            {
                expected = Article.Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)) with { Path = path };
            }
            catch (FormatException)
            {
                return true;
            }
            return Article.Load(path) == expected;
        }, iter: 500);
    }

    private Article Load(byte[] bytes)
    {
        var path = Path.Combine(folder, "article.md");
        File.WriteAllBytes(path, bytes);
        return Article.Load(path);
    }
}
