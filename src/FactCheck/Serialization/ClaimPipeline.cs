using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace FactCheck.Serialization;

/// <summary>
/// Turns the JSON of a claims array into claims on a second core while the reading thread reads on. The reading
/// thread numbers each claim and takes its id as it reads (in file order, see <see cref="ClaimReader.Register"/>);
/// one converter takes the batches one after another, in file order, so claims and problems come out exactly as a
/// one-thread read gives them. Small arrays, and machines with one core, are converted on the reading thread.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "Complete, which the owner calls in a finally block, disposes of them.")]
internal sealed class ClaimPipeline(ClaimReader converter, NodeReader nodes, JsonNode.Pool pool)
{
    private const int BatchSize = 256;
    private const int BatchesInFlight = 4;

    private readonly ConcurrentQueue<Batch> converted = new();
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
        current.Add(node, index, converter.Register(node, index));
        if (current.Count < BatchSize) return;
        if (Environment.ProcessorCount == 1)
        {
            Convert(current);
            Recycle(current);
            return;
        }
        Post(current);
        current = converted.TryDequeue(out var free) ? Recycle(free) : new Batch();
    }

    /// <summary>
    /// Passes on how many claims the session should expect in all, for the builder's list: the converter alone adds
    /// to it, so the number travels with the next batch and the converter makes the room.
    /// </summary>
    internal void Expect(int claims) => current.ExpectedClaims = claims;

    /// <summary>Converts what is left and waits for the converter; rethrows what failed it.</summary>
    internal void Complete()
    {
        if (worker is null)
        {
            Convert(current);
            Recycle(current);
            return;
        }
        try
        {
            if (!failed!.IsCancellationRequested) queue!.Add(current, failed.Token);
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
        // Waits while the converter is behind; throws OperationCanceledException if it failed.
        queue!.Add(batch, failed!.Token);
    }

    private void Run()
    {
        try
        {
            foreach (var batch in queue!.GetConsumingEnumerable())
            {
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
        if (batch.ExpectedClaims > 0) nodes.Session.Builder.EnsureClaimCapacity(batch.ExpectedClaims);
        for (var i = 0; i < batch.Count && !stopped; i++)
        {
            var node = batch.Nodes[i];
            if (batch.Tickets[i].Kind == ClaimTicketKind.NotAClaim)
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

    /// <summary>Gives a converted batch's nodes back to the reading thread's pool; only that thread calls it.</summary>
    private Batch Recycle(Batch batch)
    {
        for (var i = 0; i < batch.Count; i++) pool.Return(batch.Nodes[i]);
        batch.Count = 0;
        batch.ExpectedClaims = 0;
        return batch;
    }

    /// <summary>Claim nodes on their way to the converter, with their places in the file.</summary>
    private sealed class Batch
    {
        internal JsonValue[] Nodes { get; } = new JsonValue[BatchSize];

        internal int[] Indices { get; } = new int[BatchSize];

        internal ClaimTicket[] Tickets { get; } = new ClaimTicket[BatchSize];

        internal int Count { get; set; }

        /// <summary>How many claims the session expects in all, when this batch brings the guess; otherwise 0.</summary>
        internal int ExpectedClaims { get; set; }

        internal void Add(JsonValue node, int index, ClaimTicket ticket)
        {
            Nodes[Count] = node;
            Indices[Count] = index;
            Tickets[Count] = ticket;
            Count++;
        }
    }
}
