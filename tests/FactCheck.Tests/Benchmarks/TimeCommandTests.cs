using FactCheck.Benchmarks;

namespace FactCheck.Tests.Benchmarks;

public class TimeCommandTests
{
    [Fact]
    public void Gnu_time_is_asked_for_peak_kilobytes_and_system_seconds_in_a_file_before_the_command() =>
        new TimeCommand.Gnu().Wrap(["fc", "check", "a.json"], "m.txt").Should().Equal("/usr/bin/time", "-f", "%M %S", "-o", "m.txt", "fc", "check", "a.json");

    [Fact]
    public void Gnu_times_last_line_gives_peak_bytes_and_system_time() =>
        new TimeCommand.Gnu().Read("326412 0.12\n", errors: "").Should().Be(((long?)326_412 * 1024, (TimeSpan?)TimeSpan.FromSeconds(0.12)));

    [Fact]
    public void Gnu_times_line_for_a_signal_before_the_measures_is_passed_over() =>
        new TimeCommand.Gnu().Read("Command terminated by signal 9\n2048 0.50\n", errors: "").Should().Be(((long?)2048 * 1024, (TimeSpan?)TimeSpan.FromSeconds(0.5)));

    [Theory]
    [InlineData("")]
    [InlineData("not a figure\n")]
    [InlineData("-5 x\n")]
    [InlineData("99999999999999999 1e9999\n")]
    public void What_gnu_time_did_not_say_is_unknown_not_zero(string measures) =>
        new TimeCommand.Gnu().Read(measures, errors: "").Should().Be(((long?)null, (TimeSpan?)null));

    [Fact]
    public void Bsd_time_is_asked_for_its_resource_usage_after_the_commands_errors() =>
        new TimeCommand.Bsd(bytes: true).Wrap(["fc", "check"], "m.txt").Should().Equal("/usr/bin/time", "-l", "fc", "check");

    // As macOS's time writes it, after what the command itself wrote to its errors.
    private const string MacOsErrors = """
        factcheck: 1,000,000 claims checked
                1.23 real         0.98 user         0.11 sys
                   326418432  maximum resident set size
                           0  average shared memory size
                       79722  page reclaims

        """;

    [Fact]
    public void Bsd_times_lines_on_macos_give_peak_bytes_and_system_time() =>
        new TimeCommand.Bsd(bytes: true).Read(measures: "", MacOsErrors).Should().Be(((long?)326_418_432, (TimeSpan?)TimeSpan.FromSeconds(0.11)));

    [Fact]
    public void Bsd_times_peak_on_the_other_bsds_is_in_kilobytes() =>
        new TimeCommand.Bsd(bytes: false).Read(measures: "", MacOsErrors).PeakBytes.Should().Be(326_418_432L * 1024);

    [Fact]
    public void Bsd_times_lines_missing_leave_both_unknown() =>
        new TimeCommand.Bsd(bytes: true).Read(measures: "", "factcheck: no such file\n").Should().Be(((long?)null, (TimeSpan?)null));

    [Fact]
    public void Without_a_time_command_the_command_runs_alone_and_says_nothing_of_memory()
    {
        var none = new TimeCommand.None();
        none.Wrap(["dotnet", "fc.dll", "check"], "m.txt").Should().Equal("dotnet", "fc.dll", "check");
        none.Read("326412 0.12", "1.23 real 0.98 user 0.11 sys").Should().Be(((long?)null, (TimeSpan?)null));
    }

    [Fact]
    public void This_machines_form_is_found_and_reads_a_real_run()
    {
        var timer = TimeCommand.OnThisMachine;
        if (timer is TimeCommand.None) return;
        var measures = Path.GetTempFileName();
        try
        {
            var arguments = timer.Wrap(["true"], measures);
            var start = new System.Diagnostics.ProcessStartInfo(arguments[0]);
            foreach (var a in arguments.Skip(1)) start.ArgumentList.Add(a);
            var (exitCode, errors, _) = CommandRun.RunToExit(start);
            exitCode.Should().Be(0);
            timer.Read(File.ReadAllText(measures), errors).PeakBytes.Should().BePositive();
        }
        finally
        {
            File.Delete(measures);
        }
    }
}
