using System.Collections.Immutable;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Tests.Algorithms.Diffusion;

public class ObservedCascadeReaderTests
{
    private static Cascade Read(string text, int nodeCount = 10, ObservedCascadeOptions? options = null) =>
        ObservedCascadeReader.Read(new StringReader(text), "log.csv", nodeCount, options);

    private static GraphFormatException Bad(string text, int nodeCount = 10, ObservedCascadeOptions? options = null) =>
        Assert.Throws<GraphFormatException>(() => Read(text, nodeCount, options));

    [Fact]
    public void Reads_a_forest_with_header_comments_roots_and_implicit_roots()
    {
        const string text = """
            parent,child,time
            # original post by 0 at t=0
            ,0,0
            0,1,5
            0,2,3
            2,3,4
            7,8,10.5

            8,9,11
            """;
        Cascade c = Read(text);
        // Roots (step 0) by time: 0 (t=0), 7 (implicit, its earliest transmission t=10.5); then depth 1 by time, ...
        Assert.Equal([0, 7, 2, 1, 8, 3, 9], c.Adopters.ToArray());
        Assert.Equal([0, 0, 1, 1, 1, 2, 2], c.Steps.ToArray());
        Assert.Equal([-1, -1, 0, 0, 7, 2, 8], c.Parents.ToArray());
        Assert.Equal([0, 10.5, 3, 5, 10.5, 4, 11], c.Times.ToArray());
        Assert.Equal(2, c.InitialSharerCount);
        Assert.Empty(c.ActiveNeighborsAtAdoption);
    }

