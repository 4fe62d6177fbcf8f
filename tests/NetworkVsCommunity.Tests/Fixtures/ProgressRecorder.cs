namespace NetworkVsCommunity.Tests.Fixtures;

/// <summary>A synchronous progress sink that records every report (System.Progress posts asynchronously, which tests cannot rely on).</summary>
public sealed class ProgressRecorder : IProgress<AnalysisProgress>
{
    private readonly List<AnalysisProgress> _reports = [];

    public IReadOnlyList<AnalysisProgress> Reports
    {
        get
        {
            lock (_reports)
            {
                return _reports.ToArray();
            }
        }
    }

    public void Report(AnalysisProgress value)
    {
        lock (_reports)
        {
            _reports.Add(value);
        }
    }

    /// <summary>Asserts the reports are monotone in Fraction and end at 1.</summary>
    public void AssertMonotoneToCompletion()
    {
        var r = Reports;
        Assert.NotEmpty(r);
        for (int i = 1; i < r.Count; i++)
        {
            Assert.True(r[i].Fraction >= r[i - 1].Fraction, $"progress went back from {r[i - 1].Fraction} to {r[i].Fraction} ({r[i].Stage})");
        }
        Assert.Equal(1.0, r[^1].Fraction);
    }
}
