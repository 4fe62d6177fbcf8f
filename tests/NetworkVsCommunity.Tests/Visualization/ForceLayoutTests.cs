using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Tests.Fixtures;
using NetworkVsCommunity.Visualization;

namespace NetworkVsCommunity.Tests.Visualization;

public class ForceLayoutTests
{
    [Fact]
    public void Same_random_seed_gives_identical_positions_and_another_seed_differs()
    {
        var g = TestGraphs.Karate();
        var a = ForceLayout.FruchtermanReingold(g, new ForceLayoutOptions { RandomSeed = 42 });
        var b = ForceLayout.FruchtermanReingold(g, new ForceLayoutOptions { RandomSeed = 42 });
        var c = ForceLayout.FruchtermanReingold(g, new ForceLayoutOptions { RandomSeed = 43 });
        Assert.Equal(a.X.ToArray(), b.X.ToArray());
        Assert.Equal(a.Y.ToArray(), b.Y.ToArray());
        Assert.NotEqual(a.X.ToArray(), c.X.ToArray());
        Assert.Equal(42, a.RandomSeed);
    }

    [Fact]
    public void Positions_stay_in_the_unit_square_and_the_seed_is_reported_when_drawn()
    {
        var g = TestGraphs.RingOfCliques(6, 5);
        var layout = ForceLayout.FruchtermanReingold(g);
        Assert.Equal(30, layout.X.Length);
        Assert.All(layout.X, x => Assert.InRange(x, 0, 1));
        Assert.All(layout.Y, y => Assert.InRange(y, 0, 1));
        var again = ForceLayout.FruchtermanReingold(g, new ForceLayoutOptions { RandomSeed = layout.RandomSeed });
        Assert.Equal(layout.X.ToArray(), again.X.ToArray());
    }

    [Fact]
    public void Cliques_are_drawn_tighter_than_the_distance_between_them()
    {
        // Two K5 joined by one bridge: for several seeds, the mean distance inside a clique is well below the mean
        // distance between the cliques (the layout separates the communities).
        var g = TestGraphs.TwoK5WithBridge(1, meetOneNode: false);
        for (long seed = 1; seed <= 5; seed++)
        {
            var l = ForceLayout.FruchtermanReingold(g, new ForceLayoutOptions { RandomSeed = seed });
            double within = 0, between = 0;
            int nw = 0, nb = 0;
            for (int u = 0; u < 10; u++)
            {
                for (int v = u + 1; v < 10; v++)
                {
                    double d = Math.Sqrt(Math.Pow(l.X[u] - l.X[v], 2) + Math.Pow(l.Y[u] - l.Y[v], 2));
                    if ((u < 5) == (v < 5))
                    {
                        within += d;
                        nw++;
                    }
                    else
                    {
                        between += d;
                        nb++;
                    }
                }
            }
            Assert.True(within / nw < 0.7 * (between / nb), $"seed {seed}: within {within / nw}, between {between / nb}");
        }
    }

    [Fact]
    public void Adjacent_nodes_end_closer_than_non_adjacent_nodes_on_a_ring()
    {
        var g = TestGraphs.Ring(40);
        var l = ForceLayout.FruchtermanReingold(g, new ForceLayoutOptions { RandomSeed = 7, Iterations = 500 });
        double Dist(int u, int v) => Math.Sqrt(Math.Pow(l.X[u] - l.X[v], 2) + Math.Pow(l.Y[u] - l.Y[v], 2));
        double adjacent = Enumerable.Range(0, 40).Average(i => Dist(i, (i + 1) % 40));
        double opposite = Enumerable.Range(0, 40).Average(i => Dist(i, (i + 20) % 40));
        Assert.True(adjacent < opposite / 3, $"adjacent {adjacent}, opposite {opposite}");
    }

    [Fact]
    public void Progress_is_monotone_and_cancellation_stops_it()
    {
        var recorder = new ProgressRecorder();
        ForceLayout.FruchtermanReingold(TestGraphs.Karate(), new ForceLayoutOptions { RandomSeed = 1, Iterations = 20 }, recorder);
        recorder.AssertMonotoneToCompletion();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            ForceLayout.FruchtermanReingold(TestGraphs.Karate(), new ForceLayoutOptions { RandomSeed = 1 }, null, cts.Token));
    }

    [Fact]
    public void Options_are_validated_with_the_option_named()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ForceLayout.FruchtermanReingold(TestGraphs.Ring(5), new ForceLayoutOptions { Iterations = 0 }));
        Assert.Contains("options.Iterations = 0", e.Message);
        e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ForceLayout.FruchtermanReingold(TestGraphs.Ring(5), new ForceLayoutOptions { InitialTemperature = 2 }));
        Assert.Contains("options.InitialTemperature = 2", e.Message);
    }

    [Fact]
    public void Empty_and_single_node_graphs_are_laid_out()
    {
        Assert.Empty(ForceLayout.FruchtermanReingold(new GraphBuilder().Build()).X);
        var b = new GraphBuilder();
        b.EnsureNodeCount(1);
        var one = ForceLayout.FruchtermanReingold(b.Build(), new ForceLayoutOptions { RandomSeed = 3 });
        Assert.Equal(0.5, one.X[0]);
        Assert.Contains(one.Diagnostics, d => d.Contains("isolated"));
    }
}
