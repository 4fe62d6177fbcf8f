namespace NetworkVsCommunity;

/// <summary>Maps the progress of one stage into a slice [from, to] of an overall, monotone progress.</summary>
internal sealed class ScaledProgress : IProgress<AnalysisProgress>
{
    private readonly IProgress<AnalysisProgress>? _target;
    private readonly string _stage;
    private readonly double _from;
    private readonly double _to;
    private readonly Lock _lock = new();
    private double _last;

    public ScaledProgress(IProgress<AnalysisProgress>? target, string stage, double from, double to)
    {
        _target = target;
        _stage = stage;
        _from = from;
        _to = to;
        _last = from;
    }

    public void Report(AnalysisProgress value)
    {
        if (_target is null)
        {
            return;
        }
        double f = _from + ((_to - _from) * Math.Clamp(value.Fraction, 0, 1));
        lock (_lock)
        {
            if (f < _last)
            {
                return;
            }
            _last = f;
            _target.Report(new AnalysisProgress($"{_stage}: {value.Stage}", f, value.Completed, value.Total));
        }
    }

    /// <summary>Reports the start of a stage at its lower bound.</summary>
    public static void Mark(IProgress<AnalysisProgress>? target, string stage, double fraction) =>
        target?.Report(new AnalysisProgress(stage, fraction, 0, 0));
}
