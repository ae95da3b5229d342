using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace FactCheck.Utility;

/// <summary>
/// Values found before by a string, remembered by the string's identity in a small direct-mapped table, so that a key
/// met again as the same instance is found without hashing its characters. For one thread.
/// </summary>
/// <remarks>
/// Why: a reader gives every claim of one source the same string, and a file's claims name a few hundred sources in no
/// order, so a dictionary keyed by the text hashed the same characters for nearly every claim. A slot taken by another
/// string is only looked up again where the value came from. A key is compared by reference, so the table gives a
/// wrong value only if its user remembers a value that later stops being the right one for that key: its users
/// remember values their dictionaries never replace.
/// </remarks>
/// <typeparam name="TValue">What is remembered for a key.</typeparam>
internal sealed class IdentityCache<TValue>
    where TValue : class
{
    /// <summary>
    /// How many keys are remembered at full size; a power of two. Direct-mapped, a table must be many times larger than the
    /// keys it meets for them to stay: the 300 sources of a million-claim file evicted one another in 256 slots, and half
    /// of their lookups went on to the dictionary (5 % of the converting thread); in 4,096, some 7 % of them share a slot.
    /// </summary>
    internal const int Slots = 4096;

    // Small until it has been used a while, as the reader's caches are (CacheGrowth): 64 KiB at full size, zeroed at its
    // first write, would cost every small read and every built set some sixteen page faults.
    private (string? Key, TValue? Value)[] slots = new (string?, TValue?)[1 << CacheGrowth.StartBits];
    private CacheGrowth growth;

    /// <summary>The value remembered for <paramref name="key"/>, this very instance; false when none is.</summary>
    /// <remarks>At its <see cref="CacheGrowth.GrowAfter"/>th lookup the table grows to <see cref="Slots"/>, and forgets what it held.</remarks>
    internal bool TryGet(string key, [NotNullWhen(true)] out TValue? value)
    {
        if (growth.Grows()) slots = new (string?, TValue?)[Slots];
        ref readonly var slot = ref slots[SlotOf(key)];
        value = ReferenceEquals(slot.Key, key) ? slot.Value : null;
        return value is not null;
    }

    /// <summary>Remembers <paramref name="value"/> for <paramref name="key"/>, in place of what its slot held.</summary>
    internal void Remember(string key, TValue value) => slots[SlotOf(key)] = (key, value);

    private int SlotOf(string key) => RuntimeHelpers.GetHashCode(key) & (slots.Length - 1);
}
