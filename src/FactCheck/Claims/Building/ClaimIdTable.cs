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
/// hashes agree. None of it is a reference; a million ids take 16 MiB of slots (17 bytes a claim). The ids themselves
/// are the claims': while claims are being numbered, an array of them by number (8 bytes a claim more); once the claim
/// set is made (<see cref="TrySeal"/>), the claims' own, and the table is read only from then on. The hash is
/// <see cref="string.GetHashCode()"/>, seeded for each process, so ids chosen to collide cannot be made to.
/// Claims numbered without an id (a malformed one, reported elsewhere) count but hold no slot.
/// </remarks>
internal sealed class ClaimIdTable
{
    internal const int MinSlots = 16;

    /// <summary>The most slots: 8 GiB, for more ids than a process could hold claims.</summary>
    internal const int MaxSlots = 1 << 30;

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
        var taken = Unsealed();
        if (count > taken.Length) Array.Resize(ref ids, Math.Min(count, Array.MaxLength));
        if (SlotsFor(count) > slots.Length) Rehash(SlotsFor(count));
    }

    /// <summary>
    /// Numbers the next claim (its number is <see cref="Count"/> before the call) and takes its <paramref name="id"/>
    /// (null when malformed); false, with the number of the claim that has it as <paramref name="first"/>, when it is taken.
    /// </summary>
    /// <exception cref="InvalidOperationException">The table is sealed, or holds as many ids as it can.</exception>
    internal bool Take(string? id, out int first) => Take(id, id?.GetHashCode() ?? 0, out first);

    /// <summary>As <see cref="Take(string?, out int)"/>, with the id's <paramref name="hash"/> (its <see cref="string.GetHashCode()"/>) made already.</summary>
    internal bool Take(string? id, int hash, out int first)
    {
        var taken = Unsealed();
        // Every claim is numbered, one with a malformed id or a duplicate too: those after it keep their numbers.
        var number = Count++;
        first = -1;
        if (id is null) return true;
        var slot = Find(id, hash);
        if (slots[slot] != 0)
        {
            first = NumberIn(slots[slot]);
            return false;
        }
        if (entries + 1 > Holds(slots.Length))
        {
            // Full as far as it may be: past this, lookups would walk ever longer, and a full table never ends one.
            if (slots.Length == MaxSlots) throw new InvalidOperationException($"A claim set holds at most {Holds(MaxSlots):N0} claims with ids.");
            Rehash(slots.Length * 2);
            slot = Find(id, hash);
        }
        // Claims without an id of their own take no room here, so the number may be past the end.
        if (number >= taken.Length) Array.Resize(ref ids, (int)Math.Min(Array.MaxLength, Math.Max(number + 1L, taken.Length * 2L)));
        ids![number] = id;
        slots[slot] = (long)hash << 32 | (uint)(number + 1);
        entries++;
        return true;
    }

    /// <summary>
    /// Reads the slots where <paramref name="coming"/>, the ids about to be taken in this order, are looked for first, and
    /// gives each one's hash in <paramref name="hashes"/> for its take (0 for none). A million ids' slots are far larger
    /// than the processor's cache, and each take waited for its slot alone; read in a loop that uses none of them, the
    /// slots of a run of ids are fetched side by side, and the takes that follow find them in the cache.
    /// </summary>
    internal void Touch(ReadOnlySpan<string?> coming, Span<int> hashes)
    {
        for (var i = 0; i < coming.Length; i++) hashes[i] = coming[i]?.GetHashCode() ?? 0;
        // The reads in a loop of their own: with the hashing in the same loop, few iterations fitted in the processor's
        // window, and it waited for each slot in turn instead of for many at once.
        var (table, mask) = (slots, slots.Length - 1);
        ulong sum = 0;
        for (var i = 0; i < coming.Length; i++) sum += (ulong)table[hashes[i] & mask];
        Utility.CacheWarming.Keep(sum);
    }

    /// <summary>The number of the claim with id <paramref name="id"/>, or -1.</summary>
    internal int IndexOf(string id)
    {
        var slot = Find(id, id.GetHashCode());
        return slots[slot] == 0 ? -1 : NumberIn(slots[slot]);
    }

    /// <summary>
    /// Reads the ids from <paramref name="claims"/> from now on, the claim set's claims in the order they were numbered,
    /// and lets go of the table's own list of them, so that a claim set keeps its ids once; from then on the table is
    /// only read. False, and nothing changed, when there are not as many claims as were numbered.
    /// </summary>
    internal bool TrySeal(ImmutableArray<Claim> claims)
    {
        if (claims.Length != Count) return false;
        this.claims = claims;
        ids = null;
        return true;
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

    private string?[] Unsealed() => ids ?? throw new InvalidOperationException("The claim set is made; its id table numbers no more claims.");

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

    /// <summary>How many ids <paramref name="slots"/> slots hold: five eighths of them, so that a probe seldom walks far.</summary>
    private static int Holds(int slots) => slots / 8 * 5;

    /// <summary>The fewest slots, a power of two from <see cref="MinSlots"/> to <see cref="MaxSlots"/>, that hold (<see cref="Holds"/>) <paramref name="count"/> ids.</summary>
    internal static int SlotsFor(int count)
    {
        // The inverse of Holds, rounded up.
        var needed = ((long)Math.Max(count, 0) * 8 + 4) / 5;
        return (int)Math.Clamp(System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)needed), MinSlots, MaxSlots);
    }
}
