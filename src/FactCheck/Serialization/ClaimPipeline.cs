using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace FactCheck.Serialization;

/// <summary>
/// Turns the JSON of a claims array into claims on a second core while the reading thread reads on. The reading
/// thread checks each claim's JSON and makes its id's string, and hands it over as its bytes when they can be taken as they
/// are (<see cref="JsonStreamReader.TryPeekObject"/>), otherwise as a node. One converter takes the batches one after
/// another, in file order, and drafts each claim from its bytes (<see cref="ClaimBytesReader"/>), or reads a node, or
/// its bytes as a node, with <see cref="ClaimReader"/>; so claims and problems come out exactly as a one-thread read
/// gives them. Small arrays, and machines with one core, are converted on the reading thread.
/// <para>
/// Each batch's claims are numbered in file order before they are converted (see
/// <see cref="ClaimReader.Register(JsonValue, int)"/>), the ids' slots of those that come as bytes read side by side,
/// by whichever thread has time: the reading thread when the converter is behind (half the queue or more waits for
/// it), the converter otherwise. Which one is faster depends on the file and on the machine: on a million compact
/// claims the reading thread was busy all the time and the converter a fifth less, until the converter's first writes
/// of fresh memory grew dear, as in some hours they do here, and then the converter was busy and the reading thread
/// waited over a third of its time. The batches not numbered yet wait in order, and each is taken and numbered under
/// one lock, so that one thread numbers at a time and in file order.
/// </para>
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "Complete, which the owner calls in a finally block, disposes of them.")]
internal sealed class ClaimPipeline(ClaimReader converter, NodeReader nodes, JsonNode.Pool pool, System.Text.Json.JsonReaderOptions options)
{
    /// <summary>Drafts the claims that come as bytes; the converter's, as are its shared strings. Made at the first such claim: its tables are large for a file of a few claims.</summary>
    private ClaimBytesReader? drafter;

    private ClaimBytesReader Drafter => drafter ??= new ClaimBytesReader();

    /// <summary>The converter's nodes, for the claims that come as bytes and are read as nodes after all.</summary>
    private readonly JsonNode.Pool converterPool = new();

    private const int BatchSize = 256;
    private const int BatchesInFlight = 4;

    private readonly ConcurrentQueue<Batch> converted = new();

    /// <summary>The batches posted whose claims are not numbered yet, in file order; its own lock guards it and the numbering.</summary>
    private readonly Queue<Batch> unnumbered = new();
    private Batch current = new();
    private BlockingCollection<Batch>? queue;
    private CancellationTokenSource? failed;
    private Task? worker;
    private volatile bool stopped;

    /// <summary>Whether the converter has found as many problems as the reader allows; nothing more need be read.</summary>
    internal bool Stopped => stopped;

    /// <summary>Hands over <paramref name="node"/>, the claim at <paramref name="index"/> in its file; it belongs to the pipeline from now on.</summary>
    internal void Add(JsonValue node, int index)
    {
        current.Add(node, index);
        Next();
    }

    /// <summary>
    /// Hands over a claim as its bytes, <paramref name="claim"/>, which start at <paramref name="start"/> and are whole,
    /// valid JSON (see <see cref="JsonStreamReader.TryPeekObject"/>) laid out as <paramref name="layout"/> says, with
    /// the id <paramref name="id"/>, numbered with its batch: the converter drafts it from them
    /// (<see cref="ClaimBytesReader"/>), or reads them as a node. <paramref name="idChecked"/> says whether the id passed
    /// <see cref="ClaimBytesReader.IsIdentifier"/> on this thread, where its string was just made: read again on the
    /// converter's core, it would be fetched from this one's cache.
    /// </summary>
    internal void Add(ReadOnlySpan<byte> claim, ClaimLayout layout, (int Line, int Column) start, int index, string? id, bool idChecked)
    {
        current.Add(claim, layout, start, index, id, idChecked);
        Next();
    }

    /// <summary>Numbers the claims of <paramref name="batch"/> in order, the ids' slots of each run of claims that come as bytes read first.</summary>
    private void Number(Batch batch)
    {
        if (batch.Count > 0) nodes.Session.Options.BeforeNumbering?.Invoke(batch.Indices[0]);
        batch.ExpectedClaims = nodes.Session.ExpectClaims(batch.MoreClaims);
        Span<int> hashes = stackalloc int[BatchSize];
        for (var from = 0; from < batch.Count;)
        {
            if (!batch.IsBytes[from])
            {
                batch.Tickets[from] = converter.Register(batch.Nodes[from], batch.Indices[from]);
                from++;
                continue;
            }
            var to = from + 1;
            while (to < batch.Count && batch.IsBytes[to]) to++;
            converter.ReadyToNumber(batch.Ids.AsSpan(from, to - from), hashes);
            for (var i = from; i < to; i++) batch.Tickets[i] = converter.Register(batch.Ids[i], hashes[i - from], batch.Starts[i], batch.Indices[i]);
            from = to;
        }
        batch.Numbered = true;
    }

