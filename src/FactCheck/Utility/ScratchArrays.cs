namespace FactCheck.Utility;

/// <summary>
/// Buffers an instance keeps from one series (or one message) to the next, grown when one needs more than the last.
/// </summary>
/// <remarks>
/// A buffer grows to at least twice its length, so that series after series of growing size allocate a number of times
/// that grows with the logarithm of the largest, not with the count of series. Its contents are not kept when it grows.
/// </remarks>
internal static class ScratchArrays
{
    /// <summary>Makes <paramref name="buffer"/> hold at least <paramref name="count"/> elements; what it held is not kept when it grows.</summary>
    /// <returns><paramref name="buffer"/>, as it now is.</returns>
    internal static T[] AtLeast<T>(ref T[] buffer, int count)
    {
        if (buffer.Length < count) buffer = new T[Math.Max(count, 2 * buffer.Length)];
        return buffer;
    }

    /// <summary>Makes <paramref name="buffer"/> hold at least <paramref name="count"/> elements, the first <paramref name="count"/> of them default.</summary>
    /// <returns><paramref name="buffer"/>, as it now is.</returns>
    internal static T[] Cleared<T>(ref T[] buffer, int count)
    {
        // A new array is zeroed already.
        if (buffer.Length >= count) Array.Clear(buffer, 0, count);
        return AtLeast(ref buffer, count);
    }
}
