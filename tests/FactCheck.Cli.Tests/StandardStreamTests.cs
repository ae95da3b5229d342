using System.IO.Pipes;
using System.Text;

namespace FactCheck.Cli.Tests;

public sealed class StandardStreamTests
{
    [Fact]
    public async Task Bytes_written_reach_the_reader_of_the_pipe_in_order()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var pipe = new AnonymousPipeServerStream(PipeDirection.In);
        using var writer = new StandardStream((int)pipe.ClientSafePipeHandle.DangerousGetHandle());
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"line {i}\n"));
        var reading = Task.Run(() => new StreamReader(pipe, Encoding.UTF8).ReadToEnd());
        writer.Write(Encoding.UTF8.GetBytes(text));
        pipe.DisposeLocalCopyOfClientHandle();
        (await reading.WaitAsync(TimeSpan.FromSeconds(30))).Should().Be(text, "more than a pipe holds at once, so some writes waited for the reader");
    }

    [Fact]
    public void Writes_move_the_descriptor_s_offset_so_the_next_writer_of_a_file_continues_after_them()
    {
        if (!OperatingSystem.IsLinux()) return;
        var file = Path.GetTempFileName();
        try
        {
            using (var handle = File.OpenHandle(file, FileMode.Create, FileAccess.Write))
            {
                var descriptor = (int)handle.DangerousGetHandle();
                new StandardStream(descriptor).Write("first command\n"u8);
                new StandardStream(descriptor).Write("second command\n"u8);
            }
            File.ReadAllText(file).Should().Be("first command\nsecond command\n");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_reader_that_has_gone_ends_the_output_quietly()
    {
        if (!OperatingSystem.IsLinux()) return;
        var pipe = new AnonymousPipeServerStream(PipeDirection.In);
        // Once asked for, the write end is ours to close: disposing the server closes only the read end.
        using var writeEnd = pipe.ClientSafePipeHandle;
        using var writer = new StandardStream((int)writeEnd.DangerousGetHandle());
        pipe.Dispose();
        writeEnd.IsClosed.Should().BeFalse("the write end stays open, so the write meets a pipe without a reader");
        var write = () => writer.Write(new byte[100_000]);
        write.Should().NotThrow("the console's stream drops output nobody reads, and so does this one");
        writer.ReaderGone.Should().BeTrue();
        write.Should().NotThrow();
    }

    [Fact]
    public void A_descriptor_that_is_not_open_is_an_error_that_says_so()
    {
        if (!OperatingSystem.IsLinux()) return;
        var write = () => new StandardStream(int.MaxValue).Write("x"u8);
        write.Should().Throw<IOException>().WithMessage($"Writing to descriptor {int.MaxValue} failed: *");
    }

    [Fact]
    public void The_stream_only_writes() =>
        new StandardStream(1).Should().Match<StandardStream>(s => s.CanWrite && !s.CanRead && !s.CanSeek);
}
