using System.Text;

namespace FactCheck.Cli;

/// <summary>The <c>factcheck</c> command's entry point.</summary>
internal static class Program
{
    /// <summary>Runs the command with the process's console.</summary>
    internal static int Main(string[] args)
    {
        // The console's own writer flushes on every write; a report of many findings goes through a buffer instead,
        // flushed at the end. Problems go to the error stream only when no report is written, so none is reordered.
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
        try
        {
            return FactCheckCommand.Run(args, output, Console.Error, interactive: !Console.IsOutputRedirected);
        }
        finally
        {
            output.Flush();
        }
    }
}
