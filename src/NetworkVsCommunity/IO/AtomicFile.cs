using System.Globalization;
using System.Text;

namespace NetworkVsCommunity.IO;

/// <summary>
/// Whole-or-nothing file output: the content goes to a hidden temporary file in the same folder, which replaces the target
/// only once completely written, so an exception or a cancelled run never leaves a half-written file (the old file, if
/// any, stays as it was).
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, atomically.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        string temp = TempNameFor(path);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte order mark, atomically.</summary>
    public static void WriteText(string path, string text) => Write(path, stream => stream.Write(Utf8NoBom.GetBytes(text)));

    /// <summary>Writes two files (for example people.csv and ties.csv); neither target changes unless both were written.</summary>
    public static void WritePair(string firstPath, string secondPath, Action<Stream, Stream> write)
    {
        ArgumentNullException.ThrowIfNull(firstPath);
        ArgumentNullException.ThrowIfNull(secondPath);
        string first = TempNameFor(firstPath);
        string second = TempNameFor(secondPath);
        try
        {
            using (var a = new FileStream(first, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var b = new FileStream(second, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(a, b);
            }
            File.Move(first, firstPath, overwrite: true);
            File.Move(second, secondPath, overwrite: true);
        }
        catch
        {
            TryDelete(first);
            TryDelete(second);
            throw;
        }
    }

    private static string TempNameFor(string path)
    {
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? ".";
        return Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp"));
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The original exception matters more; a stray temporary file is named so that it is recognisable.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
