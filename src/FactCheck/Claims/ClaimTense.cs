namespace FactCheck;

/// <summary>
/// Whether a claim's text speaks of the past or of the future. It decides which way a relative or partial time
/// resolves from the source's publication date ("on Friday" is the Friday before in the past tense and the coming one
/// in the future tense), and a change in the future tense is a plan, not a trend the figures can bear out.
/// </summary>
public enum ClaimTense
{
    /// <summary>The past (or perfect) tense, as news is mostly written: relative times resolve backward. The default.</summary>
    Past = 0,

    /// <summary>The future tense ("will be presented on Friday", "will fall by November 3"): relative times resolve forward.</summary>
    Future,
}
