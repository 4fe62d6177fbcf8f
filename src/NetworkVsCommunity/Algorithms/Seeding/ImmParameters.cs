namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>The sample-size constants of IMM (Tang, Shi &amp; Xiao 2015, equations 6 and 9 with ℓ adjusted as in Algorithm 1).</summary>
internal readonly record struct ImmParameters(double EllAdjusted, double EpsilonPrime, double LambdaPrime, double LambdaStar, int SamplingIterations)
{
    public static ImmParameters Compute(int n, int k, double epsilon, double ell)
    {
        double logN = Math.Log(n);
        double ellAdjusted = n > 1 ? ell * (1 + Math.Log(2) / logN) : ell;
        double logBinomial = LogBinomial(n, k);
        double epsilonPrime = Math.Sqrt(2) * epsilon;
        double log2N = Math.Log2(n);
        double logLog2N = log2N > 1 ? Math.Log(log2N) : 0;
        double lambdaPrime = (2 + 2.0 / 3.0 * epsilonPrime) * (logBinomial + ellAdjusted * logN + logLog2N) * n / (epsilonPrime * epsilonPrime);
        const double oneMinusInvE = 1 - 1 / Math.E;
        double alpha = Math.Sqrt(ellAdjusted * logN + Math.Log(2));
        double beta = Math.Sqrt(oneMinusInvE * (logBinomial + ellAdjusted * logN + Math.Log(2)));
        double lambdaStar = 2 * n * Math.Pow(oneMinusInvE * alpha + beta, 2) / (epsilon * epsilon);
        int iterations = Math.Max(0, (int)Math.Floor(log2N) - 1);
        return new ImmParameters(ellAdjusted, epsilonPrime, lambdaPrime, lambdaStar, iterations);
    }

    /// <summary>ln C(n, k), summed term by term (exact to rounding for the k of seeding).</summary>
    public static double LogBinomial(int n, int k)
    {
        double s = 0;
        for (int i = 0; i < k; i++)
        {
            s += Math.Log(n - i) - Math.Log(i + 1);
        }
        return s;
    }
}
