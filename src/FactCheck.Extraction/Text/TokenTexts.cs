using System.Runtime.InteropServices;

namespace FactCheck.Extraction.Text;

/// <summary>
/// The spellings of the tokens one extraction has read (<see cref="Spelling"/>): news repeats its words ("the", "troops",
/// "said", "8,600"), and a string and a lower-case copy made for every token were most of what extraction allocated,
/// and the collections that followed a large part of its time. A token spelled as one before shares its spelling, with
/// the answers its words have given.
/// </summary>
/// <remarks>
/// Open addressing on a multiplicative hash of the characters, cheaper than a dictionary's for words of a few letters.
/// Holds at most <see cref="MaxHeld"/> spellings and looks at most <see cref="MaxProbes"/> slots for one, so that an
/// archive of any size, or text made to collide, keeps it bounded and quick; a spelling it does not hold gets strings of
/// its own, as without the table. Not for use by two threads at once: one extraction owns it.
/// </remarks>
internal sealed class TokenTexts
{
    /// <summary>The most spellings held: far more than the words of a language's news, far less than a large archive's distinct figures.</summary>
    internal const int MaxHeld = 1 << 16;

    /// <summary>The most slots looked at for one spelling.</summary>
    internal const int MaxProbes = 8;

    // Spellings of single ASCII characters by character, made at their first use: a spelling remembers answers, and
    // one extraction's answers are its own.
    private readonly Spelling?[] ascii = new Spelling?[128];

    private Entry[] slots = new Entry[1024];

    /// <summary>How many spellings are held.</summary>
    internal int Count { get; private set; }

    /// <summary>The spelling of <paramref name="spelling"/>, shared when held.</summary>
    internal Spelling Of(ReadOnlySpan<char> spelling)
    {
        // Punctuation, a sixth of the tokens, and other single ASCII characters come from a table of their own, not hashed.
        if (spelling.Length == 1 && char.IsAscii(spelling[0])) return ascii[spelling[0]] ??= Made(spelling);
        var hash = Hash(spelling);
        var mask = slots.Length - 1;
        var slot = (int)(hash >> 40) & mask;
        for (var probe = 0; probe < MaxProbes; probe++, slot = (slot + 1) & mask)
        {
            ref var entry = ref slots[slot];
            if (entry.Spelling is null)
            {
                var made = Made(spelling);
                if (Count < MaxHeld) Hold(ref entry, hash, made);
                return made;
            }
            if (entry.Hash == hash && spelling.SequenceEqual(entry.Spelling.Text)) return entry.Spelling;
        }
        return Made(spelling);
    }

    private static Spelling Made(ReadOnlySpan<char> spelling)
    {
        var text = spelling.ToString();
        return new Spelling(text, text.ToLowerInvariant());
    }

    private void Hold(ref Entry entry, ulong hash, Spelling spelling)
    {
        entry = new Entry(hash, spelling);
        // At most half full, so that a spelling is nearly always found in its first slot or the next.
        if (++Count * 2 > slots.Length) Grow();
    }

    private void Grow()
    {
        var larger = new Entry[slots.Length * 2];
        var mask = larger.Length - 1;
        foreach (var entry in slots)
        {
            if (entry.Spelling is null) continue;
            var slot = (int)(entry.Hash >> 40) & mask;
            // A spelling that finds no free slot within reach is let go, as one that came when they were taken would be.
            for (var probe = 0; probe < MaxProbes; probe++, slot = (slot + 1) & mask)
            {
                if (larger[slot].Spelling is not null) continue;
                larger[slot] = entry;
                break;
            }
        }
        slots = larger;
        Count = slots.Count(e => e.Spelling is not null);
    }

    /// <summary>A multiplicative hash of four characters at a time; the slot is read from its high bits, which depend on all of them.</summary>
    private static ulong Hash(ReadOnlySpan<char> spelling)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15UL;
        var words = MemoryMarshal.Cast<char, ulong>(spelling);
        var hash = (ulong)spelling.Length;
        foreach (var word in words) hash = (hash ^ word) * Multiplier;
        for (var i = words.Length * 4; i < spelling.Length; i++) hash = (hash ^ spelling[i]) * Multiplier;
        return hash;
    }

    private readonly record struct Entry(ulong Hash, Spelling? Spelling);
}
