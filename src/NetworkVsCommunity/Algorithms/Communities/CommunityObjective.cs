namespace NetworkVsCommunity.Algorithms.Communities;

/// <summary>The quality function that Louvain and Leiden maximise.</summary>
/// <remarks>
/// <para><b>Modularity</b> with resolution γ (Newman &amp; Girvan 2004; Reichardt &amp; Bornholdt 2006):
/// Q_γ = (1/2m) Σ_ij [A_ij − γ k_i k_j / 2m] δ(c_i, c_j) for undirected graphs and the Leicht–Newman form
/// Q_γ = (1/m) Σ_ij [A_ij − γ k_i^out k_j^in / m] δ(c_i, c_j) for directed ones. γ = 1 is the classical modularity;
/// larger γ gives smaller communities. Modularity has a resolution limit (Fortunato &amp; Barthélemy 2007).</para>
/// <para><b>CPM</b>, the constant Potts model (Traag, Van Dooren &amp; Nesterov 2011, Phys. Rev. E 84:016114,
/// doi:10.1103/PhysRevE.84.016114): H = Σ_c [e_c − γ·n_c(n_c − 1)/2] (ordered pairs n_c(n_c − 1) when directed), with
/// e_c the weight inside community c. γ is a density threshold: communities are denser than γ inside and sparser than γ
/// between each other. On an unweighted simple graph no community can be denser than 1, so γ = 1 gives singletons;
/// choose γ below the density you want to resolve (for example the graph's density 2m/(n(n−1)), or scan γ).</para>
/// </remarks>
public enum CommunityObjective
{
    /// <summary>Modularity with resolution γ (the default).</summary>
    Modularity = 0,

    /// <summary>The constant Potts model (CPM), free of the resolution limit; γ is a density threshold.</summary>
    Cpm = 1,
}
