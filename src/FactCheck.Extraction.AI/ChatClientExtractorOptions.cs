namespace FactCheck.Extraction.AI;

/// <summary>How <see cref="ChatClientExtractor"/> talks to its model.</summary>
public sealed record ChatClientExtractorOptions
{
    /// <summary>The default options: one retry.</summary>
    public static ChatClientExtractorOptions Default { get; } = new();

    /// <summary>How many times an answer that the reader rejects is sent back with its problems; 1 by default.</summary>
    public int Retries { get; init; } = 1;

    /// <summary>The model id to ask for, or null for the client's default.</summary>
    public string? ModelId { get; init; }
}
