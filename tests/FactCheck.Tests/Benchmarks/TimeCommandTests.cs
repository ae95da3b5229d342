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

    // As macOS's time writes it (FreeBSD's time.c: "%9jd.%02ld real …", then "%10ld  maximum resident set size"), after
    // what the command itself wrote to its errors; recent macOS adds the last three lines.
    private const string MacOsErrors = """
        factcheck: 1,000,000 claims checked
                1.23 real         0.98 user         0.11 sys
                   326418432  maximum resident set size
                           0  average shared memory size
                       79722  page reclaims
                  3921458839  instructions retired
                  1203485521  cycles elapsed
                   301862400  peak memory footprint

        """;

    [Fact]
    public void Bsd_times_lines_on_macos_give_peak_bytes_and_system_time() =>
        new TimeCommand.Bsd(bytes: true).Read(measures: "", MacOsErrors).Should().Be(((long?)326_418_432, (TimeSpan?)TimeSpan.FromSeconds(0.11)));

    [Fact]
    public void Bsd_times_peak_on_the_other_bsds_is_in_kilobytes() =>
        new TimeCommand.Bsd(bytes: false).Read(measures: "", MacOsErrors).PeakBytes.Should().Be(326_418_432L * 1024);

    [Fact]
    public void Bsd_times_line_after_an_error_without_its_line_feed_still_gives_the_system_time() =>
        new TimeCommand.Bsd(bytes: true).Read(measures: "", "factcheck: done        1.23 real         0.98 user         0.11 sys\n   2048  maximum resident set size\n")
            .Should().Be(((long?)2048, (TimeSpan?)TimeSpan.FromSeconds(0.11)));

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

    [Theory]
    [InlineData("/x/fc", "/x/fc")]
    [InlineData("/x/FactCheck.Cli.dll", "dotnet", "/x/FactCheck.Cli.dll")]
    public void A_check_is_run_as_the_tool_or_through_dotnet_for_a_dll_under_each_form_of_time(string tool, params string[] program)
    {
        string[] check = [.. program, "check", "a.json", "--format", "json", "--fail-on", "never", "--output", "r.json"];
        var command = CommandRun.CheckCommand(tool, "a.json", "r.json");
        command.Should().Equal(check);
        new TimeCommand.Gnu().Wrap(command, "m.txt").Should().Equal(["/usr/bin/time", "-f", "%M %S", "-o", "m.txt", .. check]);
        new TimeCommand.Bsd(bytes: true).Wrap(command, "m.txt").Should().Equal(["/usr/bin/time", "-l", .. check]);
        new TimeCommand.None().Wrap(command, "m.txt").Should().Equal(check);
    }

    [Fact]
    public void Times_numbers_are_asked_for_in_the_c_locale() =>
        new TimeCommand.Bsd(bytes: true).StartInfo(["true"], "m.txt").Environment["LC_NUMERIC"].Should().Be("C");

    [Fact]
    public void A_native_build_is_looked_for_under_the_runtimes_identifier_then_the_portable_one_then_linux_x64() =>
        CommandRun.NativeIdentifiers().Should().HaveCount(3)
            .And.StartWith(System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier)
            .And.EndWith("linux-x64");

    [Fact]
    public void A_process_that_overruns_its_limit_is_stopped_with_minus_one()
    {
        if (!File.Exists("/bin/sleep")) return;
        // Left alone, sleep would exit with 0 after its 30 s.
        var (exitCode, errors, _) = CommandRun.RunToExit(CommandRun.StartInfo(["/bin/sleep", "30"]), TimeSpan.FromMilliseconds(200));
        exitCode.Should().Be(-1);
        errors.Should().StartWith("stopped after");
    }

    [Fact]
    public void Where_the_machine_has_a_time_command_that_answers_its_form_reads_a_real_run()
    {
        var timer = TimeCommand.OnThisMachine;
        if (timer is TimeCommand.None) return;
        var measures = Path.GetTempFileName();
        try
        {
            var (exitCode, errors, _) = CommandRun.RunToExit(timer.StartInfo(["true"], measures));
            exitCode.Should().Be(0);
            var (peak, system) = timer.Read(File.ReadAllText(measures), errors);
            peak.Should().NotBeNull();
            system.Should().NotBeNull();
        }
        finally
        {
            File.Delete(measures);
        }
    }
}
