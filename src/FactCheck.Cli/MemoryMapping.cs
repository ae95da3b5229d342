using System.Globalization;

namespace FactCheck.Cli;

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
    internal static bool TryParse(string line, out MemoryMapping mapping)
    {
        mapping = default;
        var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 5) return false;
        var dash = fields[0].IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0
            || !ulong.TryParse(fields[0].AsSpan(0, dash), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var start)
            || !ulong.TryParse(fields[0].AsSpan(dash + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var end)
            || end <= start
            || fields[1].Length != 4)
        {
            return false;
        }
        var name = fields.Length == 6 ? fields[5].Trim() : null;
        mapping = new MemoryMapping(start, end, fields[1], string.IsNullOrEmpty(name) ? null : name);
        return true;
    }
}