    /// <summary>
    /// Numbers the batch first in line, if any is; false when none waits, or when numbering failed before: what failed
    /// it (no memory for the tables, say) stops all numbering, and the converter, finding its batch not numbered,
    /// throws it, instead of waiting for a batch no one will number.
    /// </summary>
    private bool NumberNext()
    {
        lock (unnumbered)
        {
            if (numberingFault is not null || !unnumbered.TryDequeue(out var batch)) return false;
            try
            {
                Number(batch);
            }
            catch (Exception e)
            {
                numberingFault = ExceptionDispatchInfo.Capture(e);
                throw;
            }
            return true;
        }
    }

    /// <summary>What failed the numbering of a batch, under the lock of <see cref="unnumbered"/>; then nothing more is numbered.</summary>
    private ExceptionDispatchInfo? numberingFault;

    /// <summary>Whether numbering failed; after that the batch in hand may be in line already, and nothing more is posted.</summary>
    private bool NumberingFailed
    {
        get
        {
            lock (unnumbered) return numberingFault is not null;
        }
    }

    /// <summary>Sees that <paramref name="batch"/>, taken by the converter, is numbered: it is first in line, or numbered already.</summary>
    private void EnsureNumbered(Batch batch)
    {
        if (batch.Numbered) return;
        NumberNext();
        if (batch.Numbered) return;
        lock (unnumbered) numberingFault?.Throw();
        throw new InvalidOperationException("A batch of claims came to be converted without being numbered.");
    }

    private void Next()
    {
        if (current.Count < BatchSize) return;
        if (nodes.Session.Options.ConvertsOnReadingThread)
        {
            ConvertHere();
            return;
        }
        Post(current);
        current = converted.TryDequeue(out var free) ? Recycle(free) : new Batch();
    }

    /// <summary>Numbers and converts the batch in hand on this thread, as a machine of one core reads; a failure is noted, so that <see cref="Complete"/> does not take the batch again.</summary>
    private void ConvertHere()
    {
        try
        {
            Number(current);
            Convert(current);
        }
        catch
        {
            failedHere = true;
            throw;
        }
        Recycle(current);
    }

    /// <summary>Whether numbering or converting a batch on the reading thread failed (<see cref="ConvertHere"/>).</summary>
    private bool failedHere;

    /// <summary>
    /// Passes on how many more claims the file should hold (see <see cref="ReadSession.MoreClaims"/>): the number
    /// travels with the next batch; the thread that numbers it makes room in the tables numbering fills, and the
    /// converter in the builder's list, which it alone adds to.
    /// </summary>
    internal void Expect(int more) => current.MoreClaims = more;

    /// <summary>
    /// Puts <paramref name="batch"/> in line to be numbered, and numbers every batch in line here when the converter
    /// is behind: half the queue or more waits for it, and this thread would soon wait for room. Waiting for a full
    /// queue left the converter half the numbering on days when it was the slower (the queue is full only now and
    /// then); the command on a million compact claims took 0.93 of the time at the median of 16 pairs.
    /// </summary>
    private void Enqueue(Batch batch)
    {
        lock (unnumbered) unnumbered.Enqueue(batch);
        var numbering = nodes.Session.Options.Numbering;
        if (numbering == ClaimNumbering.Converter || (numbering == ClaimNumbering.WhereIdle && queue!.Count < BatchesInFlight / 2)) return;
        while (NumberNext())
        {
        }
    }

