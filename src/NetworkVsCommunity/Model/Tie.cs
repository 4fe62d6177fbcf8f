namespace NetworkVsCommunity;

/// <summary>A tie between two people, as stored in an <see cref="EmployeeNetwork"/> (after duplicate ties were merged).</summary>
/// <param name="Source">The first person named (the subject: "Source follows Target").</param>
/// <param name="Target">The second person named.</param>
/// <param name="Kind">The kind of tie.</param>
/// <param name="Strength">The strength (interaction frequency or closeness): finite and greater than 0; the sum of the strengths of merged duplicates.</param>
/// <param name="Directed">False for a mutual tie; true for a one-way tie.</param>
/// <remarks>
/// <para><b>Direction convention (the one rule of the library).</b> A one-way tie reads "Source <i>kind</i> Target" and
/// means that Source attends to Target: "A follows B", "A reports to B". Influence flows the other way: B's posts
/// reach A, so the <i>influence arc</i> is Target → Source. A mutual tie gives both arcs. All diffusion
/// (<see cref="EmployeeNetwork.InfluenceGraph"/>) runs along influence arcs: a message posted by v reaches v's
/// out-neighbours in the influence graph.</para>
/// <para>For a mutual tie <see cref="Source"/> is the person with the smaller node number.</para>
/// </remarks>
public readonly record struct Tie(EmployeeId Source, EmployeeId Target, TieKind Kind, double Strength, bool Directed);
