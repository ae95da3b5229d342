using FactCheck.Memory;

namespace FactCheck.Tests.Memory;

public class CollectionPauseSizeTests
{
    private const long Plenty = 16L << 30;

    private static readonly long MillionRoom = 512_000_000L + (64L << 20);

    [Theory]
    [InlineData(0)]
    [InlineData(25)]
    [InlineData(CollectionPause.SmallestSet - 1)]
    public void A_set_below_the_smallest_gets_no_region(int claims) =>
        CollectionPause.RoomForSet(claims, Plenty, Plenty).Should().BeNull();

    [Fact]
    public void The_smallest_set_gets_room_for_each_claim_and_the_margin() =>
        CollectionPause.RoomForSet(CollectionPause.SmallestSet, Plenty, Plenty).Should().Be((CollectionPause.SmallestSet * CollectionPause.BytesPerClaim) + CollectionPause.Margin);

    [Fact]
    public void A_million_claims_get_half_a_gigabyte_and_the_margin() =>
        CollectionPause.RoomForSet(1_000_000, Plenty, Plenty).Should().Be(MillionRoom);

    [Fact]
    public void Both_rooms_together_fit_in_a_quarter_of_the_memory_the_process_may_use()
    {
        CollectionPause.RoomForSet(1_000_000, 8 * MillionRoom, Plenty).Should().Be(MillionRoom);
        CollectionPause.RoomForSet(1_000_000, (8 * MillionRoom) - 4, Plenty).Should().BeNull();
    }

    [Fact]
    public void Both_rooms_together_fit_before_the_machine_is_under_memory_pressure()
    {
        CollectionPause.RoomForSet(1_000_000, Plenty, 2 * MillionRoom).Should().Be(MillionRoom);
        CollectionPause.RoomForSet(1_000_000, Plenty, (2 * MillionRoom) - 1).Should().BeNull();
    }

    [Fact]
    public void The_largest_set_gets_no_region_on_an_ordinary_machine_and_does_not_overflow() =>
        CollectionPause.RoomForSet(int.MaxValue, Plenty, Plenty).Should().BeNull();

    [Theory]
    [InlineData(0L, Plenty)]
    [InlineData(-1L, Plenty)]
    [InlineData(Plenty, 0L)]
    [InlineData(Plenty, -1L)]
    public void No_memory_to_speak_of_gives_no_region(long available, long beforePressure) =>
        CollectionPause.RoomForSet(1_000_000, available, beforePressure).Should().BeNull();

    [Theory]
    [InlineData(0L)]
    [InlineData(25_000L)]
    [InlineData(CollectionPause.SmallestPausedInput - 1)]
    public void An_input_below_the_smallest_gets_no_region_before_it_is_read(long bytes) =>
        CollectionPause.RoomForInput(bytes, Plenty, Plenty).Should().BeNull();

    [Fact]
    public void The_smallest_input_gets_room_for_each_byte_and_the_margin() =>
        CollectionPause.RoomForInput(CollectionPause.SmallestPausedInput, Plenty, Plenty).Should().Be((CollectionPause.SmallestPausedInput * CollectionPause.BytesPerInputByte) + CollectionPause.Margin);

    [Fact]
    public void The_independent_million_gets_five_times_its_size_and_the_margin() =>
        CollectionPause.RoomForInput(164_661_637, Plenty, Plenty).Should().Be(823_308_185L + (64L << 20));

    [Fact]
    public void Before_reading_both_rooms_together_fit_in_a_quarter_of_the_memory_and_before_pressure()
    {
        var room = (200_000_000L * CollectionPause.BytesPerInputByte) + CollectionPause.Margin;
        CollectionPause.RoomForInput(200_000_000, 8 * room, 2 * room).Should().Be(room);
        CollectionPause.RoomForInput(200_000_000, (8 * room) - 4, Plenty).Should().BeNull();
        CollectionPause.RoomForInput(200_000_000, Plenty, (2 * room) - 1).Should().BeNull();
    }

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(long.MaxValue / 5)]
    [InlineData(long.MaxValue / 10)]
    [InlineData((long.MaxValue - CollectionPause.Margin) / 10)]
    [InlineData((long.MaxValue - CollectionPause.Margin) / CollectionPause.BytesPerInputByte)]
    [InlineData(((long.MaxValue - CollectionPause.Margin) / CollectionPause.BytesPerInputByte) + 1)]
    public void The_largest_inputs_get_no_region_and_do_not_overflow(long bytes) =>
        CollectionPause.RoomForInput(bytes, long.MaxValue, long.MaxValue).Should().BeNull();
}
