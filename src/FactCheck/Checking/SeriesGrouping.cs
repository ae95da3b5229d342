using System.Collections.Immutable;
using System.Runtime.InteropServices;
using FactCheck.Utility;

namespace FactCheck.Checking;

/// <summary>Series keys numbered in order of first appearance, with a count per key.</summary>
internal sealed class SeriesGrouping(int expectedSubjects = 0)
{
    // Looked up once per claim, so keyed by the subject alone: a string key gets the dictionary's fast ordinal
    // hash, where a key of two strings is hashed with the randomised one, twice. Most subjects have one metric;
    // a subject's other series hang off its first one in a chain. All four tables are sized for the subjects a read
    // set says it has: grown by doubling instead, those of a million figures' 40,000 series left some 13 bytes a
    // claim behind, much of it in the large-object heap, which is fresh memory.
    private readonly Dictionary<string, int> firstOfSubject = new(Room(expectedSubjects), StringComparer.Ordinal);
    private readonly List<SeriesKey> keys = new(Room(expectedSubjects));
    private readonly List<int> counts = new(Room(expectedSubjects));
    private readonly List<int> nextOfSubject = new(Room(expectedSubjects));

    // The subject a reader numbered n (ClaimSet.SubjectNumbers), as the very string it gave the claim, and the number of
    // its first series here: a claim with that string finds its series by the number, without the subject's characters
    // being read (for a million claims, most of the census's time was spent waiting for them). Only a cache in front of
    // firstOfSubject: a number given to another string (a second file's pool) is looked up there and takes its place.
    private NumberedSubject[] numberedSubjects = new NumberedSubject[Room(expectedSubjects)];

    /// <summary>The most subject numbers followed (a pool numbers far fewer): a number beyond is looked up by its string.</summary>
    internal const int MaxSubjectNumber = 1 << 20;

    private static int Room(int expectedSubjects) => Math.Clamp(expectedSubjects, 0, MaxSubjectNumber);

    internal int Length => keys.Count;

    /// <summary>The count of each key so far, in key number order.</summary>
    internal int[] Counts() => [.. counts];

    /// <summary>
    /// Counts one more claim in the series of <paramref name="subject"/> and <paramref name="metric"/>, the subject being
    /// numbered <paramref name="subjectNumber"/> by the reader (0 when it is not); returns the series' number.
    /// </summary>
    internal int Count(string subject, string metric, int subjectNumber)
    {
        var number = subjectNumber is > 0 and < MaxSubjectNumber ? FindNumbered(subject, metric, subjectNumber) : Find(subject, metric);
        CollectionsMarshal.AsSpan(counts)[number]++;
        return number;
    }

    /// <summary>
    /// The number of the series of <paramref name="subject"/> and <paramref name="metric"/> as <see cref="Find"/> gives
    /// it, the subject's first series taken from the number's entry when that holds this very string.
    /// </summary>
    private int FindNumbered(string subject, string metric, int subjectNumber)
    {
        if (subjectNumber >= numberedSubjects.Length) Array.Resize(ref numberedSubjects, Math.Max(subjectNumber + 1, numberedSubjects.Length * 2));
        ref var known = ref numberedSubjects[subjectNumber];
        if (!ReferenceEquals(known.Subject, subject)) known = new NumberedSubject(subject, FirstOf(subject, metric));
        return InChain(known.First, subject, metric);
    }

    /// <summary>
    /// Takes in the keys and counts of <paramref name="later"/>, a grouping of claims that come after this one's: keys
    /// first seen there are numbered after this one's, in the order they appeared there, so the numbers are those a
    /// single grouping of all the claims would give. Returns each of its numbers' number here.
    /// </summary>
    internal int[] Absorb(SeriesGrouping later)
    {
        var numbers = new int[later.Length];
        for (var n = 0; n < numbers.Length; n++)
        {
            var number = Find(later.keys[n].Subject, later.keys[n].Metric);
            CollectionsMarshal.AsSpan(counts)[number] += later.counts[n];
            numbers[n] = number;
        }
        return numbers;
    }

