using System.Buffers;
using System.Text;
using System.Text.Json;

namespace FactCheck.Reporting;

/// <summary>
/// A JSON writer that hands its bytes on to a stream or a text writer every few kilobytes, so that writing a
/// report of a million findings, or a claim-set file of a million claims, holds a few small buffers (and, while a large report is written on several cores, a few
/// blocks of findings: see <see cref="ParallelFindings"/>) and never the whole text.
/// </summary>
internal sealed class ChunkedJsonOutput : IDisposable
{
    private const int ChunkSize = 1 << 16;
    private readonly ArrayBufferWriter<byte> buffer = new(ChunkSize * 2);
    private readonly Stream? stream;
    private readonly TextWriter? text;
    private char[] chars = [];

    private ChunkedJsonOutput(Stream? stream, TextWriter? text)
    {
        this.stream = stream;
        this.text = text;
        Json = new Utf8JsonWriter(buffer, Utility.IndentedJson.Options);
    }

    /// <summary>The writer to write the JSON with.</summary>
    public Utf8JsonWriter Json { get; }

    public static ChunkedJsonOutput To(Stream stream) => new(stream ?? throw new ArgumentNullException(nameof(stream)), null);

    public static ChunkedJsonOutput To(TextWriter text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A writer that only encodes to UTF-8 onto a stream is stepped around: what it holds is flushed first, then
        // the bytes go to its stream as they are, instead of being decoded to characters only to be encoded again.
        if (text is StreamWriter { Encoding: UTF8Encoding } writer)
        {
            writer.Flush();
            return new(writer.BaseStream, null);
        }
        return new(null, text);
    }

    /// <summary>Passes the bytes written so far on once they fill a chunk; call between values.</summary>
    public void FlushIfFull()
    {
        if (Json.BytesPending + buffer.WrittenCount >= ChunkSize) Drain();
    }

    /// <summary>Passes on everything written and ends the text with a newline, as every report and claim-set file does.</summary>
    public void Complete()
    {
        Drain();
        if (stream is not null) stream.WriteByte((byte)'\n');
        else text!.Write('\n');
    }

    /// <summary>The buffer this output's messages are written from.</summary>
    public MessageText Messages { get; } = new();

    public void Dispose() => Json.Dispose();

    /// <summary>Passes on everything written so far, without ending the text.</summary>
    private void Drain()
    {
        Json.Flush();
        var bytes = buffer.WrittenSpan;
        if (stream is not null)
        {
            stream.Write(bytes);
        }
        else
        {
            // The writer only flushes whole values, so a chunk never ends inside a UTF-8 sequence.
            var needed = Encoding.UTF8.GetMaxCharCount(bytes.Length);
            if (chars.Length < needed) chars = new char[needed];
            var count = Encoding.UTF8.GetChars(bytes, chars);
            text!.Write(chars, 0, count);
        }
        buffer.ResetWrittenCount();
    }
}
