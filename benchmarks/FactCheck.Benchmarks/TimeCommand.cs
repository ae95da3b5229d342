using System.Diagnostics;
using System.Globalization;

namespace FactCheck.Benchmarks;

/// <summary>
/// How this machine's <c>/usr/bin/time</c> is asked for a run's peak resident memory and system time: GNU's
/// <c>-f "%M %S" -o FILE</c> (Linux), BSD's <c>-l</c>, which writes its own lines after the command's errors (macOS), or
/// not at all, when there is none or it understands neither (the run is then timed alone, and both are unknown).
/// </summary>
/// <remarks>
/// Why asked, not assumed: macOS's <c>time</c> rejects <c>-f</c> and exits with 1, which the comparison took for the
/// command failing, and stopped.
/// </remarks>
internal abstract class TimeCommand
{
    private const string Path = "/usr/bin/time";

    private static readonly Lazy<TimeCommand> Found = new(Probe);

    /// <summary>The form this machine's <c>/usr/bin/time</c> understands, asked once by timing <c>true</c> each way.</summary>
    public static TimeCommand OnThisMachine => Found.Value;

    /// <summary>What the form is called, for the comparison's header: "peak memory and system time: …".</summary>
    public abstract string Name { get; }

    /// <summary>The command line that runs <paramref name="command"/> under it, writing to <paramref name="measures"/> where it can.</summary>
    public abstract IReadOnlyList<string> Wrap(IReadOnlyList<string> command, string measures);

    /// <summary>
    /// A process that runs <paramref name="command"/> under it, with numbers written the C locale's way: BSD's time writes
    /// its seconds with the locale's decimal point (<c>0,11 sys</c> in a German one), which would leave them unknown.
    /// </summary>
    public ProcessStartInfo StartInfo(IReadOnlyList<string> command, string measures)
    {
        var start = CommandRun.StartInfo(Wrap(command, measures));
        start.Environment["LC_NUMERIC"] = "C";
        return start;
    }

    /// <summary>Peak resident bytes and system time from what it wrote to the measures file or after the errors; null for what it did not say.</summary>
    public abstract (long? PeakBytes, TimeSpan? System) Read(string measures, string errors);

    private static TimeCommand Probe()
    {
        if (!File.Exists(Path)) return new None();
        foreach (var form in new TimeCommand[] { new Gnu(), new Bsd() })
        {
            var measures = System.IO.Path.GetTempFileName();
            try
            {
                // A time that is some other program, and waits, is given up on.
                var (exitCode, errors, _) = CommandRun.RunToExit(form.StartInfo(["true"], measures), TimeSpan.FromSeconds(5));
                if (exitCode == 0 && form.Read(File.ReadAllText(measures), errors).PeakBytes is not null) return form;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not runnable here: the next form, or none.
            }
            finally
            {
                File.Delete(measures);
            }
        }
        return new None();
    }

    /// <summary>GNU time: <c>-f "%M %S" -o FILE</c>, peak resident kilobytes and system seconds on the file's last line.</summary>
    internal sealed class Gnu : TimeCommand
    {
        public override string Name => "GNU time -f";

        public override IReadOnlyList<string> Wrap(IReadOnlyList<string> command, string measures) => [Path, "-f", "%M %S", "-o", measures, .. command];

        /// <remarks>The last line: time writes one of its own before it when the command is killed by a signal.</remarks>
        public override (long? PeakBytes, TimeSpan? System) Read(string measures, string errors)
        {
            var lines = measures.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var parts = lines.Length == 0 ? [] : lines[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            long? peak = parts.Length > 0 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kb) && kb < long.MaxValue / 1024 ? kb * 1024 : null;
            return (peak, parts.Length > 1 ? Seconds(parts[1]) : null);
        }
    }

    /// <summary>
    /// BSD time: <c>-l</c>, which writes after the command's errors a line <c>1.23 real 0.98 user 0.11 sys</c> and then the
    /// resource usage, one figure a line, among them <c>… maximum resident set size</c>: in bytes on macOS, in kilobytes
    /// on the other BSDs.
    /// </summary>
    internal sealed class Bsd(bool bytes) : TimeCommand
    {
        public Bsd()
            : this(OperatingSystem.IsMacOS())
        {
        }

        public override string Name => "BSD time -l";

        public override IReadOnlyList<string> Wrap(IReadOnlyList<string> command, string measures) => [Path, "-l", .. command];

        public override (long? PeakBytes, TimeSpan? System) Read(string measures, string errors)
        {
            long? peak = null;
            TimeSpan? system = null;
            foreach (var line in errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (line.EndsWith("maximum resident set size", StringComparison.Ordinal)
                    && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var size) && (bytes || size < long.MaxValue / 1024))
                {
                    peak = bytes ? size : size * 1024;
                }
                else if (parts is [.., _, "real", _, "user", var seconds, "sys"])
                {
                    // At the end of its line: the command's last error may lack its line feed, and stand before it.
                    system = Seconds(seconds);
                }
            }
            return (peak, system);
        }
    }

    /// <summary>No time to ask: the command alone.</summary>
    internal sealed class None : TimeCommand
    {
        public override string Name => "unknown (no /usr/bin/time that gives them)";

        public override IReadOnlyList<string> Wrap(IReadOnlyList<string> command, string measures) => command;

        public override (long? PeakBytes, TimeSpan? System) Read(string measures, string errors) => (null, null);
    }

    private static TimeSpan? Seconds(string text) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var s) && s < Arguments.MaxSeconds ? TimeSpan.FromSeconds(s) : null;
}
