namespace FactCheck.Serialization;

/// <summary>What numbering a claim and taking its id found, for the converter to report in its turn.</summary>
/// <param name="Kind">Whether the claim was numbered, and whether its id was free.</param>
/// <param name="FirstUse">For a duplicate id, where it was first used.</param>
internal readonly record struct ClaimTicket(ClaimTicketKind Kind, ClaimLocation FirstUse);

/// <summary>The outcomes of <see cref="ClaimReader.Register(JsonValue, int)"/>.</summary>
internal enum ClaimTicketKind
{
    /// <summary>Not an object: not a claim at all.</summary>
    NotAClaim,

    /// <summary>Numbered; its id, if well formed, was free.</summary>
    Taken,

    /// <summary>Numbered; another claim already has its id.</summary>
    Duplicate,

    /// <summary>Not numbered: the file has more claims than the reader is set to read.</summary>
    OverLimit,
}
