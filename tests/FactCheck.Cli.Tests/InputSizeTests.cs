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

    [Theory]
    [InlineData(0L, 0L, 0L)]
    [InlineData(long.MaxValue - 1, 1L, long.MaxValue)]
    [InlineData(long.MaxValue - 1, 2L, long.MaxValue)]
    [InlineData(long.MaxValue, long.MaxValue, long.MaxValue)]
    [InlineData(1L << 62, 1L << 62, long.MaxValue)]
    public void Sizes_add_up_to_at_most_the_largest_long(long total, long bytes, long expected) =>
        InputSize.Add(total, bytes).Should().Be(expected);
}
