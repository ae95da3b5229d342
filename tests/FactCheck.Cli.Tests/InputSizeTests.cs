namespace FactCheck.Cli.Tests;

public sealed class InputSizeTests
{
    [Fact]
    public void The_size_is_the_files_bytes_together_and_a_file_that_cannot_be_read_counts_as_empty()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, new byte[1024]);
            InputSize.Of([file, Path.Combine(Path.GetTempPath(), $"no-such-file-{Guid.NewGuid():N}.claims.json"), file]).Should().Be(2048);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void No_files_have_no_size() => InputSize.Of([]).Should().Be(0);
}
