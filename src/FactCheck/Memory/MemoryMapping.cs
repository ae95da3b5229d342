using System.Globalization;

namespace FactCheck.Memory;

/// <summary>One line of Linux's <c>/proc/self/maps</c>: a range of the process's addresses, its protection, and what backs it.</summary>
/// <param name="Start">The first address of the range.</param>
/// <param name="End">The first address past the range.</param>
/// <param name="Permissions">The protection as Linux prints it, such as <c>rw-p</c> or <c>---p</c>.</param>
/// <param name="Name">The file or the kernel's name for the range (<c>[stack]</c>, <c>[heap]</c>), or null for plain anonymous memory.</param>
internal readonly record struct MemoryMapping(ulong Start, ulong End, string Permissions, string? Name)
{
    /// <summary>
    /// Private anonymous memory with no name, readable and writable or not yet usable: what the collector reserves and
    /// commits its heap in. A file, a named range or memory mapped otherwise is something else's.
    /// </summary>
    internal bool IsPlainAnonymous => Name is null && Permissions is "rw-p" or "---p";

    /// <summary>Reads one line of <c>/proc/self/maps</c> (<c>start-end perms offset dev inode [name]</c>); false for anything else.</summary>
    internal static bool TryParse(ReadOnlySpan<char> line, out MemoryMapping mapping)
    {
        mapping = default;
        Span<Range> fields = stackalloc Range[6];
        var count = line.Split(fields, ' ', StringSplitOptions.RemoveEmptyEntries);
        if (count < 5) return false;
        var range = line[fields[0]];
        var dash = range.IndexOf('-');
        var permissions = line[fields[1]];
        if (dash <= 0
            || !ulong.TryParse(range[..dash], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var start)
            || !ulong.TryParse(range[(dash + 1)..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var end)
            || end <= start
            || permissions.Length != 4)
        {
            return false;
        }
        var name = count == 6 ? line[fields[5]].Trim() : [];
        mapping = new MemoryMapping(start, end, Known(permissions), name.IsEmpty ? null : name.ToString());
        return true;
    }

    // The protections of nearly every line, without a string for each.
    private static string Known(ReadOnlySpan<char> permissions) => permissions switch
    {
        "rw-p" => "rw-p",
        "---p" => "---p",
        "r--p" => "r--p",
        "r-xp" => "r-xp",
        _ => permissions.ToString(),
    };
}
