using FactCheck.Utility;
using FluentAssertions;
using Xunit;

namespace FactCheck.Tests.Utility;

public class ScratchArraysTests
{
    [Fact]
    public void A_buffer_long_enough_is_kept_with_what_it_holds()
    {
        var buffer = new[] { 1, 2, 3 };
        var kept = buffer;

        ScratchArrays.AtLeast(ref buffer, 3).Should().BeSameAs(kept);
        buffer.Should().Equal(1, 2, 3);
    }

    [Fact]
    public void A_buffer_one_short_grows_to_twice_its_length()
    {
        var buffer = new int[4];

        ScratchArrays.AtLeast(ref buffer, 5);

        buffer.Should().HaveCount(8);
    }

    [Fact]
    public void A_buffer_far_too_short_grows_to_the_count_asked_for()
    {
        var buffer = new int[4];

        ScratchArrays.AtLeast(ref buffer, 9);

        buffer.Should().HaveCount(9);
    }

    [Fact]
    public void An_empty_buffer_grows_to_the_count_asked_for()
    {
        var buffer = Array.Empty<int>();

        ScratchArrays.AtLeast(ref buffer, 1).Should().HaveCount(1);
        ScratchArrays.AtLeast(ref buffer, 0).Should().HaveCount(1);
    }

    [Fact]
    public void A_cleared_buffer_long_enough_has_its_first_elements_default_and_keeps_the_rest()
    {
        var buffer = new[] { 1, 2, 3, 4 };
        var kept = buffer;

        ScratchArrays.Cleared(ref buffer, 2).Should().BeSameAs(kept);

        buffer.Should().Equal(0, 0, 3, 4);
    }

    [Fact]
    public void A_cleared_buffer_that_grows_holds_defaults_only()
    {
        var buffer = new[] { 1, 2 };

        ScratchArrays.Cleared(ref buffer, 3);

        buffer.Should().HaveCount(4).And.OnlyContain(x => x == 0);
    }

    [Fact]
    public void Clearing_all_of_a_buffer_exactly_long_enough_keeps_it()
    {
        var buffer = new[] { 7, 7, 7 };
        var kept = buffer;

        ScratchArrays.Cleared(ref buffer, 3).Should().BeSameAs(kept);

        buffer.Should().Equal(0, 0, 0);
    }
}
