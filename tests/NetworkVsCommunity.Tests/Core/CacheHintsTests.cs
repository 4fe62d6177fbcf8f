using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Tests.Core;

public class CacheHintsTests
{
    [Fact]
    public void Hints_at_and_past_the_end_of_an_array_neither_throw_nor_write()
    {
        // The engine hints at the row of the last node, which starts at the end of the targets array when it is empty.
        int[] values = [3, 1, 4, 1, 5];
        int[] empty = [];
        for (int i = 0; i <= values.Length; i++)
        {
            CacheHints.Line(values, i);
            CacheHints.TwoLines(values, i);
        }
        CacheHints.Line(empty, 0);
        CacheHints.TwoLines(empty, 0);
        Assert.Equal([3, 1, 4, 1, 5], values);
    }
}
