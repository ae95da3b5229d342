namespace FactCheck.Extraction.Reading;

/// <summary>
/// The tense that governs each token of a sentence, asked by token number: what the time reader needs of the sentence, so
/// that it asks the sentence itself rather than a delegate made for each sentence (2 % of what extraction allocated).
/// </summary>
internal interface ITenses
{
    /// <summary>The tense that governs token <paramref name="i"/>.</summary>
    Tense TenseAt(int i);
}
