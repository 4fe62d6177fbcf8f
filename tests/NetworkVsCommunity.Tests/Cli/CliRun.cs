using System.Globalization;
using NetworkVsCommunity.Cli;

namespace NetworkVsCommunity.Tests.Cli;

/// <summary>Runs <c>nvc</c> in-process and gives a temporary folder, for the command tests (one copy of the scaffolding).</summary>
public abstract class CliRun : IDisposable
{
    /// <summary>Creates the temporary folder, named after <paramref name="prefix"/>.</summary>
    protected CliRun(string prefix) => Dir = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>The temporary folder, deleted after the test.</summary>
    protected string Dir { get; }

    /// <summary>Runs the command line and returns its exit code, standard output and standard error.</summary>
    protected static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        int code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> in the temporary folder and returns its path.</summary>
    protected string Write(string name, string text)
    {
        string path = Path.Combine(Dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Directory.Delete(Dir, recursive: true);
        GC.SuppressFinalize(this);
    }
}
