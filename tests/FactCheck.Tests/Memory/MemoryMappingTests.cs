using FactCheck.Memory;

namespace FactCheck.Tests.Memory;

public class MemoryMappingTests
{
    [Fact]
    public void Anonymous_line_reads_as_plain_anonymous_memory()
    {
        MemoryMapping.TryParse("7eed04800000-7eed04c00000 rw-p 00000000 00:00 0 ", out var mapping).Should().BeTrue();
        mapping.Should().Be(new MemoryMapping(0x7eed04800000, 0x7eed04c00000, "rw-p", null));
        mapping.IsPlainAnonymous.Should().BeTrue();
    }

    [Fact]
    public void Reserved_line_is_plain_anonymous_too()
    {
        MemoryMapping.TryParse("7eed0b3f1000-7f2cf792a000 ---p 00000000 00:00 0", out var mapping).Should().BeTrue();
        mapping.IsPlainAnonymous.Should().BeTrue();
    }

    [Theory]
    [InlineData("561355a78000-561355eec000 r-xp 00000000 fe:01 1234   /tmp/fc/FactCheck.Cli", "/tmp/fc/FactCheck.Cli")]
    [InlineData("7ffd3c1d1000-7ffd3c1f2000 rw-p 00000000 00:00 0                          [stack]", "[stack]")]
    [InlineData("7f00aa000000-7f00aa100000 rw-p 00000000 00:00 0   /a path/with spaces.bin", "/a path/with spaces.bin")]
    [InlineData("7f00aa000000-7f00aa100000 rw-p 00000000 fe:01 77   /tmp/gone.bin (deleted)", "/tmp/gone.bin (deleted)")]
    [InlineData("7f00aa000000-7f00aa100000 rw-p 00000000 00:00 0   [anon:dotnet-gc]", "[anon:dotnet-gc]")]
    public void Named_line_keeps_its_name_and_is_not_plain_anonymous(string line, string name)
    {
        MemoryMapping.TryParse(line, out var mapping).Should().BeTrue();
        mapping.Name.Should().Be(name);
        mapping.IsPlainAnonymous.Should().BeFalse();
    }

    [Theory]
    [InlineData("7f00aa000000-7f00aa100000 r--p 00000000 00:00 0")]
    [InlineData("7f00aa000000-7f00aa100000 rw-s 00000000 00:05 42")]
    public void Anonymous_line_of_other_protection_or_shared_is_not_plain(string line)
    {
        MemoryMapping.TryParse(line, out var mapping).Should().BeTrue();
        mapping.IsPlainAnonymous.Should().BeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a mapping")]
    [InlineData("7f00aa100000-7f00aa000000 rw-p 00000000 00:00 0")]
    [InlineData("7f00aa000000-7f00aa000000 rw-p 00000000 00:00 0")]
    [InlineData("7f00aa000000 rw-p 00000000 00:00 0")]
    [InlineData("-7f00aa000000 rw-p 00000000 00:00 0")]
    [InlineData("7f00aa000000-7f00zz000000 rw-p 00000000 00:00 0")]
    [InlineData("7f00aa000000-7f00ab000000 rw 00000000 00:00 0")]
    [InlineData("7f00aa000000-7f00ab000000 rw-p 00000000")]
    public void Malformed_line_is_not_read(string line) => MemoryMapping.TryParse(line, out _).Should().BeFalse();
}
