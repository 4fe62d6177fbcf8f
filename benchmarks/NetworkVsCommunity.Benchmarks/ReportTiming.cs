using System.Diagnostics;
using System.Globalization;

namespace NetworkVsCommunity.Benchmarks;

/// <summary>
/// Wall-clock and CPU cost of the report behind <c>nvc report</c> (the organisation diagnosis, then one campaign report for
/// the top evangelists and one for the top broadcasters) on a generated organisation of a given size:
/// <c>dotnet NetworkVsCommunity.Benchmarks.dll report-timing [EMPLOYEES] [--threads N]</c> (default 400 employees, the
/// embedded sample organisation). A cost estimate at scale (single run), not a benchmark.
/// </summary>
internal static class ReportTiming
{
    public static int Run(string[] args)
    {
        int employees = 400;
        int threads = 0;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--threads")
            {
                threads = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                employees = int.Parse(args[i], CultureInfo.InvariantCulture);
            }
        }
        var process = Process.GetCurrentProcess();
        var wall = Stopwatch.StartNew();
        EmployeeNetwork org = employees == 400
            ? SampleOrganization.Default
            : SampleOrganization.Generate(new SampleOrganizationOptions { Employees = employees });
        Line("generate", wall, process, $"{org.PersonCount} people, {org.Employees.Length} employees, {org.TieCount} ties");
        wall.Restart();
        var diagnosis = org.Diagnose(new DiagnosisOptions { RandomSeed = 1, MaxDegreeOfParallelism = threads });
        Line("diagnosis", wall, process, $"{diagnosis.Communities.CommunityCount} communities");
        var options = new CampaignOptions { RandomSeed = 1, Communities = diagnosis.Communities, MaxDegreeOfParallelism = threads };
        int k = Math.Min(diagnosis.TopEvangelists.Length, diagnosis.TopBroadcasters.Length);
        wall.Restart();
        var evangelists = org.AnalyzeCampaign(diagnosis.TopEvangelists.Take(k).ToList(), options);
        Line("campaign (evangelists)", wall, process, $"expected adopters {evangelists.Spread.ExpectedAdopters:F1}");
        wall.Restart();
        var broadcasters = org.AnalyzeCampaign(diagnosis.TopBroadcasters.Take(k).ToList(), options);
        Line("campaign (broadcasters)", wall, process, $"expected adopters {broadcasters.Spread.ExpectedAdopters:F1}");
        return 0;
    }

    private static void Line(string stage, Stopwatch wall, Process process, string detail)
    {
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stage,-24} {wall.Elapsed.TotalSeconds,8:F2} s wall  (process CPU so far {process.TotalProcessorTime.TotalSeconds:F1} s)  {detail}"));
    }
}
