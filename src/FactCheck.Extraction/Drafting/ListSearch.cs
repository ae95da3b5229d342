namespace FactCheck.Extraction.Drafting;

/// <summary>
/// The first or last item of a list that a test accepts, the test given what it compares against as a state: the readers
/// ask a sentence's places, figures and times dozens of such questions, and a lambda that captured a figure or a token
/// number made a delegate and a closure at every question (11 % of what extraction allocated). A <c>static</c>
/// lambda with a state makes neither.
/// </summary>
internal static class ListSearch
{
    /// <summary>The first item that <paramref name="accept"/> accepts with <paramref name="state"/>, or null.</summary>
    internal static T? FirstWhere<T, TState>(this List<T> items, TState state, Func<T, TState, bool> accept)
        where T : class
    {
        foreach (var item in items)
        {
            if (accept(item, state)) return item;
        }
        return null;
    }

    /// <summary>The last item that <paramref name="accept"/> accepts with <paramref name="state"/>, or null.</summary>
    internal static T? LastWhere<T, TState>(this List<T> items, TState state, Func<T, TState, bool> accept)
        where T : class
    {
        for (var i = items.Count - 1; i >= 0; i--)
        {
            if (accept(items[i], state)) return items[i];
        }
        return null;
    }
}
