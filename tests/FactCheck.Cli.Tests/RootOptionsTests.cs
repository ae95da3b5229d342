using System.Reflection;

namespace FactCheck.Cli.Tests;

/// <summary>The root's --help and --version, which the command makes itself (RootOptions), as System.CommandLine's would behave.</summary>
public class RootOptionsTests
{
    [Fact]
    public void Version_writes_the_tools_informational_version_and_succeeds()
    {
        var (code, output, error) = CommandRunner.Run("--version");

        code.Should().Be(ExitCodes.Clean);
        error.Should().BeEmpty();
        output.Trim().Should().Be(typeof(RootOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion);
    }

    [Fact]
    public void Version_with_a_command_is_refused()
    {
        var (code, output, error) = CommandRunner.Run("--version", "rules");

        code.Should().Be(ExitCodes.Invalid);
        output.Should().BeEmpty();
        error.Should().Contain("--version option cannot be combined with other arguments.");
    }

    [Fact]
    public void A_command_without_version_is_not_refused_for_it()
    {
        // The flag has a default, so its option has a result on every run; only a given --version may refuse the rest.
        var (code, _, error) = CommandRunner.Run("rules");

        code.Should().Be(ExitCodes.Clean);
        error.Should().NotContain("--version");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Help_names_the_tool_and_lists_the_commands_and_root_options(string option)
    {
        var (code, output, _) = CommandRunner.Run(option);

        code.Should().Be(ExitCodes.Clean);
        output.Should().Contain("Usage:").And.Contain("factcheck [command] [options]");
        output.Should().Contain("check <files>").And.Contain("extract <articles>").And.Contain("rules").And.Contain("explain <id>");
        output.Should().Contain("-?, -h, --help").And.Contain("--version");
    }

    [Fact]
    public void Help_is_an_option_of_every_command_and_version_of_the_root_alone()
    {
        var (code, output, _) = CommandRunner.Run("check", "--help");

        code.Should().Be(ExitCodes.Clean);
        output.Should().Contain("factcheck check <files>... [options]").And.Contain("-?, -h, --help");
        output.Should().NotContain("--version");
    }
}
