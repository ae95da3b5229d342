using System.Collections.Immutable;

namespace FactCheck;

/// <summary>
/// Claim ids and the numbers of their claims, for finding a claim by id and a duplicate as the claims are read. A file
/// of a million claims has a million ids, and a dictionary of them held 28 bytes a claim in entries with a reference
/// each for the collector to trace, and read two places in memory (a bucket, then an entry) for every id taken.
/// </summary>
/// <remarks>
/// Open addressing with linear probing, at most five eighths full: each slot is one number, the id's hash in its high
/// half and its claim's number plus one in its low half (0 is a free slot), so a probe reads no string unless the
/// hashes agree; 13–16 bytes a claim, none of them a reference. The ids themselves are the claims': while claims are
/// being taken, an array of them by number; once the claim set is made (<see cref="Seal"/>), the claims' own. The hash
/// is <see cref="string.GetHashCode()"/>, seeded for each process, so ids chosen to collide cannot be made to.
/// Claims numbered without an id (a malformed one, reported elsewhere) count but hold no slot.
/// </remarks>
internal sealed class ClaimIdTable
{
    private const int MinSlots = 16;

    // A billion slots (8 GiB) hold more ids than a process could hold claims; past five eighths they fill further.
    private const int MaxSlots = 1 << 30;

    private long[] slots;
    private string?[]? ids;
    private ImmutableArray<Claim> claims;
    private int entries;

    /// <summary>A table with room for <paramref name="capacity"/> claims.</summary>
    internal ClaimIdTable(int capacity)
    {
        slots = new long[SlotsFor(capacity)];
        ids = new string?[Math.Max(capacity, 0)];
    }

    /// <summary>How many claims have been numbered, with an id or without.</summary>
    internal int Count { get; private set; }

    /// <summary>Makes room for <paramref name="count"/> claims in all, so that a large set is not copied as it grows.</summary>
    internal void EnsureCapacity(int count)
    {
        if (count > ids?.Length) Array.Resize(ref ids, count);
        if (SlotsFor(count) > slots.Length) Rehash(SlotsFor(count));
    }

    /// <summary>
    /// Numbers claim <paramref name="number"/>, the next (<see cref="Count"/>), and takes its <paramref name="id"/> (null
    /// when malformed); false, with the number of the claim that has it as <paramref name="first"/>, when it is taken.
    /// </summary>
    internal bool Take(string? id, int number, out int first)
    {
        if (ids is null) throw new InvalidOperationException("The claim set is made; no claim can be numbered.");
        first = -1;
        Count = number + 1;
        if (id is null) return true;
        var hash = id.GetHashCode();
        var slot = Find(id, hash);
        if (slots[slot] != 0)
        {
            first = NumberIn(slots[slot]);
            return false;
        }
        if (number >= ids.Length) Array.Resize(ref ids, Math.Max(number + 1, ids.Length * 2));
        ids[number] = id;
        if (entries + 1 > slots.Length / 8 * 5 && slots.Length < MaxSlots)
        {
            Rehash(slots.Length * 2);
            slot = Find(id, hash);
        }
        slots[slot] = (long)hash << 32 | (uint)(number + 1);
        entries++;
        return true;
    }

    /// <summary>The number of the claim with id <paramref name="id"/>, or -1.</summary>
    internal int IndexOf(string id)
    {
        var slot = Find(id, id.GetHashCode());
        return slots[slot] == 0 ? -1 : NumberIn(slots[slot]);
    }

    /// <summary>
    /// Reads the ids from <paramref name="claims"/> from now on, the claim set's claims in the order they were numbered,
    /// and lets go of the table's own list of them: a claim set keeps its ids once.
    /// </summary>
    internal void Seal(ImmutableArray<Claim> claims)
    {
        if (claims.Length != Count) throw new ArgumentException($"The table numbered {Count} claims; the set has {claims.Length}.", nameof(claims));
        this.claims = claims;
        ids = null;
    }

    /// <summary>The slot holding <paramref name="id"/>, or the free slot where it would go.</summary>
    private int Find(string id, int hash)
    {
        var mask = slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var held = slots[slot];
            if (held == 0 || ((int)(held >> 32) == hash && string.Equals(IdOf(NumberIn(held)), id, StringComparison.Ordinal))) return slot;
        }
    }

    private string? IdOf(int number) => ids is { } taken ? taken[number] : claims[number].Id;

    private static int NumberIn(long slot) => (int)(uint)slot - 1;

    private void Rehash(int size)
    {
        var larger = new long[size];
        var mask = size - 1;
        foreach (var held in slots)
        {
            if (held == 0) continue;
            var slot = (int)(held >> 32) & mask;
            while (larger[slot] != 0) slot = (slot + 1) & mask;
            larger[slot] = held;
        }
        slots = larger;
    }

    /// <summary>The fewest slots, a power of two, that hold <paramref name="count"/> ids at most five eighths full.</summary>
    private static int SlotsFor(int count)
    {
        var needed = (long)Math.Max(count, 0) * 8 / 5 + 1;
        return (int)Math.Clamp(System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)needed), MinSlots, MaxSlots);
    }
}
