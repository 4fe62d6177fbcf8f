namespace NetworkVsCommunity.Algorithms.Diffusion;

/// <summary>
/// The Shapley value of the spread game (and of its resonant restriction) as the mean over live-edge samples of the
/// coverage closed form φ<sub>i</sub> = Σ<sub>x∈R<sub>i</sub></sub> 1/m<sub>x</sub> (internal; the one implementation
/// behind <c>FairCredit.SpreadShapley</c>, <c>FairCredit.ResonanceShapley</c> and the flag-bearer choice of
/// <c>RiskMetrics.FlagBearerDependence</c>).
/// </summary>
/// <remarks>
/// Chen &amp; Teng 2017, WWW, doi:10.1145/3038912.3052608; Michalak et al. 2013, <i>JAIR</i> 46:607, doi:10.1613/jair.3806.
/// Per-sample credits are reduced in sample order: identical for any thread count.
/// </remarks>
internal static class LiveEdgeShapley
{
    /// <summary>Credits, standard errors and the game's value (mean reach, or mean resonant adopters when <paramref name="membership"/> is given).</summary>
    public static (double[] Credits, double[] StandardErrors, double Value) Credits(LiveEdgeSampler sampler, int[] seeds, int[]? membership,
        int runs, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        int n = sampler.Graph.NodeCount;
        int r = runs;
        int k = seeds.Length;
        var perSample = new double[(long)r * k];
        var values = new double[r];
        using var counters = new ThreadLocal<(int[] M, bool[] Flags)>(() => (new int[n], new bool[n]));
        sampler.ForEachSample(r, maxDegreeOfParallelism, (i, scratch) =>
        {
            sampler.Draw(i, scratch);
            var (m, flags) = counters.Value;
            bool[]? eligible = null;
            if (membership is not null)
            {
                int c = sampler.Reach(seeds, scratch, out int st);
                values[i] = sampler.CountReinforced(scratch, c, st, 2, membership, flags);
                eligible = flags;
            }
            for (int s = 0; s < k; s++)
            {
                int c = sampler.Reach(seeds.AsSpan(s, 1), scratch, out _);
                for (int j = 0; j < c; j++)
                {
                    int x = scratch.Queue[j];
                    if (eligible is null || eligible[x])
                    {
                        m[x]++;
                    }
                }
            }
            for (int s = 0; s < k; s++)
            {
                int c = sampler.Reach(seeds.AsSpan(s, 1), scratch, out _);
                double credit = 0;
                for (int j = 0; j < c; j++)
                {
                    int x = scratch.Queue[j];
                    if (eligible is null || eligible[x])
                    {
                        credit += 1.0 / m[x];
                    }
                }
                perSample[((long)i * k) + s] = credit;
            }
            // Clear the counters of this sample.
            for (int s = 0; s < k; s++)
            {
                int c = sampler.Reach(seeds.AsSpan(s, 1), scratch, out _);
                for (int j = 0; j < c; j++)
                {
                    m[scratch.Queue[j]] = 0;
                    flags[scratch.Queue[j]] = false;
                }
            }
            if (membership is null)
            {
                values[i] = sampler.Reach(seeds, scratch, out _);
            }
        }, cancellationToken);
        var (credits, se) = MeansAndStandardErrors(perSample, r, k);
        double value = 0;
        for (int i = 0; i < r; i++)
        {
            value += values[i];
        }
        return (credits, se, value / r);
    }

    /// <summary>Per-player mean over samples and its standard error, from a sample-major array (sample i, player s at i·k + s), summed in sample order.</summary>
    public static (double[] Means, double[] StandardErrors) MeansAndStandardErrors(double[] perSample, int r, int k)
    {
        var means = new double[k];
        var se = new double[k];
        for (int s = 0; s < k; s++)
        {
            double sum = 0;
            for (int i = 0; i < r; i++)
            {
                sum += perSample[((long)i * k) + s];
            }
            double mean = sum / r;
            double ss = 0;
            for (int i = 0; i < r; i++)
            {
                double d = perSample[((long)i * k) + s] - mean;
                ss += d * d;
            }
            means[s] = mean;
            se[s] = r > 1 ? Math.Sqrt(ss / (r - 1) / r) : 0;
        }
        return (means, se);
    }
}
