using System.Runtime.InteropServices;
using System.Text;
using FactCheck.Memory;

namespace FactCheck.Tests.Memory;

public sealed class SystemFileTests
{
    [Fact]
    public void A_file_that_fits_is_read_whole()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "always [madvise] never\n");
            Span<byte> buffer = stackalloc byte[64];
            var length = SystemFile.TryRead(file, buffer);
            Encoding.UTF8.GetString(buffer[..length]).Should().Be("always [madvise] never\n");
            SystemFile.ReadSetting(file).Should().Be("always [madvise] never\n");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_file_that_fills_the_buffer_does_not_fit()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, new byte[64]);
            SystemFile.TryRead(file, stackalloc byte[64]).Should().Be(-1, "a full buffer cannot tell the end of the file");
            SystemFile.TryRead(file, stackalloc byte[65]).Should().Be(64);
            File.WriteAllBytes(file, new byte[257]);
            SystemFile.ReadSetting(file).Should().BeNull();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_none()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-setting-{Guid.NewGuid():N}");
        SystemFile.TryRead(missing, stackalloc byte[16]).Should().Be(-1);
        SystemFile.ReadSetting(missing).Should().BeNull();
        SystemFile.ReadSetting(Path.GetTempPath()).Should().BeNull("a directory is not a setting");
    }

    [Fact]
    public void On_Linux_the_mappings_are_read_in_order_and_one_holds_the_heap()
    {
        if (!OperatingSystem.IsLinux())
        {
            SystemFile.ReadMappings().Should().BeNull();
            return;
        }
        var probe = new byte[256];
        var handle = GCHandle.Alloc(probe, GCHandleType.Pinned);
        try
        {
            var address = (ulong)handle.AddrOfPinnedObject();
            var mappings = SystemFile.ReadMappings();
            mappings.Should().NotBeNull().And.HaveCountGreaterThan(10);
            mappings!.Select(m => m.Start).Should().BeInAscendingOrder();
            mappings.Should().ContainSingle(m => m.Start <= address && address < m.End).Which.Should().Match<MemoryMapping>(m => m.IsPlainAnonymous && m.Permissions == "rw-p");
            mappings.Should().Contain(m => m.Name == "[stack]");
        }
        finally
        {
            handle.Free();
        }
    }
}
