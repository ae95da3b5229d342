using System.Runtime;
using FactCheck.Memory;

namespace FactCheck.Tests.Memory;

/// <summary>The real regions: alone, so that no other test's allocations or collections end them midway.</summary>
[Collection(CollectorTests.Name)]
public class CollectionPauseTests
{
    [CollectorFact]
    public void A_large_set_checks_inside_a_region_that_ends_when_disposed()
    {
        var pause = PauseForSet(CollectionPause.SmallestSet);
        try
        {
            pause.InEffect.Should().BeTrue("a test process has far more than twice 113 MiB to spare");
            GCSettings.LatencyMode.Should().Be(GCLatencyMode.NoGCRegion);
            CollectorTests.AllocateTenMegabytesWithoutACollection();
        }
        finally
        {
            pause.Dispose();
        }
        pause.InEffect.Should().BeFalse();
        GCSettings.LatencyMode.Should().NotBe(GCLatencyMode.NoGCRegion);
    }

    [Fact]
    public void A_small_set_gets_no_region()
    {
        var started = CollectionPause.Started;
        using var pause = PauseForSet(CollectionPause.SmallestSet - 1);
        pause.InEffect.Should().BeFalse();
        CollectionPause.Started.Should().Be(started);
    }

    [CollectorFact]
    public void A_large_input_is_read_and_checked_inside_one_region()
    {
        var (started, before) = (CollectionPause.Started, CollectionPause.StartedBeforeReading);
        var pause = PauseBeforeReading(CollectionPause.SmallestPausedInput);
        try
        {
            pause.InEffect.Should().BeTrue("a test process has far more than twice 104 MiB to spare");
            pause.AfterReading(CollectionPause.SmallestSet);
            pause.InEffect.Should().BeTrue();
            (CollectionPause.Started, CollectionPause.StartedBeforeReading).Should().Be((started + 1, before + 1), "the region begun before reading goes on");
        }
        finally
        {
            pause.Dispose();
        }
        GCSettings.LatencyMode.Should().NotBe(GCLatencyMode.NoGCRegion);
    }

    [CollectorFact]
    public void A_small_input_gets_no_region_before_it_is_read_but_a_large_set_gets_one_after()
    {
        var started = CollectionPause.Started;
        using var pause = PauseBeforeReading(CollectionPause.SmallestPausedInput - 1);
        pause.InEffect.Should().BeFalse();
        pause.AfterReading(CollectionPause.SmallestSet);
        pause.InEffect.Should().BeTrue();
        CollectionPause.Started.Should().Be(started + 1);
    }

    [CollectorFact]
    public void A_load_that_ends_the_first_region_gets_a_second_for_its_check()
    {
        var started = CollectionPause.Started;
        var pause = PauseBeforeReading(CollectionPause.SmallestPausedInput);
        try
        {
            pause.InEffect.Should().BeTrue();
            GC.Collect();
            pause.InEffect.Should().BeFalse("a collection ends a region");
            pause.AfterReading(CollectionPause.SmallestSet);
            pause.InEffect.Should().BeTrue();
            CollectionPause.Started.Should().Be(started + 2);
        }
        finally
        {
            pause.Dispose();
        }
        GCSettings.LatencyMode.Should().NotBe(GCLatencyMode.NoGCRegion);
    }

    [CollectorFact]
    public void Disposing_after_a_collection_ended_the_region_is_harmless()
    {
        var pause = PauseForSet(CollectionPause.SmallestSet);
        try
        {
            pause.InEffect.Should().BeTrue();
            GC.Collect();
            GCSettings.LatencyMode.Should().NotBe(GCLatencyMode.NoGCRegion);
            var dispose = () => pause.Dispose();
            dispose.Should().NotThrow();
            dispose.Should().NotThrow("disposing twice is harmless too");
        }
        finally
        {
            pause.Dispose();
        }
    }