    [Fact]
    public void Reads_labels_quotes_and_iso_times_from_a_file()
    {
        string path = Path.Combine(Path.GetTempPath(), $"nvc-observed-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "\"alice\",\"bob, jr.\",2024-05-01T10:00:00Z\r\nalice,carol,2024-05-01T10:00:30+00:00\r\n");
        try
        {
            Cascade c = ObservedCascadeReader.Load(path, ["alice", "bob, jr.", "carol", "dave"]);
            Assert.Equal([0, 1, 2], c.Adopters.ToArray());
            double t0 = new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
            Assert.Equal([t0, t0, t0 + 30], c.Times.ToArray());
            Assert.Equal(4, c.NodeCount);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("0,1\n", 1, "expected 3 fields")]
    [InlineData("0,1,2\n0,2,3,4\n", 2, "expected 3 fields")]
    [InlineData("0,,1\n", 1, "child field is empty")]
    [InlineData("0,1,1\n0,12,2\n", 2, "unknown node id '12' in the child field; allowed: an integer node id in 0..9")]
    [InlineData("x,1,1\n", 1, "unknown node id 'x' in the parent field")]
    [InlineData("0,1,soon\n", 1, "time 'soon' is not a number")]
    [InlineData("0,1,NaN\n", 1, "not finite")]
    [InlineData("3,3,1\n", 1, "is its own parent")]
    [InlineData("0,1,1\n2,1,2\n", 2, "node '1' already adopted on line 1")]
    [InlineData(",1,0\n0,1,2\n", 2, "already adopted on line 1")]
    [InlineData("0,1,5\n1,2,4\n", 2, "child 2 adopts at time 4, before its parent 1 (time 5)")]
    [InlineData("0,1,1\n1,2,2\n2,0,3\n", 3, "cycle through nodes 0, 1, 2")]
    [InlineData("4,7,1\n5,6,2\n6,5,3\n", 3, "cycle through nodes 5, 6")]
    [InlineData("0,\"1,1\n", 1, "quoted field is not closed")]
    [InlineData("0,1\"x,1\n", 1, "quote inside an unquoted field")]
    public void Malformed_logs_name_the_file_and_line(string text, long line, string problem)
    {
        GraphFormatException ex = Bad(text);
        Assert.Equal("log.csv", ex.FilePath);
        Assert.Equal(line, ex.LineNumber);
        Assert.Contains(problem, ex.Message);
        Assert.StartsWith($"log.csv:{line}: ", ex.Message);
    }

    [Fact]
    public void Keep_earliest_policy_keeps_the_earliest_parent()
    {
        var options = new ObservedCascadeOptions { DuplicateChildPolicy = DuplicateChildPolicy.KeepEarliest };
        Cascade c = Read("0,2,5\n1,2,3\n0,2,3\n", options: options);
        // Line 2 (time 3, seen before the tie on line 3) wins; 0's transmissions are dropped, so 0 is not an adopter.
        Assert.Equal([1, 2], c.Adopters.ToArray());
        Assert.Equal(1, c.Parents[1]);
        Assert.Equal(3, c.Times[1]);
    }

    [Fact]
    public void Overlong_lines_are_rejected_without_reading_them_whole()
    {
        var ex = Bad("0,1,1\n" + new string('9', 100) + ",1,1\n", options: new ObservedCascadeOptions { MaxLineLength = 50 });
        Assert.Equal(2, ex.LineNumber);
        Assert.Contains("longer than options.MaxLineLength = 50", ex.Message);
    }

    [Fact]
    public void Reads_ids_through_a_loaded_graphs_node_labels()
    {
        var labels = NetworkVsCommunity.Graphs.NodeLabels.FromIds(["ann", "ben", "cat"]);
        Cascade c = ObservedCascadeReader.Read(new StringReader("ann,cat,1\ncat,ben,2\n"), "log.csv", labels);
        Assert.Equal([0, 2, 1], c.Adopters.ToArray());
        var ex = Assert.Throws<GraphFormatException>(() => ObservedCascadeReader.Read(new StringReader("ann,dan,1\n"), "log.csv", labels));
        Assert.Contains("unknown node id 'dan' in the child field; allowed: a node id of the graph", ex.Message);
        Cascade ints = ObservedCascadeReader.Read(new StringReader("0,2,1\n"), "log.csv", NetworkVsCommunity.Graphs.NodeLabels.Integers(3));
        Assert.Equal([0, 2], ints.Adopters.ToArray());
    }

    [Fact]
    public void Empty_log_is_an_empty_cascade()
    {
        Cascade c = Read("parent,child,time\n# nothing yet\n");
        Assert.Equal(0, c.Size);
    }

    [Fact]
    public void Fuzzed_logs_either_parse_into_a_valid_cascade_or_throw_GraphFormatException()
    {
        // Seeded short run; NVC_FUZZ_LONG=1 runs 100x more cases.
        int cases = Environment.GetEnvironmentVariable("NVC_FUZZ_LONG") == "1" ? 200_000 : 2_000;
        var rng = new Xoshiro256StarStar(20261128);
        const string alphabet = "0123456789,,,\n\n\"-+.eE: #xTZ\r";
        string[] seeds =
        [
            "parent,child,time\n,0,0\n0,1,1\n0,2,2\n1,3,3\n",
            "0,1,1.5\n1,2,2e1\n2,3,1e2\n",
            "\"0\",\"1\",2024-01-01T00:00:00Z\n1,2,2024-01-01T00:00:01Z\n",
        ];
        int parsed = 0;
        for (int i = 0; i < cases; i++)
        {
            var text = new System.Text.StringBuilder(seeds[rng.NextInt(seeds.Length)]);
            int edits = 1 + rng.NextInt(4);
            for (int e = 0; e < edits; e++)
            {
                int at = rng.NextInt(text.Length + 1);
                switch (rng.NextInt(3))
                {
                    case 0:
                        text.Insert(at, alphabet[rng.NextInt(alphabet.Length)]);
                        break;
                    case 1 when at < text.Length:
                        text.Remove(at, 1);
                        break;
                    default:
                        if (at < text.Length)
                        {
                            text[at] = alphabet[rng.NextInt(alphabet.Length)];
                        }
                        break;
                }
            }
            string input = text.ToString();
            try
            {
                Cascade c = Read(input, nodeCount: 12);
                // The public constructor re-validates every invariant of the lockstep arrays.
                _ = new Cascade(c.NodeCount, c.Adopters, c.Steps, c.Parents, default, c.Times);
                Assert.True(c.Times.Length == c.Size);
                parsed++;
            }
            catch (GraphFormatException ex)
            {
                Assert.True(ex.LineNumber >= 0, input);
            }
        }
        Assert.True(parsed > cases / 40, $"only {parsed} of {cases} fuzzed inputs parsed; the mutations are too destructive to exercise the success path");
    }
}
