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
}
