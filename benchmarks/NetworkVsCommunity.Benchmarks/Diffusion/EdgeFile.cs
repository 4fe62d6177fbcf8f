using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Benchmarks.Diffusion;

/// <summary>A minimal reader for the peers' edge files (<c>u v [w]</c> per line, 0-based, undirected); weights are ignored.</summary>
internal static class EdgeFile
{
    public static CsrGraph LoadUnweighted(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        var builder = new GraphBuilder(directed: false, weighted: false, edgeCapacity: bytes.Length / 8);
        int i = 0;
        while (i < bytes.Length)
        {
            while (i < bytes.Length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n'))
            {
                i++;
            }
            if (i >= bytes.Length)
            {
                break;
            }
            if (bytes[i] == '#' || bytes[i] == '%')
            {
                while (i < bytes.Length && bytes[i] != '\n')
                {
                    i++;
                }
                continue;
            }
            int a = 0;
            while (i < bytes.Length && bytes[i] >= '0' && bytes[i] <= '9')
            {
                a = (a * 10) + (bytes[i++] - '0');
            }
            while (i < bytes.Length && (bytes[i] == ' ' || bytes[i] == '\t'))
            {
                i++;
            }
            int b = 0;
            while (i < bytes.Length && bytes[i] >= '0' && bytes[i] <= '9')
            {
                b = (b * 10) + (bytes[i++] - '0');
            }
            while (i < bytes.Length && bytes[i] != '\n')
            {
                i++;
            }
            builder.AddEdge(a, b);
        }
        return builder.Build();
    }
}
