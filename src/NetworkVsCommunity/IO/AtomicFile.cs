using System.Globalization;
using System.Text;

namespace NetworkVsCommunity.IO;

/// <summary>
/// Whole-or-nothing file output: the content goes to a hidden temporary file in the same folder, which replaces the target
/// only once completely written, so an exception or a cancelled run never leaves a half-written file (the old file, if
/// any, stays as it was).
/// </summary>
/// <remarks>
/// Every <c>Save</c>/<c>Write(…, path)</c> method of the library writes through this class; it is public so that
/// applications on top of the library (the <c>nvc</c> tool, a notebook saving a membership table) give their own output
/// the same guarantee without a second implementation. The temporary file is named <c>.{name}.{guid}.tmp</c> in the
/// target's folder, so the final <see cref="File.Move(string, string, bool)"/> is a rename on the same volume. Thread-safe:
/// each call uses its own temporary file; two concurrent writers of the same target leave one complete version.
/// </remarks>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, atomically.</summary>
    /// <param name="path">The target file; created or replaced only once <paramref name="write"/> has returned.</param>
    /// <param name="write">Writes the whole content to the stream it is given (a temporary file); it must not close it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="write"/> is null.</exception>
    /// <exception cref="IOException">The temporary file cannot be created or the target cannot be replaced; the target is unchanged.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the target is not writable; the target is unchanged.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
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
    /// <param name="path">The target file; created or replaced only once the whole text is written.</param>
    /// <param name="text">The content.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="IOException">The temporary file cannot be created or the target cannot be replaced; the target is unchanged.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the target is not writable; the target is unchanged.</exception>
    public static void WriteText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Write(path, stream => stream.Write(Utf8NoBom.GetBytes(text)));
    }

    /// <summary>Writes two files (for example people.csv and ties.csv); neither target changes unless both were written.</summary>
    internal static void WritePair(string firstPath, string secondPath, Action<Stream, Stream> write)
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
