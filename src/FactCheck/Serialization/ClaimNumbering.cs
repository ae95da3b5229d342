namespace FactCheck.Serialization;

/// <summary>
/// Which thread numbers the claims of a large claims array (see <see cref="ClaimPipeline"/>). Reads give the same
/// claims and problems whichever it is; tests choose one to see that they do.
/// </summary>
internal enum ClaimNumbering
{
    /// <summary>Whichever has time: the reading thread when the converter is behind, the converter otherwise.</summary>
    WhereIdle,

    /// <summary>The reading thread, every batch before it goes.</summary>
    ReadingThread,

    /// <summary>The converter, every batch as it takes it.</summary>
    Converter,
}
