namespace NetworkVsCommunity.Algorithms.Roles;

/// <summary>Thresholds of the ONA role map (ROL-6). These are conventions of this library, not a standard; see docs/metrics.md.</summary>
public sealed record OnaRoleOptions
{
    /// <summary>The default options.</summary>
    public static OnaRoleOptions Default { get; } = new();

    /// <summary>z* for central connectors: within-module z at or above it. Default 1.5.</summary>
    public double CentralConnectorMinZ { get; init; } = 1.5;

    /// <summary>Brokers have between-community betweenness at or above this quantile of employees (and &gt; 0), and constraint at or below the employees' median. Default 0.9.</summary>
    public double BrokerQuantile { get; init; } = 0.9;

    /// <summary>Peripheral specialists have degree at or below this quantile of employees and P ≤ 0.05. Default 0.25.</summary>
    public double PeripheralDegreeQuantile { get; init; } = 0.25;

    /// <summary>Energizers have energy-layer in-strength at or above this quantile of employees (and &gt; 0). Default 0.9.</summary>
    public double EnergizerQuantile { get; init; } = 0.9;

    /// <summary>
    /// Options of the between-community betweenness behind the broker role (ROL-2); null = exact (every node a source),
    /// threads from the default. Set <see cref="Centrality.BetweennessOptions.SampleSources"/> on large graphs: the exact
    /// pass costs O(n·m).
    /// </summary>
    public Centrality.BetweennessOptions? Betweenness { get; init; }
}
