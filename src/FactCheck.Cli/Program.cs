using System.Text;
using FactCheck.Memory;

namespace FactCheck.Cli;

/// <summary>The <c>factcheck</c> command's entry point.</summary>
internal static class Program
{
    /// <summary>Runs the command with the process's console.</summary>
    internal static int Main(string[] args)
    {
        // A check prepares the start of its heap (CheckCommand does it too, for a check run in-process; it is done once):
        // from here, before the command line is built, so that those objects too go to the huge page. 310 page faults
        // instead of 319 for the seed sample, 0.976-0.990 of the time over 300 alternating runs.
        if (args is ["check", ..]) HugePageHeap.PrepareStart();
        // The console's own writer flushes on every write; a report of many findings goes through a buffer instead,
        // flushed at the end. Problems go to the error stream only when no report is written, so none is reordered.
        // The report leaves in writes of 64 KB from buffers that stay among the small objects: a writer of 64 K characters
        // took two large-object buffers, whose heap a small check otherwise never starts.
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var output = new StreamWriter(new BufferedStream(StandardStream.Output(), 1 << 16), utf8, bufferSize: 4096);
        // Problems are written as they come, in UTF-8 as the report is: Console.Error would first ask the terminal's
        // settings for an encoding, which cost the native tool's start about 0.2 ms. Not on Windows, whose console may
        // use another code page (the tool runs there on the .NET runtime). One thread writes problems, so the writer
        // needs no lock.
        using var ownError = OperatingSystem.IsWindows() ? null : new StreamWriter(StandardStream.Error(), utf8, bufferSize: 256) { AutoFlush = true };
        var error = ownError ?? Console.Error;
        var code = ExitCodes.Invalid;
        try
        {
            code = FactCheckCommand.Run(args, output, error, interactive: !Console.IsOutputRedirected);
        }
        finally
        {
            try
            {
                output.Flush();
            }
            catch (IOException e)
            {
                // A disk full or a device gone: the report is not whole, so the run does not count as clean.
                error.WriteLine("factcheck: the report could not be written whole: " + e.Message);
                code = ExitCodes.Invalid;
            }
        }
        return code;
    }
}
