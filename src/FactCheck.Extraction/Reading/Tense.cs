namespace FactCheck.Extraction.Reading;

/// <summary>The tense of the words around a figure: it decides plan or fact, and which way a year-less date resolves.</summary>
internal enum Tense
{
    /// <summary>"there are", "is": now.</summary>
    Present,

    /// <summary>"was", "reached": before now.</summary>
    Past,

    /// <summary>"has reduced": up to now.</summary>
    Perfect,

    /// <summary>"will", "aims to": ahead.</summary>
    Future,
}
