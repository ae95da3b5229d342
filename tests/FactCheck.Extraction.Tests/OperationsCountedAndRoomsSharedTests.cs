using NodaTime;

namespace FactCheck.Extraction.Tests;

/// <summary>
/// The fifty-fourth pass's fourth round, from the 36 articles of the first two: operations, surgeries, consultations and
/// appointments are things a story counts, and how many share one room is no level of people; and, from the first review's
/// misses, energy in TWh, GWh and their words is a measure the checker converts.
/// </summary>
public class OperationsCountedAndRoomsSharedTests
{
    private static readonly LocalDate Friday1March = new(2024, 3, 1);

    private static ExtractionResult Extract(string body) => ExtractionHelpers.Extract(body, published: Friday1March);

    [Theory]
    [InlineData("Hospitals in Portugal cancelled 61,200 consultations in 2023.", "consultations-cancelled/portugal")]
    [InlineData("Portugal's army launched 12 operations against smugglers in 2023.", "operations/portugal")]
    [InlineData("Surgeons in Kenya performed 3,100 surgeries in July.", "surgeries/kenya")]
    public void Operations_and_consultations_are_counted(string sentence, string subject) =>
        Extract(sentence).Claims<Observation>().Should().ContainSingle().Which.Subject.ToString().Should().Be(subject);

    [Fact]
    public void How_many_share_a_room_is_no_level_of_people()
    {
        var draft = Extract("Lisbon counted 3,378 homeless people in October. Many workers in Lisbon sleep in rented rooms shared by six people.");

        draft.ReasonLeftOut("six").Should().Be("what each event of a kind counts, not a level");
        draft.RulesFound().Should().BeEmpty();
    }

    [Fact]
    public void Rooms_occupied_by_people_count_them() =>
        Extract("Kenya's 40 hotels were occupied by 12,000 tourists in December.").Claims<Observation>().Should().ContainSingle()
            .Which.Subject.ToString().Should().Be("tourists/kenya");

    [Fact]
    public void Energy_is_measured_and_converted_between_its_prefixes()
    {
        var draft = Extract("Kenya's plants produced 5.9 TWh in 2023. Kenya's plants produced 5,900 GWh in 2023, the regulator said. They produced 5,800 gigawatt-hours in 2022.");

        draft.Claims<Observation>().Select(static o => o.Unit.ToString()).Should().Equal("twh", "gwh", "gigawatt-hours");
        draft.RulesFound().Should().BeEmpty("5.9 TWh and 5,900 GWh are one figure");
    }
}
