using FactCheck;

namespace Newsroom.Tests;

/// <summary>The claim sets the assertion tests check.</summary>
internal static class Articles
{
    /// <summary>The seed's Afghanistan figures and the general's two spellings: one FC002 warning, one FC007 warning.</summary>
    internal static ClaimSet Seed()
    {
        var set = ClaimSet.CreateBuilder("seed");
        set.Source("s1", published: new LocalDate(2020, 9, 9));
        set.Source("s2", published: new LocalDate(2020, 9, 9));
        set.Entity("kenneth-mckenzie", "Kenneth McKenzie", "person");
        set.Observation("afg-now", "us-troops/afghanistan", "8,600").Unit("soldiers").From("s1");
        set.Target("afg-trump", "us-troops/afghanistan", "between 4,000 and 5,000").By("2020-11-03").From("s1").SaidBy("Donald Trump");
        set.Mention("m1", "Kenneth MacKenzie").Of("kenneth-mckenzie").From("s1");
        set.Mention("m2", "Kenneth McKenzie").Of("kenneth-mckenzie").From("s2");
        return set.Build();
    }

    /// <summary>Two figures for one day that cannot both be true: one FC001 error.</summary>
    internal static ClaimSet Conflicting()
    {
        var set = ClaimSet.CreateBuilder("conflict");
        set.Source("s1", published: new LocalDate(2020, 9, 9));
        set.Observation("a", "x", "5,200").From("s1");
        set.Observation("b", "x", "3,000").From("s1");
        return set.Build();
    }
}
