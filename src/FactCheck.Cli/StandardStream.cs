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
/// terminal signals. That was about 1.1 ms of a check of the seed sample (0.916 of the time over 300 alternating runs;
/// sixteenth pass). A <see cref="FileStream"/> on the descriptor would not do: it writes at offsets of its own, which
/// left the shell's offset behind (a second command's output overwrote the first's), and it throws on a broken pipe.
/// Elsewhere than Linux the console's stream is used.
/// </remarks>
internal sealed partial class StandardStream : Stream
{
    private const int Interrupted = 4;   // EINTR
    private const int WouldBlock = 11;   // EAGAIN: the descriptor is non-blocking and its pipe is full
    private const int BrokenPipe = 32;   // EPIPE

    private readonly int descriptor;

    internal StandardStream(int descriptor) => this.descriptor = descriptor;

    /// <summary>Standard output: this stream on Linux, the console's elsewhere.</summary>
    internal static Stream Output() => OperatingSystem.IsLinux() ? new StandardStream(1) : Console.OpenStandardOutput();

    /// <summary>Standard error: this stream on Linux, the console's elsewhere.</summary>
    internal static Stream Error() => OperatingSystem.IsLinux() ? new StandardStream(2) : Console.OpenStandardError();

    /// <summary>Whether the reader has gone: what is written from then on is dropped.</summary>
    internal bool ReaderGone { get; private set; }

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
        while (!buffer.IsEmpty && !ReaderGone)
        {
            var written = WriteSome(descriptor, buffer, (nuint)buffer.Length);
            if (written >= 0)
            {
                buffer = buffer[(int)written..];
                continue;
            }
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
                    throw new IOException($"Writing to descriptor {descriptor} failed: {Marshal.GetPInvokeErrorMessage(error)}.", error);
            }
        }
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
