using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("NetworkVsCommunity.Tests")]
