using FactCheck.Utility;

namespace FactCheck.Tests.Utility;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("factcheck-atomic-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Writer_that_throws_half_way_leaves_the_old_file_and_no_partial_one()
    {
        var path = Path.Combine(directory, "report.json");
        File.WriteAllText(path, "the old report");
        var act = () => AtomicFile.Write(path, stream =>
        {
            stream.WriteByte((byte)'{');
            throw new InvalidOperationException("the writer failed");
        });
        act.Should().Throw<InvalidOperationException>();
        File.ReadAllText(path).Should().Be("the old report");
        Directory.GetFiles(directory).Should().ContainSingle();
    }

    [Fact]
    public void Complete_write_replaces_a_longer_old_file_whole()
    {
        var path = Path.Combine(directory, "claims.json");
        File.WriteAllText(path, new string('x', 10_000));
        AtomicFile.Write(path, stream => stream.Write("{}"u8));
        File.ReadAllText(path).Should().Be("{}");
        Directory.GetFiles(directory).Should().ContainSingle();
    }

    [Fact]
    public void Failure_names_the_file_asked_for_not_the_temporary_one()
    {
        var path = Path.Combine(directory, "missing", "report.json");
        var act = () => AtomicFile.Write(path, stream => stream.WriteByte(1));
        act.Should().Throw<IOException>().Which.Message.Should().Contain(path).And.NotContain(".partial");
    }

    [Fact]
    public void TryWrite_returns_the_failure_naming_the_file_instead_of_throwing()
    {
        var path = Path.Combine(directory, "missing", "report.json");
        AtomicFile.TryWrite(path, stream => stream.WriteByte(1), out var failure).Should().BeFalse();
        failure.Should().Contain(path).And.NotContain(".partial");
        AtomicFile.TryWrite(Path.Combine(directory, "report.json"), stream => stream.WriteByte(1), out failure).Should().BeTrue();
        failure.Should().BeEmpty();
    }

    [Fact]
    public void A_failure_at_a_relative_path_names_it_not_the_temporary_file()
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(directory, "missing", ".", "report.json"));
        var act = () => AtomicFile.Write(relative, stream => stream.WriteByte(1));
        act.Should().Throw<IOException>().Which.Message.Should().NotContain(".partial");
    }

    [Fact]
    public void A_file_named_as_the_temporary_one_might_be_is_left_alone()
    {
        var path = Path.Combine(directory, "report.json");
        File.WriteAllText(path + ".partial", "the user's own");
        AtomicFile.Write(path, stream => stream.Write("{}"u8));
        File.ReadAllText(path + ".partial").Should().Be("the user's own");
        Directory.GetFiles(directory).Should().HaveCount(2);
    }

    [Fact]
    public void Writing_through_a_link_replaces_the_file_it_points_to_and_keeps_the_link()
    {
        // Windows makes links only for administrators or in developer mode.
        if (OperatingSystem.IsWindows()) return;
        var target = Path.Combine(directory, "kept", "report.json");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, "the old report");
        var link = Path.Combine(directory, "latest.json");
        File.CreateSymbolicLink(link, target);

        AtomicFile.Write(link, stream => stream.Write("{}"u8));

        new FileInfo(link).LinkTarget.Should().Be(target);
        File.ReadAllText(target).Should().Be("{}");
        Directory.GetFiles(Path.GetDirectoryName(target)!).Should().ContainSingle("nothing is left beside the file written");
    }

    [Fact]
    public void The_replaced_file_keeps_its_permissions()
    {
        if (OperatingSystem.IsWindows()) return;
        var path = Path.Combine(directory, "private.json");
        File.WriteAllText(path, "the old report");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        AtomicFile.Write(path, stream => stream.Write("{}"u8));

        File.GetUnixFileMode(path).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.ReadAllText(path).Should().Be("{}");
    }

    [Fact]
    public void A_device_is_written_through_not_replaced()
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/dev/null")) return;

        AtomicFile.Write("/dev/null", stream => stream.Write("{}"u8));

        File.ReadAllText("/dev/null").Should().BeEmpty("/dev/null is still the device, not a file holding what was written");
    }
}