    [CollectorFact]
    public void A_pause_whose_region_ended_leaves_a_later_region_alone()
    {
        var first = PauseForSet(CollectionPause.SmallestSet);
        CollectionPause? second = null;
        try
        {
            first.InEffect.Should().BeTrue();
            GC.Collect();
            second = PauseForSet(CollectionPause.SmallestSet);
            second.InEffect.Should().BeTrue();
            first.Dispose();
            GCSettings.LatencyMode.Should().Be(GCLatencyMode.NoGCRegion, "the region in effect is the second one");
            second.Dispose();
            GCSettings.LatencyMode.Should().NotBe(GCLatencyMode.NoGCRegion);
        }
        finally
        {
            second?.Dispose();
            first.Dispose();
        }
    }

    [CollectorFact]
    public void Ending_before_reading_again_after_a_collection_ended_the_region_is_harmless_and_not_counted()
    {
        var ended = CollectionPause.EndedBeforeReadingAgain;
        using var pause = PauseForSet(CollectionPause.SmallestSet);
        pause.InEffect.Should().BeTrue();
        GC.Collect();
        var end = () => pause.EndBeforeReadingAgain();
        end.Should().NotThrow();
        pause.InEffect.Should().BeFalse();
        GCSettings.LatencyMode.Should().NotBe(GCLatencyMode.NoGCRegion);
        CollectionPause.EndedBeforeReadingAgain.Should().Be(ended, "the collection ended the region, not this");
    }

    [CollectorFact]
    public void Ending_before_reading_again_ends_the_region_in_effect_and_is_counted()
    {
        var ended = CollectionPause.EndedBeforeReadingAgain;
        using var pause = PauseForSet(CollectionPause.SmallestSet);
        pause.InEffect.Should().BeTrue();
        pause.EndBeforeReadingAgain();
        pause.InEffect.Should().BeFalse();
        GCSettings.LatencyMode.Should().NotBe(GCLatencyMode.NoGCRegion);
        CollectionPause.EndedBeforeReadingAgain.Should().Be(ended + 1);
    }

    [Fact]
    public void Ending_before_reading_again_without_a_region_is_not_counted()
    {
        var ended = CollectionPause.EndedBeforeReadingAgain;
        using var pause = PauseBeforeReading(0);
        pause.EndBeforeReadingAgain();
        CollectionPause.EndedBeforeReadingAgain.Should().Be(ended);
    }

    [CollectorFact]
    public void A_second_region_is_refused_while_one_is_in_effect()
    {
        using var first = PauseForSet(CollectionPause.SmallestSet);
        first.InEffect.Should().BeTrue();
        var started = CollectionPause.Started;
        using var second = PauseForSet(CollectionPause.SmallestSet);
        second.InEffect.Should().BeFalse();
        CollectionPause.Started.Should().Be(started);
        // The runtime, asked for a second region, refuses and ends the first: the pause must not ask.
        first.InEffect.Should().BeTrue("a pause refused leaves the region in effect alone");
    }

    [Fact]
    public void Setting_the_variable_to_zero_turns_it_off()
    {
        Environment.SetEnvironmentVariable(CollectionPause.OptOutVariable, "0");
        var started = CollectionPause.Started;
        try
        {
            using var pause = PauseBeforeReading(CollectionPause.SmallestPausedInput);
            pause.AfterReading(CollectionPause.SmallestSet);
            pause.InEffect.Should().BeFalse();
            CollectionPause.Started.Should().Be(started);
        }
        finally
        {
            Environment.SetEnvironmentVariable(CollectionPause.OptOutVariable, null);
        }
    }

    /// <summary>A pause begun as the command begins it, before reading <paramref name="inputBytes"/> bytes of input.</summary>
    private static CollectionPause PauseBeforeReading(long inputBytes) =>
        CollectionPause.BeforeReading(CollectionPause.RoomBeforeReading(inputBytes, CollectionPause.MemoryNow()));

    /// <summary>A pause for checking <paramref name="claims"/> claims read from an input too small for a region of its own.</summary>
    private static CollectionPause PauseForSet(int claims)
    {
        var pause = PauseBeforeReading(0);
        pause.AfterReading(claims);
        return pause;
    }
}
