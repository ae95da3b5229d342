using FactCheck.Utility;
using NodaTime;

namespace FactCheck;

/// <summary>Where claims come from: an article, a report, a dataset.</summary>
public sealed record Source
{
    /// <summary>Creates a source.</summary>
    /// <param name="id">The id claims refer to; unique within a claim set.</param>
    /// <param name="title">The title, if any.</param>
    /// <param name="publisher">Who published it, if known.</param>
    /// <param name="published">The publication date: it anchors relative times and is the default time of the source's observations.</param>
    /// <param name="url">Where it can be read.</param>
    /// <param name="trust">How far it is trusted.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or padded with white space.</exception>
    public Source(string id, string? title = null, string? publisher = null, LocalDate? published = null, string? url = null, SourceTrust trust = SourceTrust.Normal)
    {
        Id = Preconditions.CheckIdentifier(id);
        Title = Preconditions.OptionalText(title);
        Publisher = Preconditions.OptionalText(publisher);
        Published = published is { } day ? Preconditions.CheckDate(day, nameof(published)) : null;
        Url = Preconditions.OptionalText(url);
        Trust = Preconditions.CheckDefined(trust);
    }

    /// <summary>The id claims refer to.</summary>
    public string Id { get; }

    /// <summary>The title, or null.</summary>
    public string? Title { get; }

    /// <summary>The publisher, or null.</summary>
    public string? Publisher { get; }

    /// <summary>The publication date, or null.</summary>
    public LocalDate? Published { get; }

    /// <summary>The address, or null.</summary>
    public string? Url { get; }

    /// <summary>How far the source is trusted.</summary>
    public SourceTrust Trust { get; }

    /// <summary>
    /// The UTC offset of the place the source dates its claims in (<c>-04:00</c> for Washington in summer), or null.
    /// It says whether two dates a day apart could be one moment seen from two places (FC008); without it, the
    /// offset is taken from the source's times of day when they all give the same one.
    /// </summary>
    public Offset? UtcOffset { get; init; }

    /// <summary>The id and title: <c>s1 "Trump orders reducing US forces in Iraq"</c>.</summary>
    public override string ToString() => Title is null ? Id : $"{Id} \"{Title}\"";
}
