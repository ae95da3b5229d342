using FluentAssertions.Formatting;

namespace FactCheck.FluentAssertions;

/// <summary>
/// Shows findings in failure messages the way an editor reads them, one per line, instead of as object dumps.
/// Registered when the assertions are first used.
/// </summary>
internal sealed class FindingValueFormatter : IValueFormatter
{
    /// <inheritdoc />
    public bool CanHandle(object value) => value is Finding or FindingList;

    /// <inheritdoc />
    public void Format(object value, FormattedObjectGraph formattedGraph, FormattingContext context, FormatChild formatChild)
    {
        ArgumentNullException.ThrowIfNull(formattedGraph);
        switch (value)
        {
            case Finding finding:
                formattedGraph.AddFragment(FindingText.Of(finding));
                break;
            case FindingList { Items.Count: 0 }:
                formattedGraph.AddFragment("no findings");
                break;
            case FindingList list:
                // One finding per line under the sentence that introduces them.
                formattedGraph.AddFragment(string.Concat(list.Items.Select(f => Environment.NewLine + "  " + FindingText.Of(f))));
                break;
        }
    }
}
