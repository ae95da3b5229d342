using System.Runtime.InteropServices;

namespace FactCheck.Cli;

/// <summary>
/// The process's standard output or error on Linux as a plain stream of bytes: each write is <c>write(2)</c> on the
/// descriptor, so the descriptor's offset moves as the shell expects (<c>{ factcheck …; echo; } &gt; file</c>), and a
/// reader that has gone (<c>| head</c>) ends the output quietly, as the console's own stream does.
/// </summary>
/// <remarks>
/// Why: System.Console's stream sets up the terminal on its first write, even when the output is a file or a pipe: it
/// creates <c>Console.Out</c> to lock on (asking the terminal's settings for an encoding) and starts a thread for
/// terminal signals. That was about 1.3 ms of a check of the seed sample (0.902 and 0.903 of the time over 300
/// alternating runs; sixteenth pass). A <see cref="FileStream"/> on the descriptor would not do: it writes at offsets of its own, which
/// left the shell's offset behind (a second command's output overwrote the first's), and it throws on a broken pipe.
/// Elsewhere than Linux the console's stream is used.
/// </remarks>
internal sealed partial class StandardStream : Stream
{
    private const int Interrupted = 4;   // EINTR
    private const int NotOpen = 9;       // EBADF
    private const int WouldBlock = 11;   // EAGAIN: the descriptor is non-blocking and its pipe is full
    private const int BrokenPipe = 32;   // EPIPE

    private readonly int descriptor;

    internal StandardStream(int descriptor) => this.descriptor = descriptor;

    /// <summary>Standard output: this stream on Linux, the console's elsewhere (<see cref="Open"/>).</summary>
    internal static Stream Output() => Open(1, Console.OpenStandardOutput);

    /// <summary>Standard error: this stream on Linux, the console's elsewhere (<see cref="Open"/>).</summary>
    internal static Stream Error() => Open(2, Console.OpenStandardError);

    /// <summary>
    /// This stream on <paramref name="descriptor"/> on Linux, after writing nothing to it: a descriptor the shell closed
    /// (<c>&gt;&amp;-</c>) gets <see cref="Stream.Null"/>, so that a file the command opens later, which would take its
    /// number, never receives the report. The console's stream elsewhere, or where libc cannot be called.
    /// </summary>
    internal static Stream Open(int descriptor, Func<Stream> console)
    {
        if (!OperatingSystem.IsLinux()) return console();
        try
        {
            if (WriteSome(descriptor, [], 0) == 0) return new StandardStream(descriptor);
            return Marshal.GetLastPInvokeError() == NotOpen ? Stream.Null : new StandardStream(descriptor);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return console();
        }
    }

    /// <summary>Whether the reader has gone: what is written from then on is dropped.</summary>
    internal bool ReaderGone { get; private set; }

    /// <summary>
    /// Whether a write failed: the error was thrown once, and what is written from then on is dropped, so that the
    /// buffers above, which keep what they could not pass on and try again as they are disposed, repeat nothing.
    /// </summary>
    internal bool Failed { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        ValidateBufferArguments(buffer, offset, count);
        Write(buffer.AsSpan(offset, count));
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty && !ReaderGone && !Failed)
        {
            var written = WriteSome(descriptor, buffer, (nuint)buffer.Length);
            if (written > 0)
            {
                buffer = buffer[(int)written..];
                continue;
            }
            if (written == 0) Fail($"Writing to descriptor {descriptor} wrote nothing.");
            switch (Marshal.GetLastPInvokeError())
            {
                case Interrupted:
                    continue;
                case WouldBlock:
                    Thread.Sleep(1);
                    continue;
                case BrokenPipe:
                    ReaderGone = true;
                    return;
                case var error:
                    Fail($"Writing to descriptor {descriptor} failed: {Marshal.GetPInvokeErrorMessage(error)}.");
                    break;
            }
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void Fail(string message)
    {
        Failed = true;
        throw new IOException(message);
    }

    public override void Flush()
    {
        // Nothing is held: every write has been handed to the descriptor.
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static partial nint WriteSome(int descriptor, ReadOnlySpan<byte> buffer, nuint count);
}
