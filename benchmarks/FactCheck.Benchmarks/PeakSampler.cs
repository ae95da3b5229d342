namespace FactCheck.Benchmarks;

/// <summary>Samples the managed heap every few milliseconds while a measured step runs, keeping the highest.</summary>
internal sealed class PeakSampler
{
    public long PeakBytes { get; private set; }

    public IDisposable Start()
    {
        var running = new CancellationTokenSource();
        var thread = new Thread(() =>
        {
            while (!running.IsCancellationRequested)
            {
                var now = GC.GetTotalMemory(forceFullCollection: false);
                if (now > PeakBytes) PeakBytes = now;
                Thread.Sleep(5);
            }
        }) { IsBackground = true };
        thread.Start();
        return new Stop(running, thread);
    }

    private sealed class Stop(CancellationTokenSource running, Thread thread) : IDisposable
    {
        public void Dispose()
        {
            running.Cancel();
            thread.Join();
            running.Dispose();
        }
    }
}
