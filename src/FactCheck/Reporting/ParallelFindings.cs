using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Text.Json;

namespace FactCheck.Reporting;

/// <summary>
/// Writes a large report's findings on several cores: blocks of findings are formatted side by side, each as JSON of
/// its own at the depth the findings array has in the report, and then written in order, so the text is byte for byte
/// the one writing them one by one gives. Formatting a finding mostly waits for memory (its claims, their ids and
/// figures, scattered through a loaded claim set), and two cores wait for twice as much at once.
/// </summary>
/// <remarks>
/// At most <see cref="MaxThreads"/> threads, and two blocks each, are at work at a time: a report of any size holds at
/// most that many blocks' text (about half a megabyte each). A finding whose message cannot be written fails the
/// report as writing one by one would: with its own exception, after the findings before it are written, and with
/// the earliest such finding's exception when there are several. Findings are formatted on several threads at once:
/// a message's arguments are only read while it is written (<see cref="Rules.FindingArgument.AppendText"/>).
/// </remarks>
internal static class ParallelFindings
{
    /// <summary>The findings one block holds: enough that a block's work outweighs handing it to a thread.</summary>
    internal const int BlockSize = 1024;

    /// <summary>From how many findings on the work is shared: two blocks, one per core.</summary>
    internal const int From = 2 * BlockSize;

    /// <summary>The most threads that format at once: past a few, writing the blocks out is what waits.</summary>
    internal const int MaxThreads = 4;

    /// <summary>
    /// Writes <paramref name="findings"/>, each by <paramref name="writeFinding"/>, as the elements of the array that
    /// <paramref name="output"/>'s writer has just started.
    /// </summary>
    internal static void Write(ChunkedJsonOutput output, ValueArray<Finding> findings, Action<Utf8JsonWriter, MessageText, Finding> writeFinding)
    {
        var threads = Math.Clamp(Environment.ProcessorCount, 1, MaxThreads);
        var blocks = (findings.Count + BlockSize - 1) / BlockSize;
        var fragments = new Fragment[Math.Min(blocks, 2 * threads)];
        for (var i = 0; i < fragments.Length; i++) fragments[i] = new Fragment();
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        try
        {
            for (var first = 0; first < blocks; first += fragments.Length)
            {
                var count = Math.Min(fragments.Length, blocks - first);
                Parallel.For(0, count, options, b =>
                {
                    var from = (first + b) * BlockSize;
                    fragments[b].Format(findings, from, Math.Min(findings.Count, from + BlockSize), writeFinding);
                });
                for (var b = 0; b < count; b++)
                {
                    // Each block is the elements themselves, with the line breaks and indentation before them; the
                    // writer puts the comma between blocks, as it would between any two elements.
                    output.Json.WriteRawValue(fragments[b].Elements, skipInputValidation: true);
                    output.FlushIfFull();
                    // The block's findings up to the one that failed are written, as one by one they would be.
                    fragments[b].Failure?.Throw();
                }
            }
        }
        finally
        {
            foreach (var fragment in fragments) fragment.Dispose();
        }
    }

    /// <summary>One block's findings as JSON, written inside an array at the findings array's depth.</summary>
    private sealed class Fragment : IDisposable
    {
        private readonly ArrayBufferWriter<byte> buffer = new(1 << 16);
        private readonly Utf8JsonWriter json;
        private readonly MessageText messages = new();
        private int start;
        private int written;

        internal Fragment() => json = new Utf8JsonWriter(buffer, Utility.IndentedJson.Options);

        /// <summary>The elements written by the last <see cref="Format"/>: every finding of the block, or those before the one that failed.</summary>
        internal ReadOnlySpan<byte> Elements => buffer.WrittenSpan[start..written];

        /// <summary>What the block's first finding that could not be written threw, or null.</summary>
        internal ExceptionDispatchInfo? Failure { get; private set; }

        internal void Format(ValueArray<Finding> findings, int from, int to, Action<Utf8JsonWriter, MessageText, Finding> writeFinding)
        {
            buffer.ResetWrittenCount();
            json.Reset(buffer);
            Failure = null;
            // The report's findings are the elements of an array in the root object: so are these.
            json.WriteStartObject();
            json.WritePropertyName("findings");
            json.WriteStartArray();
            json.Flush();
            start = written = buffer.WrittenCount;
            try
            {
                for (var i = from; i < to; i++)
                {
                    writeFinding(json, messages, findings[i]);
                    // Where the finding ends: what the buffer holds, and what the writer holds for it.
                    written = buffer.WrittenCount + json.BytesPending;
                }
            }
            catch (Exception e)
            {
                // Kept for the writing thread, which throws it once the findings before it are out.
                Failure = ExceptionDispatchInfo.Capture(e);
            }
            json.Flush();
        }

        public void Dispose() => json.Dispose();
    }
}
