namespace FactCheck;

/// <summary>
/// A machine-applicable fix: replace the text of one field of one claim (<c>weekday</c> "Thursday" → "Wednesday",
/// <c>name</c> "Kenneth MacKenzie" → "Kenneth McKenzie"). A finding's fixes are applied together.
/// </summary>
/// <param name="ClaimId">The claim whose field is replaced.</param>
/// <param name="Field">The field's name in the claim file (<c>weekday</c>, <c>name</c>).</param>
/// <param name="OldText">The text the field holds, as the rule read it; a fixer leaves a field that reads otherwise (edited since) alone.</param>
/// <param name="NewText">The text to put in its place.</param>
public sealed record FindingFix(string ClaimId, string Field, string OldText, string NewText)
{
    /// <summary><c>m-mackenzie.name: "Kenneth MacKenzie" → "Kenneth McKenzie"</c>.</summary>
    public override string ToString() => $"{ClaimId}.{Field}: \"{OldText}\" → \"{NewText}\"";
}
