namespace NetworkVsCommunity.Algorithms.Roles;

/// <summary>The seven roles of Guimerà &amp; Amaral (2005) from within-module degree z and participation P (ROL-1).</summary>
public enum CartographyRole
{
    /// <summary>R1 ultra-peripheral: non-hub (z &lt; 2.5), P ≤ 0.05.</summary>
    R1UltraPeripheral = 1,

    /// <summary>R2 peripheral: non-hub, 0.05 &lt; P ≤ 0.62.</summary>
    R2Peripheral = 2,

    /// <summary>R3 non-hub connector: non-hub, 0.62 &lt; P ≤ 0.80.</summary>
    R3Connector = 3,

    /// <summary>R4 non-hub kinless: non-hub, P &gt; 0.80.</summary>
    R4Kinless = 4,

    /// <summary>R5 provincial hub: z ≥ 2.5, P ≤ 0.30.</summary>
    R5ProvincialHub = 5,

    /// <summary>R6 connector hub: z ≥ 2.5, 0.30 &lt; P ≤ 0.75.</summary>
    R6ConnectorHub = 6,

    /// <summary>R7 kinless hub: z ≥ 2.5, P &gt; 0.75.</summary>
    R7KinlessHub = 7,
}