    /// <summary>The number of the series of <paramref name="subject"/> and <paramref name="metric"/>, numbering it if it is new.</summary>
    private int Find(string subject, string metric) => InChain(FirstOf(subject, metric), subject, metric);

    /// <summary>The number of the first series of <paramref name="subject"/>, numbering one of <paramref name="metric"/> if the subject is new.</summary>
    private int FirstOf(string subject, string metric)
    {
        ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(firstOfSubject, subject, out var exists);
        return exists ? first : first = New(subject, metric);
    }

    /// <summary>
    /// The number of the series of <paramref name="subject"/> and <paramref name="metric"/>, from the subject's first
    /// series <paramref name="first"/> on, numbering it if it is new.
    /// </summary>
    private int InChain(int first, string subject, string metric)
    {
        var number = first;
        while (!string.Equals(keys[number].Metric, metric, StringComparison.Ordinal))
        {
            var next = nextOfSubject[number];
            if (next < 0)
            {
                next = New(subject, metric);
                nextOfSubject[number] = next;
            }
            number = next;
        }
        return number;
    }

    private int New(string subject, string metric)
    {
        keys.Add(new SeriesKey(subject, metric));
        counts.Add(0);
        nextOfSubject.Add(-1);
        return keys.Count - 1;
    }

    /// <summary>A subject as a reader numbered it, and the number of its first series.</summary>
    private readonly record struct NumberedSubject(string? Subject, int First);

    /// <summary>
    /// An array of each series' size, made on two cores when <paramref name="parallel"/>: the arrays of a million figures
    /// are some 48 MB of memory written for the first time, which is dear on the machines measured (benchmarks/README.md,
    /// eighteenth pass): on one core they took some 90 ms of the command on the independent million.
    /// </summary>
    internal T[][] Allocate<T>(bool parallel)
    {
        var arrays = new T[keys.Count][];
        var half = arrays.Length / 2;
        SideBySide.Run(parallel, () => Allocate(arrays, 0, half), () => Allocate(arrays, half, arrays.Length));
        return arrays;
    }

    private void Allocate<T>(T[][] arrays, int from, int to)
    {
        for (var i = from; i < to; i++) arrays[i] = new T[counts[i]];
    }

    /// <summary>
    /// Sorts each series in time (on every core when <paramref name="parallel"/>: the series are independent) and orders
    /// the series by key, beside the series' own sorts.
    /// </summary>
    internal ImmutableArray<Series<T>> Sort<T>(T[][] arrays, bool parallel, CancellationToken cancellationToken)
        where T : struct, ITimed
    {
        int[] order = [];
        // The keys' order is work for one core (comparing strings) that needs none of the series' sorts: alone, after
        // them, it left the other core idle for a third of this.
        SideBySide.Run(parallel, () => SortEach(arrays, parallel, cancellationToken), () => order = KeyOrder());
        var result = new Series<T>[order.Length];
        for (var i = 0; i < order.Length; i++) result[i] = new Series<T>(keys[order[i]], ImmutableCollectionsMarshal.AsImmutableArray(arrays[order[i]]));
        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    private static void SortEach<T>(T[][] arrays, bool parallel, CancellationToken cancellationToken)
        where T : struct, ITimed
    {
        if (!parallel)
        {
            foreach (var array in arrays) TimeSort.Sort(array);
            return;
        }
        Parallel.For(0, arrays.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => TimeSort.Sort(arrays[i]));
    }

    /// <summary>
    /// The key numbers in key order. Keys are distinct, so this order is the same however the sort goes; sorting the keys
    /// themselves calls their comparison directly instead of through a delegate.
    /// </summary>
    private int[] KeyOrder()
    {
        var order = Enumerable.Range(0, keys.Count).ToArray();
        Array.Sort([.. keys], order);
        return order;
    }
}
