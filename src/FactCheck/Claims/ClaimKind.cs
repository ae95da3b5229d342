namespace FactCheck;

/// <summary>The kinds of claim, as the file format's <c>kind</c> field names them.</summary>
public enum ClaimKind
{
    /// <summary>The value of a measured thing at a time.</summary>
    Observation = 0,

    /// <summary>A value someone intends to reach by a deadline.</summary>
    Target,

    /// <summary>A direction (and optional size) of change over a period.</summary>
    Change,

    /// <summary>Something that happened or will happen at a time.</summary>
    Event,

    /// <summary>A source names an entity.</summary>
    Mention,

    /// <summary>A part's share of a whole.</summary>
    Share,
}
