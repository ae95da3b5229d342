using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FactCheck.Reporting;

/// <summary>
/// A JSON writer that hands its bytes on to a stream or a text writer every few kilobytes, so that writing a
/// report of a million findings holds one small buffer and never the whole text.
/// </summary>
internal sealed class ChunkedJsonOutput : IDisposable
{
    private const int ChunkSize = 1 << 16;
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly ArrayBufferWriter<byte> buffer = new(ChunkSize * 2);
    private readonly Stream? stream;
    private readonly TextWriter? text;
    private char[] chars = [];
    // The message being written, and its characters for the writer: they grow to the longest message and stay.
    private readonly StringBuilder message = new(256);
    private char[] messageChars = new char[256];

    private ChunkedJsonOutput(Stream? stream, TextWriter? text)
    {
        this.stream = stream;
        this.text = text;
        Json = new Utf8JsonWriter(buffer, Options);
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

    /// <summary>Passes on everything written and ends the text with a newline, as every report does.</summary>
    public void Complete()
    {
        Drain();
        if (stream is not null) stream.WriteByte((byte)'\n');
        else text!.Write('\n');
    }

    /// <summary>
    /// Writes <paramref name="finding"/>'s message as the string property <paramref name="name"/>, formatted from its
    /// arguments into a buffer this output keeps: a report of a hundred thousand findings makes no string per message.
    /// </summary>
    public void WriteMessage(string name, Finding finding)
    {
        message.Clear();
        finding.AppendMessage(message);
        if (messageChars.Length < message.Length) messageChars = new char[Math.Max(message.Length, 2 * messageChars.Length)];
        message.CopyTo(0, messageChars, message.Length);
        Json.WriteString(name, messageChars.AsSpan(0, message.Length));
    }

    public void Dispose() => Json.Dispose();

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
