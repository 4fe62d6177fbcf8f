namespace NetworkVsCommunity;

/// <summary>A campaign report with the name the report shows for it ("top evangelists", "top broadcasters", "given sharers").</summary>
/// <param name="Name">The name shown in tables, sentences and JSON.</param>
/// <param name="Report">The campaign's figures.</param>
public sealed record NamedCampaign(string Name, CampaignReport Report);
