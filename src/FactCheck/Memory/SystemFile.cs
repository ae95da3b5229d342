using System.Text;

namespace FactCheck.Memory;

/// <summary>Reads the small text files Linux makes of its state (<c>/sys</c>, <c>/proc</c>) without the machinery of a reader.</summary>
/// <remarks>
/// Why: the huge-page preparation reads three of them as a check starts, before the heap it prepares can take the
/// buffers; through <see cref="File.ReadAllText(string)"/> their readers' buffers and strings were a tenth of a
/// seed-sample check's faults and time spent there (perf, sixteenth pass).
/// </remarks>
internal static class SystemFile
{
    /// <summary>
    /// Reads <paramref name="path"/> into <paramref name="buffer"/>: the bytes read, or -1 when it cannot be read or does
    /// not fit (the buffer filled).
    /// </summary>
    internal static int TryRead(string path, Span<byte> buffer)
    {
        try
        {
            using var handle = File.OpenHandle(path);
            var total = 0;
            while (total < buffer.Length)
            {
                // The files' sizes are not known until read (Linux reports 0 or a page), so read until the end.
                var read = RandomAccess.Read(handle, buffer[total..], total);
                if (read == 0) return total;
                total += read;
            }
            return -1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return -1;
        }
    }

    /// <summary>The text of a file of at most 256 bytes, such as a setting in <c>/sys</c>; null when it cannot be read or is longer.</summary>
    internal static string? ReadSetting(string path)
    {
        Span<byte> buffer = stackalloc byte[256];
        var length = TryRead(path, buffer);
        return length < 0 ? null : Encoding.UTF8.GetString(buffer[..length]);
    }

    /// <summary>
    /// The process's mappings from <c>/proc/self/maps</c>, in address order; null when it cannot be read. A small
    /// process's list is read on the stack, a larger one's into memory of its own.
    /// </summary>
    internal static List<MemoryMapping>? ReadMappings()
    {
        const string Path = "/proc/self/maps";
        Span<byte> small = stackalloc byte[16 * 1024];
        var length = TryRead(Path, small);
        if (length >= 0) return Mappings(small[..length]);
        for (var size = 256 * 1024; size <= 64 << 20; size *= 4)
        {
            var large = new byte[size];
            length = TryRead(Path, large);
            if (length >= 0) return Mappings(large.AsSpan(0, length));
        }
        return null;
    }

    private static List<MemoryMapping> Mappings(ReadOnlySpan<byte> text)
    {
        var mappings = new List<MemoryMapping>(128);
        Span<char> line = stackalloc char[512];
        foreach (var range in text.Split((byte)'\n'))
        {
            var bytes = text[range];
            // A path longer than the line buffer is cut: it only names the file, which no mapping's use here reads.
            var count = Math.Min(bytes.Length, line.Length);
            for (var i = 0; i < count; i++) line[i] = (char)bytes[i];
            if (count > 0 && MemoryMapping.TryParse(line[..count], out var mapping)) mappings.Add(mapping);
        }
        return mappings;
    }
}
