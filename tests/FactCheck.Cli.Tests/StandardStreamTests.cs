using System.IO.Pipes;
using System.Text;

namespace FactCheck.Cli.Tests;

public sealed class StandardStreamTests
{
    [LinuxFact]
    public async Task Bytes_written_reach_the_reader_of_the_pipe_in_order()
    {
        using var pipe = new AnonymousPipeServerStream(PipeDirection.In);
        using var writer = new StandardStream((int)pipe.ClientSafePipeHandle.DangerousGetHandle());
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"line {i}\n"));
        var reading = Task.Run(() => new StreamReader(pipe, Encoding.UTF8).ReadToEnd());
        try
        {
            writer.Write(Encoding.UTF8.GetBytes(text));
        }
        finally
        {
            // The reader sees the end of the pipe only once the write end is closed, even when a write failed.
            pipe.DisposeLocalCopyOfClientHandle();
        }
        (await reading.WaitAsync(TimeSpan.FromSeconds(30))).Should().Be(text, "more than a pipe holds at once, so some writes waited for the reader");
    }

    [LinuxFact]
    public void Writes_move_the_descriptor_s_offset_so_the_next_writer_of_a_file_continues_after_them()
    {
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

    [LinuxFact]
    public void A_reader_that_has_gone_ends_the_output_quietly()
    {
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

    [LinuxFact]
    public void A_failed_write_is_thrown_once_and_what_follows_is_dropped()
    {
        var writer = new StandardStream(int.MaxValue);
        var write = () => writer.Write("x"u8);
        write.Should().Throw<IOException>().WithMessage($"Writing to descriptor {int.MaxValue} failed: *");
        writer.Failed.Should().BeTrue();
        write.Should().NotThrow("the buffers above try again as they are disposed, and must not repeat or throw again");
    }

    [LinuxFact]
    public void A_descriptor_the_shell_closed_gets_no_output_and_an_open_one_gets_this_stream()
    {
        StandardStream.Open(int.MaxValue, () => throw new InvalidOperationException("not the console")).Should().BeSameAs(Stream.Null);
        using var pipe = new AnonymousPipeServerStream(PipeDirection.In);
        StandardStream.Open((int)pipe.ClientSafePipeHandle.DangerousGetHandle(), () => throw new InvalidOperationException("not the console"))
            .Should().BeOfType<StandardStream>();
    }

    [Fact]
    public void The_stream_only_writes() =>
        new StandardStream(1).Should().Match<StandardStream>(s => s.CanWrite && !s.CanRead && !s.CanSeek);
}