    /// <summary>Converts what is left and waits for the converter; rethrows what failed it.</summary>
    internal void Complete()
    {
        if (worker is null)
        {
            // Not after a failure: the batch in hand is the one that failed, and numbering it again would register its
            // claims twice, and might replace the failure with another.
            if (!failedHere) ConvertHere();
            return;
        }
        try
        {
            // Not after a failure: numbering failed (and the batch in hand may be in line already), or the converter did.
            if (!failed!.IsCancellationRequested && !NumberingFailed)
            {
                Enqueue(current);
                queue!.Add(current, failed.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The converter failed; waiting for it below rethrows why.
        }
        finally
        {
            queue!.CompleteAdding();
            try
            {
                worker.Wait();
            }
            catch (AggregateException e) when (e.InnerExceptions.Count == 1)
            {
                ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
            finally
            {
                queue.Dispose();
                failed!.Dispose();
            }
        }
        while (converted.TryDequeue(out var batch)) Recycle(batch);
    }

    private void Post(Batch batch)
    {
        if (worker is null)
        {
            queue = new BlockingCollection<Batch>(BatchesInFlight);
            failed = new CancellationTokenSource();
            worker = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
        Enqueue(batch);
        // Waits while the converter is behind; throws OperationCanceledException if it failed.
        queue!.Add(batch, failed!.Token);
    }

    private void Run()
    {
        try
        {
            foreach (var batch in queue!.GetConsumingEnumerable())
            {
                // In file order: every batch before this one is numbered already, so it is the next in line, or numbered.
                EnsureNumbered(batch);
                Convert(batch);
                converted.Enqueue(batch);
            }
        }
        catch
        {
            failed!.Cancel();
            throw;
        }
    }

    private void Convert(Batch batch)
    {
        System.Diagnostics.Debug.Assert(batch.Numbered, "A batch is converted before its claims are numbered.");
        if (batch.ExpectedClaims > 0) nodes.Session.Builder.EnsureClaimCapacity(batch.ExpectedClaims);
        ReadySubjects(batch);
        for (var i = 0; i < batch.Count && !stopped; i++)
        {
            var node = batch.Nodes[i];
            if (batch.IsBytes[i])
            {
                ConvertBytes(batch, i);
            }
            else if (batch.Tickets[i].Kind == ClaimTicketKind.NotAClaim)
            {
                nodes.Problem(new FieldPath("$.claims", batch.Indices[i], null), node, $"Each entry of 'claims' is an object; got {node.KindName}.");
            }
            else
            {
                converter.Read(node, batch.Indices[i], batch.Tickets[i]);
            }
            if (nodes.Session.Full) stopped = true;
        }
    }

    // Where the subjects of a batch's claims that come as bytes stand in its arena.
    private readonly (int Start, int Length)[] subjectPlaces = new (int, int)[BatchSize];

    /// <summary>
    /// Readies the drafter's subject pool for the subjects of the claims of <paramref name="batch"/> that come as bytes
    /// (see <see cref="Utf8StringPool.Touch"/>).
    /// </summary>
    private void ReadySubjects(Batch batch)
    {
        var count = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            if (batch.IsBytes[i] && ClaimLayout.StringOf(batch.Fields(i), KnownField.Subject) is { } subject)
            {
                subjectPlaces[count++] = (batch.Range(i).From + subject.Start, subject.Length);
            }
        }
        if (count > 0) Drafter.Strings.ReadySubjects(batch.Arena, subjectPlaces.AsSpan(0, count));
    }

    /// <summary>Drafts claim <paramref name="i"/> of <paramref name="batch"/> from its bytes, or reads them as a node when the drafter cannot.</summary>
    private void ConvertBytes(Batch batch, int i)
    {
        var claim = batch.Bytes(i);
        var (start, index, ticket) = (batch.Starts[i], batch.Indices[i], batch.Tickets[i]);
        if (ticket.Kind == ClaimTicketKind.Taken && Drafter.TryRead(claim, batch.Ids[i], batch.IdsChecked[i], batch.Fields(i), batch.ValueObjects[i]))
        {
            converter.Read(Drafter.Draft, claim, start, index, options);
            return;
        }
        // Read as any claim is: the node's values stand where they stand in the file.
        var (from, length) = batch.Range(i);
        using var stream = new MemoryStream(batch.Arena, from, length, writable: false);
        using var reader = new JsonStreamReader(stream, nodes.Session.Options.MaxDepth, nodes.Session.Options.MaxValueBytes, Drafter.Strings, start);
        reader.Read();
        var node = JsonNode.Read(reader, converterPool);
        converter.Read(node, index, ticket);
        converterPool.Return(node);
    }

    /// <summary>Gives a converted batch's nodes back to the reading thread's pool; only that thread calls it.</summary>
    private Batch Recycle(Batch batch)
    {
        for (var i = 0; i < batch.Count; i++) pool.Return(batch.Nodes[i]);
        batch.Clear();
        return batch;
    }

    /// <summary>Claims on their way to the converter, as nodes or as bytes, with their places in the file.</summary>
    private sealed class Batch
    {
        internal JsonValue[] Nodes { get; } = new JsonValue[BatchSize];

        internal int[] Indices { get; } = new int[BatchSize];

        internal ClaimTicket[] Tickets { get; } = new ClaimTicket[BatchSize];

        /// <summary>Whether each claim comes as its bytes (then its node is none) or as a node.</summary>
        internal bool[] IsBytes { get; } = new bool[BatchSize];

        /// <summary>The ids of the claims that come as bytes, which they are numbered with.</summary>
        internal string?[] Ids { get; } = new string?[BatchSize];

        /// <summary>Whether each of those ids passed <see cref="ClaimBytesReader.IsIdentifier"/>.</summary>
        internal bool[] IdsChecked { get; } = new bool[BatchSize];

        internal (int Line, int Column)[] Starts { get; } = new (int, int)[BatchSize];

        /// <summary>
        /// The bytes of the claims that come as bytes, one after another; ends says where each ends. It and the fields
        /// start with room for a few claims and grow to what a batch takes: a file of a few claims has no use for the
        /// 64 KB and 30 KB they started with before, zeroed at the command's start.
        /// </summary>
        internal byte[] Arena { get; private set; } = new byte[4 * 1024];

        private readonly int[] ends = new int[BatchSize];

        private int used;

        internal Quantity[] ValueObjects { get; } = new Quantity[BatchSize];

        /// <summary>Where the fields of the claims that come as bytes stand, one claim's after another's; fieldEnds says where each claim's end.</summary>
        private FieldSpan[] fieldSpans = new FieldSpan[BatchSize];

        private readonly int[] fieldEnds = new int[BatchSize];

        private int fieldsUsed;

        /// <summary>Where the fields of claim <paramref name="i"/> stand in its bytes.</summary>
        internal ReadOnlySpan<FieldSpan> Fields(int i)
        {
            var from = i == 0 ? 0 : fieldEnds[i - 1];
            return fieldSpans.AsSpan(from, fieldEnds[i] - from);
        }

        internal int Count { get; private set; }

        /// <summary>Whether its claims are numbered; set under the pipeline's lock (or on the only thread), read by the converter without it.</summary>
        private volatile bool numbered;

        /// <inheritdoc cref="numbered"/>
        internal bool Numbered
        {
            get => numbered;
            set => numbered = value;
        }

        /// <summary>How many more claims the file should hold, when this batch brings the guess; otherwise 0.</summary>
        internal int MoreClaims { get; set; }

        /// <summary>How many claims to expect in all, made from <see cref="MoreClaims"/> when the batch is numbered; otherwise 0.</summary>
        internal int ExpectedClaims { get; set; }

        /// <summary>Where the bytes of claim <paramref name="i"/> stand in <see cref="Arena"/>.</summary>
        internal (int From, int Length) Range(int i)
        {
            var from = i == 0 ? 0 : ends[i - 1];
            return (from, ends[i] - from);
        }

        /// <summary>The bytes of claim <paramref name="i"/>; none for a claim that comes as a node.</summary>
        internal ReadOnlySpan<byte> Bytes(int i)
        {
            var (from, length) = Range(i);
            return Arena.AsSpan(from, length);
        }

        /// <summary>Adds a claim that comes as a node; each claim's ticket is set when it is numbered.</summary>
        internal void Add(JsonValue node, int index) => Enter(node, index, isBytes: false, id: null);

        /// <summary>Adds a claim that comes as its bytes.</summary>
        internal void Add(ReadOnlySpan<byte> claim, ClaimLayout layout, (int Line, int Column) start, int index, string? id, bool idChecked)
        {
            IdsChecked[Count] = idChecked;
            var arena = Arena;
            Append(ref fieldSpans, ref fieldsUsed, layout.Fields);
            Append(ref arena, ref used, claim);
            Arena = arena;
            ValueObjects[Count] = layout.ValueObject;
            Starts[Count] = start;
            Enter(default, index, isBytes: true, id);
        }

        /// <summary>Ends the entry of the next claim: what every claim has, and where its bytes and fields end (none for a node).</summary>
        private void Enter(JsonValue node, int index, bool isBytes, string? id)
        {
            Nodes[Count] = node;
            Indices[Count] = index;
            IsBytes[Count] = isBytes;
            Ids[Count] = id;
            ends[Count] = used;
            fieldEnds[Count] = fieldsUsed;
            Count++;
        }

        /// <summary>Copies <paramref name="items"/> to the end of the used part of <paramref name="array"/>, growing it when they do not fit.</summary>
        private static void Append<T>(ref T[] array, ref int used, ReadOnlySpan<T> items)
        {
            if (used + items.Length > array.Length) Array.Resize(ref array, Math.Max(array.Length * 2, used + items.Length));
            items.CopyTo(array.AsSpan(used));
            used += items.Length;
        }

        /// <summary>Empties the batch for reuse. The ids are overwritten, not cleared: a few batches' ids live a little longer.</summary>
        internal void Clear()
        {
            Count = 0;
            used = 0;
            fieldsUsed = 0;
            MoreClaims = 0;
            ExpectedClaims = 0;
            Numbered = false;
        }
    }
}
