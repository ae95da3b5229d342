namespace FactCheck;

/// <summary>
/// The words around a name that are not the name: leading titles and honorifics (Gen., Sir, Prime Minister,
/// Secretary of State) and trailing generational suffixes (Jr., III). Words are as <see cref="Names"/> folds
/// them: upper case, without full stops.
/// </summary>
internal static class NameTitles
{
    /// <summary>Titles and honorifics, abbreviated and in full.</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "MR", "MRS", "MS", "MISS", "MX", "SIR", "DAME", "LORD", "LADY", "DR", "DOCTOR", "PROF", "PROFESSOR",
        "REV", "REVD", "REVEREND", "FR", "FATHER", "RABBI", "IMAM", "SHEIKH", "SHAIKH", "POPE", "CARDINAL", "BISHOP",
        "GEN", "GENERAL", "LT", "LIEUT", "LIEUTENANT", "COL", "COLONEL", "MAJ", "MAJOR", "CAPT", "CAPTAIN", "CPT",
        "SGT", "SERGEANT", "CPL", "CORPORAL", "PVT", "PRIVATE", "ADM", "ADMIRAL", "CMDR", "CDR", "COMMANDER", "MARSHAL",
        "BRIG", "BRIGADIER", "GOV", "GOVERNOR", "SEN", "SENATOR", "REP", "REPRESENTATIVE", "CONGRESSMAN", "CONGRESSWOMAN",
        "PRES", "PRESIDENT", "SECRETARY", "MINISTER", "CHANCELLOR", "PREMIER", "MAYOR", "AMBASSADOR", "AMB", "JUDGE",
        "JUSTICE", "KING", "QUEEN", "PRINCE", "PRINCESS", "EMIR", "SULTAN", "CHAIRMAN", "CHAIRWOMAN", "CHAIR", "SPEAKER",
    };

    /// <summary>Words that qualify a title that follows (Prime Minister, Lt. Gen., Defense Secretary, U.S. President).</summary>
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
    {
        "VICE", "DEPUTY", "ASSISTANT", "ACTING", "FORMER", "INTERIM", "PRIME", "CHIEF", "SUPREME", "CROWN", "FIRST",
        "FOREIGN", "DEFENSE", "DEFENCE", "HOME", "INTERIOR", "FINANCE", "HEALTH", "STATE", "US", "UK", "THE",
    };

    /// <summary>Generational and post-nominal suffixes.</summary>
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "JR", "SR", "II", "III", "IV", "ESQ", "PHD" };

    /// <summary>
    /// The range of <paramref name="words"/> that is the name itself, start included and end excluded: leading
    /// titles (with their qualifiers, and "of …" after a title, as in Secretary of State) and trailing suffixes left
    /// out. At least one word is always kept, so "King" or "Prince of Wales" alone stays as it is.
    /// </summary>
    internal static (int Start, int End) Core(string[] words)
    {
        var end = words.Length;
        while (end > 1 && Suffixes.Contains(words[end - 1])) end--;
        int start = 0, at = 0;
        while (at < end - 1)
        {
            if (Titles.Contains(words[at])) start = ++at;
            else if (Qualifiers.Contains(words[at])) at++;
            else if (words[at] == "OF" && start == at && at > 0 && at + 2 < end) start = at += 2;
            else break;
        }
        // "Prince of Wales": the title is the whole name.
        return start >= end || words[start] == "OF" ? (0, end) : (start, end);
    }
}
