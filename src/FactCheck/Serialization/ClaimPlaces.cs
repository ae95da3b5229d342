namespace FactCheck.Serialization;

/// <summary>
/// Where each claim read was, by its number over all files: its file, its place among that file's claims, and its line
/// and column. A document keeps these for as long as it lives, a million of them for a million-claim file, so they are
/// stored as one number a claim (line and column packed) with the files as runs of claim numbers: 8 bytes a claim,
/// where a location and an index took 24 while reading and a copy of the locations 16 more in the document.
/// </summary>
/// <remarks>Filled by one thread at a time, the one that numbers claims; read by any number of threads once the document is made.</remarks>
internal sealed class ClaimPlaces
{
    /// <summary>Each file's first claim number with its path, in reading order; a file read again starts a run of its own.</summary>
    private readonly List<(int First, string? File)> runs = [];

    private long[] places = [];
    private int count;

    /// <summary>The claims whose place in their file is not their number less their run's first (rare: an element of a claims array that was no claim).</summary>
    private Dictionary<int, int>? shifted;

    /// <summary>How many claims have a place.</summary>
    internal int Count => count;

    /// <summary>Makes room for <paramref name="capacity"/> claims in all, so that a large file's table is not copied as it grows.</summary>
    internal void EnsureCapacity(int capacity)
    {
        if (capacity > places.Length) Array.Resize(ref places, capacity);
    }

    /// <summary>Records the next claim: the <paramref name="indexInFile"/>th of its file's claims, at <paramref name="where"/>.</summary>
    internal void Add(int indexInFile, ClaimLocation where)
    {
        if (runs.Count == 0 || !string.Equals(runs[^1].File, where.File, StringComparison.Ordinal) || (indexInFile == 0 && count > runs[^1].First)) runs.Add((count, where.File));
        if (count == places.Length) Array.Resize(ref places, Math.Max(16, count * 2));
        places[count] = (long)where.Line << 32 | (uint)where.Column;
        if (indexInFile != count - runs[^1].First) (shifted ??= [])[count] = indexInFile;
        count++;
    }

    /// <summary>Where claim <paramref name="number"/> was.</summary>
    internal ClaimLocation this[int number]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)number, (uint)count, nameof(number));
            var place = places[number];
            return new ClaimLocation(RunOf(number).File, (int)(place >> 32), (int)place);
        }
    }

    /// <summary>The place of claim <paramref name="number"/> among its file's claims.</summary>
    internal int IndexInFile(int number)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)number, (uint)count, nameof(number));
        return shifted is not null && shifted.TryGetValue(number, out var index) ? index : number - RunOf(number).First;
    }

    /// <summary>Gives back what a guess of the claims still to come left unused, when that is more than a few.</summary>
    internal void TrimExcess()
    {
        if (places.Length - count > count / 8) Array.Resize(ref places, count);
    }

    /// <summary>The run of claim <paramref name="number"/>: the last that starts at or before it.</summary>
    private (int First, string? File) RunOf(int number)
    {
        var (low, high) = (0, runs.Count - 1);
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (runs[middle].First <= number) low = middle;
            else high = middle - 1;
        }
        return runs[low];
    }
}
