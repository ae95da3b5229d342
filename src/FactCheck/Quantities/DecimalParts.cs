namespace FactCheck;

/// <summary>
/// A decimal as a 64-bit mantissa and one byte of decimals and sign, for the figures that fit: nearly all that news states.
/// Nine bytes where a decimal takes sixteen: a quantity's two figures take 18 bytes where two decimals took 32.
/// </summary>
internal static class DecimalParts
{
    private const byte Negative = 0x80;

    /// <summary>
    /// Splits <paramref name="figure"/> into its mantissa and a byte of its decimals (low five bits) and sign (high bit);
    /// false when the mantissa needs more than 64 bits. Joined again, the parts give the same decimal to the bit, its
    /// trailing zeros (60.0) and a negative zero included.
    /// </summary>
    internal static bool TrySplit(decimal figure, out ulong mantissa, out byte decimalsAndSign)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(figure, bits);
        mantissa = (uint)bits[0] | (ulong)(uint)bits[1] << 32;
        decimalsAndSign = (byte)((bits[3] >> 16 & 0x1F) | (bits[3] < 0 ? Negative : 0));
        return bits[2] == 0;
    }

    /// <summary>The decimal of parts made by <see cref="TrySplit"/>.</summary>
    internal static decimal Join(ulong mantissa, byte decimalsAndSign) =>
        new((int)mantissa, (int)(mantissa >> 32), 0, (decimalsAndSign & Negative) != 0, (byte)(decimalsAndSign & 0x1F));

    /// <summary>
    /// Whole numbers below this in size are exact as doubles, and so are their sums and differences with a rounding room
    /// below it (<see cref="Quantity.ToInterval(QuantityOptions, bool)"/> works them in integers).
    /// </summary>
    internal const ulong ExactWhole = 1UL << 52;

    /// <summary>The figure as a whole number, when the parts are one stated without decimals and below <see cref="ExactWhole"/> in size.</summary>
    internal static long? WholeNumber(ulong mantissa, byte decimalsAndSign) =>
        (decimalsAndSign & 0x1F) != 0 || mantissa >= ExactWhole ? null : (decimalsAndSign & Negative) != 0 ? -(long)mantissa : (long)mantissa;
}
