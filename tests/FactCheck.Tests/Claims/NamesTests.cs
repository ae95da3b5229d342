namespace FactCheck.Tests.Claims;

public class NamesTests
{
    [Theory]
    [InlineData("Gen. Kenneth McKenzie")]
    [InlineData("General Kenneth McKenzie")]
    [InlineData("Lt. Gen. Kenneth McKenzie")]
    [InlineData("Kenneth McKenzie Jr.")]
    [InlineData("Kenneth McKenzie, Jr.")]
    [InlineData("Sir Kenneth McKenzie III")]
    [InlineData("Mr Kenneth  McKENZIE")]
    [InlineData("Dr. Kenneth McKenzie Sr")]
    [InlineData("Secretary of State Kenneth McKenzie")]
    [InlineData("Defense Secretary Kenneth McKenzie")]
    [InlineData("U.S. President Kenneth McKenzie")]
    [InlineData("Prime Minister Kenneth McKenzie")]
    public void Titles_honorifics_and_suffixes_fold_away(string written) =>
        Names.Fold(written).Should().Be("KENNETH MCKENZIE");

    [Theory]
    [InlineData("Conan O\u2019Brien", "Conan O'Brien")]
    [InlineData("Conan O\u02BCBrien", "Conan O'Brien")]
    [InlineData("\u201CKen\u201D McKenzie", "\"Ken\" McKenzie")]
    [InlineData("Andr\u00E9s Manuel L\u00F3pez Obrador", "Andres Manuel Lopez Obrador")]
    [InlineData("Lech Wa\u0142\u0119sa", "Lech Walesa")]
    [InlineData("Jose\u0301 Mari\u0301a", "Jose Maria")]
    [InlineData("John F. Kennedy", "John F Kennedy")]
    public void Typography_and_diacritics_fold_to_ascii(string written, string plain) =>
        Names.Fold(written).Should().Be(Names.Fold(plain));

    [Theory]
    [InlineData("King", "KING")]
    [InlineData("Prince of Wales", "PRINCE OF WALES")]
    [InlineData("Jr.", "JR")]
    [InlineData("President Trump", "TRUMP")]
    [InlineData("Martin Luther King Jr.", "MARTIN LUTHER KING")]
    [InlineData("Vice Jones", "VICE JONES")]
    public void A_name_never_folds_to_nothing_and_qualifiers_alone_are_kept(string written, string folded) =>
        Names.Fold(written).Should().Be(folded);

    [Fact]
    public void Letters_stay_letters() =>
        Names.Fold("Kenneth MacKenzie").Should().NotBe(Names.Fold("Kenneth McKenzie"));

    [Theory]
    [InlineData("MCKENZIE", "KENNETH MCKENZIE", true)]
    [InlineData("MACKENZIE", "KENNETH MCKENZIE", false)]
    [InlineData("KENNETH", "KENNETH MCKENZIE", false)]
    [InlineData("MCKENZIE", "MCKENZIE", false)]
    [InlineData("K MCKENZIE", "KENNETH MCKENZIE", false)]
    public void A_surname_alone_refers_to_the_full_name(string folded, string full, bool refers) =>
        Names.IsSurnameOf(folded, full).Should().Be(refers);

    [Fact]
    public void Folding_twice_is_folding_once_and_never_loses_every_word()
    {
        // Every arrangement of three words from a pool of titles, qualifiers, suffixes, names and punctuation.
        string[] pool = ["Gen.", "Prime", "Minister", "of", "Sir", "Jr.", "III", "King", "Ren\u00E9e", "O\u2019Brien", "McKenzie", ",", "\u201CKen\u201D", "Vice", "."];
        var written = pool.SelectMany(a => pool.SelectMany(b => pool.Select(c => $"{a} {b} {c}"))).ToList();
        written.Where(w => Names.Fold(Names.Fold(w)) != Names.Fold(w)).Should().BeEmpty();
        written.Where(w => w.Any(char.IsLetter) && Names.Fold(w).Length == 0).Should().BeEmpty();
    }
}
