using FsCheck;
using FsCheck.Xunit;
using NetworkVsCommunity.Algorithms.Communities;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Communities;

public sealed class PartitionComparisonTests
{
    [Fact]
    public void Identical_partitions_give_NMI_and_ARI_one_and_VI_zero()
    {
        var p = Partition.FromMembership(TestGraphs.KarateFactions());
        Assert.Equal(1.0, PartitionComparison.NormalizedMutualInformation(p, p), 12);
        Assert.Equal(1.0, PartitionComparison.AdjustedRandIndex(p, p), 12);
        Assert.Equal(0.0, PartitionComparison.VariationOfInformation(p, p));
    }

    [Fact]
    public void Independent_partitions_of_four_nodes()
    {
        // Contingency all ones: I = 0, so NMI = 0 and VI = H(A) + H(B) = 2 ln 2;
        // ARI: index 0, Σ C(a,2) = Σ C(b,2) = 2, C(4,2) = 6, expected 2/3, max 2: (0 − 2/3)/(2 − 2/3) = −1/2.
        var a = Partition.FromMembership([0, 0, 1, 1]);
        var b = Partition.FromMembership([0, 1, 0, 1]);
        Assert.Equal(0.0, PartitionComparison.NormalizedMutualInformation(a, b), 12);
        Assert.Equal(-0.5, PartitionComparison.AdjustedRandIndex(a, b), 12);
        Assert.Equal(2 * Math.Log(2), PartitionComparison.VariationOfInformation(a, b), 12);
    }

    [Fact]
    public void A_refinement_has_VI_equal_to_the_conditional_entropy()
    {
        // B splits A's second block in two: VI = H(B|A) = (2/4)·ln 2.
        var a = Partition.FromMembership([0, 0, 1, 1]);
        var b = Partition.FromMembership([0, 0, 1, 2]);
        Assert.Equal(0.5 * Math.Log(2), PartitionComparison.VariationOfInformation(a, b), 12);
        // NMI = 2I/(H_A + H_B), I = H_A = ln 2, H_B = 1.5 ln 2: NMI = 2/2.5 = 0.8.
        Assert.Equal(0.8, PartitionComparison.NormalizedMutualInformation(a, b), 12);
    }

    [Fact]
    public void Mismatched_sizes_throw()
    {
        Assert.Throws<ArgumentException>(() => PartitionComparison.AdjustedRandIndex(Partition.Singletons(3), Partition.Singletons(4)));
    }

    private static Partition RandomPartition(ref Xoshiro256StarStar rng, int n)
    {
        int k = 1 + rng.NextInt(n);
        var labels = new int[n];
        for (int v = 0; v < n; v++)
        {
            labels[v] = rng.NextInt(k);
        }
        return Partition.FromMembership(labels);
    }

    [Property(MaxTest = 200)]
    public bool VI_is_a_metric_and_all_three_are_symmetric_and_label_invariant(PositiveInt randomSeed)
    {
        var rng = new Xoshiro256StarStar((ulong)randomSeed.Get);
        int n = 1 + rng.NextInt(40);
        var a = RandomPartition(ref rng, n);
        var b = RandomPartition(ref rng, n);
        var c = RandomPartition(ref rng, n);
        var relabelled = Partition.FromMembership(a.Membership.ToArray().Select(l => 100 - (3 * l)).ToArray());
        double ab = PartitionComparison.VariationOfInformation(a, b);
        double bc = PartitionComparison.VariationOfInformation(b, c);
        double ac = PartitionComparison.VariationOfInformation(a, c);
        double nmi = PartitionComparison.NormalizedMutualInformation(a, b);
        double ari = PartitionComparison.AdjustedRandIndex(a, b);
        bool metric = ac <= ab + bc + 1e-12 && ab >= 0 && (a == b ? ab == 0 : ab > 1e-12);
        return metric
            && Math.Abs(ab - PartitionComparison.VariationOfInformation(b, a)) < 1e-12
            && Math.Abs(nmi - PartitionComparison.NormalizedMutualInformation(b, a)) < 1e-12
            && Math.Abs(ari - PartitionComparison.AdjustedRandIndex(b, a)) < 1e-12
            && Math.Abs(nmi - PartitionComparison.NormalizedMutualInformation(relabelled, b)) < 1e-12
            && Math.Abs(ari - PartitionComparison.AdjustedRandIndex(relabelled, b)) < 1e-12
            && nmi >= 0 && nmi <= 1 && ari <= 1 + 1e-12;
    }
}

public sealed class PartitionMemberLabelsTests
{
    [Fact]
    public void Members_read_back_as_people()
    {
        var nodes = NodeLabels.FromSortedIds(["ana", "bo", "cy", "dee"]);
        var p = Partition.FromMembership([5, 9, 5, 9]);
        Assert.Equal(["ana", "cy"], p.MemberLabels(0, nodes));
        Assert.Equal(["bo", "dee"], p.MemberLabels(1, nodes));
        Assert.Throws<ArgumentException>(() => p.MemberLabels(0, NodeLabels.Integers(3)));
    }
}
