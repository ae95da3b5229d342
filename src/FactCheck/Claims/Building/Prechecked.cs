namespace FactCheck;

/// <summary>
/// Says that the identifiers given to a claim's constructor passed, before it, the test its public constructor makes
/// (<see cref="Utility.TextChecks.IdentifierProblem"/>): the file reader tests each claim's id on the reading thread,
/// where the id's string was made, and the subject and metric as it drafts the claim
/// (<see cref="Serialization.ClaimBytesReader"/>). Testing the id again as the claim was made, on the converting
/// thread, fetched the string's memory from the other core for every claim of a large file.
/// </summary>
internal enum Prechecked
{
    /// <summary>The id, the subject and a metric that is not null are identifiers.</summary>
    Identifiers,
}
