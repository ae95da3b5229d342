namespace FactCheck.Tests.Seed;

/// <summary>
/// The claims of the two seed articles (shared/seeds): "Trump orders reducing US forces in Iraq" (s1) and
/// "The United States is cutting the military contingent in Iraq" (s2), both published 2020-09-09.
/// samples/us-force-levels-2020.claims.json holds the same set as a file.
/// </summary>
public static class SeedClaims
{
    public static ClaimSet Build()
    {
        var set = ClaimSet.CreateBuilder("US force levels, September 2020").AsOf(new LocalDate(2020, 9, 9));

        set.Source("s1", "Trump orders reducing US forces in Iraq", published: new LocalDate(2020, 9, 9));
        set.Source("s2", "The United States is cutting the military contingent in Iraq", published: new LocalDate(2020, 9, 9), publisher: "AFP and Reuters");

        set.Entity("us-troops/afghanistan", "US troops in Afghanistan", "group");
        set.Entity("us-troops/iraq", "US troops in Iraq", "group");
        set.Entity("coalition-troops/iraq", "Coalition forces in Iraq", "group");
        set.Entity("kenneth-mckenzie", "Kenneth McKenzie", "person");
        set.Entity("donald-trump", "Donald Trump", "person");
        set.PartOf("us-troops/iraq", "coalition-troops/iraq");

        // Afghanistan: the figure now, the President's target by the election, the Pentagon's open-ended goal.
        set.Observation("afg-now", "us-troops/afghanistan", "8,600").Unit("soldiers").From("s1")
            .Quoting("there are currently 8,600 American soldiers deployed there");
        set.Target("afg-trump", "us-troops/afghanistan", "between 4,000 and 5,000").Unit("troops").By("2020-11-03").From("s1").SaidBy("Donald Trump")
            .Quoting("aims to reach between 4,000 and 5,000 troops in Afghanistan by the presidential elections on November 3");
        set.Target("afg-pentagon", "us-troops/afghanistan", "less than five thousand").Unit("soldiers").Stated("last month").From("s1").SaidBy("the Pentagon")
            .Quoting("its goal is to reduce the number of its personnel to less than five thousand soldiers");

        // Iraq: the figures over time, the cut announced for September, the claimed recent reduction.
        set.Observation("iraq-2007", "us-troops/iraq", "180,000").Unit("troops").At("2007").From("s1");
        set.Observation("iraq-2018", "us-troops/iraq", "about 5,200").Unit("troops").At("late 2018").From("s1").SaidBy("US officials")
            .Quoting("By late 2018, there were an estimated 5,200 US troops in Iraq");
        set.Observation("coalition-2018", "coalition-troops/iraq", "7,500").Unit("troops").At("late 2018").From("s1").SaidBy("US officials");
        set.Share("iraq-bulk-2018", "us-troops/iraq", "coalition-troops/iraq", "the bulk").At("late 2018").From("s1").SaidBy("US officials")
            .Quoting("they made up the bulk of the then 7,500 coalition forces");
        set.Change("iraq-reduced", "us-troops/iraq", ChangeDirection.Decrease).Significant().Over("2020-03/2020-09").From("s1")
            .Quoting("has already significantly reduced the size of its forces in Iraq in recent months");
        set.Observation("iraq-now", "us-troops/iraq", "approximately 5,200").Unit("personnel").From("s2").SaidBy("Kenneth McKenzie")
            .Quoting("from approximately 5,200 to 3,000 personnel during the month of September");
        set.Target("iraq-cut", "us-troops/iraq", "3,000").Unit("soldiers").By("by the end of the month").From("s2").SaidBy("Kenneth McKenzie")
            .Quoting("will drop from 5,200 to 3,000 soldiers by the end of the month");
        set.Observation("us-deaths-2020", "us-soldiers-killed/iraq", "at least three").At("2020-01-01/2020-09-09").From("s1");
        set.Observation("attacks-2020", "missile-attacks/baghdad", "dozens").At("2020-01-01/2020-09-09").From("s1");

        // Dated events.
        set.Event("announcement", "us-iraq-drawdown-announcement").At("2020-09-09").OnA(IsoDayOfWeek.Wednesday).From("s2")
            .Quoting("The US military announced on Wednesday, September 9");
        set.Event("briefing", "mckenzie-briefing").At("today").OnA(IsoDayOfWeek.Wednesday).From("s1")
            .Quoting("told reporters today, Wednesday");
        set.Event("white-house", "white-house-statement").At("on Tuesday").OnA(IsoDayOfWeek.Tuesday).From("s2");
        set.Event("election-s1", "us-presidential-election-2020").At("November 3").From("s1");
        set.Event("election-s2", "us-presidential-election-2020").At("2020-11-03").From("s2");
        set.Event("kazemi-meeting", "trump-kazemi-meeting").At("last month").From("s1");
        set.Event("taliban-deal", "us-taliban-agreement").At("2020-02").From("s1");

        // Names.
        set.Mention("m-mackenzie", "Kenneth MacKenzie").Of("kenneth-mckenzie").As("Commander of US Central Command").From("s1");
        set.Mention("m-mckenzie", "Kenneth McKenzie").Of("kenneth-mckenzie").As("Commander of US Central Command").From("s2");
        set.Mention("m-trump-s1", "Donald Trump").Of("donald-trump").As("US President").From("s1");
        set.Mention("m-trump-s2", "Donald Trump").Of("donald-trump").As("US President").From("s2");
        set.Mention("m-kazemi", "Al-Kazemi").As("Iraqi Prime Minister").From("s1");
        set.Mention("m-calvert", "Paul Calvert").As("Commander of the anti-IS coalition").From("s2");

        return set.Build();
    }
}
