using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity;

/// <summary>
/// Reads an interaction log (the metadata of e-mail, chat or meeting exports) as a stream of <see cref="Interaction"/>s,
/// for <see cref="EmployeeNetworkBuilder.AddInteractions(IEnumerable{Interaction}, InteractionTieOptions?)"/>.
/// </summary>
/// <remarks>
/// <para><b>Format.</b> CSV as <see cref="PeopleTiesCsv"/> reads it (RFC 4180, UTF-8, header names matched ignoring case
/// and surrounding spaces), one row per message, columns in any order: <c>sender</c> (required, a person id);
/// <c>recipients</c> (required; ids separated by <c>;</c>, each trimmed of surrounding spaces, empty entries skipped, at
/// least one); <c>time</c> (required, ISO 8601 <c>yyyy-MM-ddTHH:mm[:ss[.fffffff]]</c> with a UTC offset: <c>Z</c>,
/// <c>+02:00</c> or <c>+0200</c>; a space may replace the <c>T</c>); <c>channel</c> (optional text, empty when absent).
/// Other columns (subject, message id, size) are ignored: an export carries more than the log needs.</para>
/// <para><b>Time zones.</b> A time without an offset is ambiguous (whose clock?) and is an error, unless the caller
/// states the assumption with <c>assumedOffset</c> (for example <see cref="TimeSpan.Zero"/> when the export is in UTC);
/// the offset is then applied to every time that has none. Times are compared as instants (UTC).</para>
/// <para><b>Errors.</b> A <see cref="GraphFormatException"/> naming the file, the line and the value: a missing required
/// column, a wrong number of fields, an empty sender, no recipient, a time that is not ISO 8601 or has no offset.
/// Whether people are known is the builder's policy, not the reader's.</para>
/// <para>Reading is lazy and streams: memory does not grow with the log. Not thread-safe per enumeration.</para>
/// </remarks>
public static class InteractionLogCsv
{
    private static readonly string[] Columns = ["sender", "recipients", "time", "channel"];

    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd HH:mmzzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm'Z'",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd HH:mm:ss'Z'", "yyyy-MM-dd HH:mm'Z'",
    ];

    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
    ];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a log file lazily (the file is opened when enumeration starts and closed when it ends).</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="assumedOffset">The UTC offset of times written without one; null (the default) makes such a time an error.</param>
    /// <returns>The messages in file order.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="GraphFormatException">During enumeration: the file is malformed (file, line and value named).</exception>
    public static IEnumerable<Interaction> Load(string path, TimeSpan? assumedOffset = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        CheckOffset(assumedOffset);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Interaction log \"{path}\" does not exist.", path);
        }
        return LoadIterator(path, assumedOffset);
    }

    /// <summary>Reads a log from a text reader lazily.</summary>
    /// <param name="reader">The CSV content.</param>
    /// <param name="name">The name used in error messages. Default <c>interactions.csv</c>.</param>
    /// <param name="assumedOffset">The UTC offset of times written without one; null (the default) makes such a time an error.</param>
    /// <returns>The messages in input order.</returns>
    /// <exception cref="GraphFormatException">During enumeration: the content is malformed.</exception>
    public static IEnumerable<Interaction> Read(TextReader reader, string name = "interactions.csv", TimeSpan? assumedOffset = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        CheckOffset(assumedOffset);
        return ReadIterator(reader, name, assumedOffset);
    }

    /// <summary>Parses one time value as this reader does.</summary>
    /// <param name="text">The text, for example <c>2026-03-01T09:30:00+01:00</c>.</param>
    /// <param name="assumedOffset">The offset for a time written without one; null rejects such a time.</param>
    /// <param name="time">The instant.</param>
    /// <returns>True when the text is an accepted ISO 8601 time.</returns>
    public static bool TryParseTime(string text, TimeSpan? assumedOffset, out DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(text);
        string t = text.Trim();
        if (TryParseCommon(t, out time))
        {
            return true;
        }
        if (DateTimeOffset.TryParseExact(t, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time)
            && HasOffset(t))
        {
            return true;
        }
        if (assumedOffset is TimeSpan offset
            && DateTime.TryParseExact(t, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime local))
        {
            time = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset);
            return true;
        }
        time = default;
        return false;
    }

    /// <summary>The fast path for the common layout <c>yyyy-MM-ddTHH:mm:ss[.f…](Z|±hh:mm|±hhmm)</c>; false sends the
    /// text to the general parser (which gives the same instant for these texts).</summary>
    private static bool TryParseCommon(string t, out DateTimeOffset time)
    {
        time = default;
        if (t.Length < 20 || t[4] != '-' || t[7] != '-' || (t[10] != 'T' && t[10] != ' ') || t[13] != ':' || t[16] != ':')
        {
            return false;
        }
        if (!Digits(t, 0, 4, out int year) || !Digits(t, 5, 2, out int month) || !Digits(t, 8, 2, out int day)
            || !Digits(t, 11, 2, out int hour) || !Digits(t, 14, 2, out int minute) || !Digits(t, 17, 2, out int second))
        {
            return false;
        }
        int at = 19;
        long fractionTicks = 0;
        if (t[at] == '.')
        {
            at++;
            long scale = TimeSpan.TicksPerSecond;
            int start = at;
            while (at < t.Length && char.IsAsciiDigit(t[at]))
            {
                scale /= 10;
                fractionTicks += (t[at] - '0') * scale;
                at++;
            }
            if (at == start || at - start > 7)
            {
                return false;
            }
        }
        TimeSpan offset;
        if (at == t.Length - 1 && t[at] is 'Z' or 'z')
        {
            offset = TimeSpan.Zero;
        }
        else if (at < t.Length && t[at] is '+' or '-')
        {
            int sign = t[at] == '-' ? -1 : 1;
            int rest = t.Length - at - 1;
            int oh, om;
            if (rest == 5 && t[at + 3] == ':' && Digits(t, at + 1, 2, out oh) && Digits(t, at + 4, 2, out om))
            {
            }
            else if (rest == 4 && Digits(t, at + 1, 2, out oh) && Digits(t, at + 3, 2, out om))
            {
            }
            else
            {
                return false;
            }
            if (oh > 14 || om > 59)
            {
                return false;
            }
            offset = new TimeSpan(sign * oh, sign * om, 0);
        }
        else
        {
            return false;
        }
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(1, year), month) || hour > 23 || minute > 59 || second > 59
            || year < 1 || offset.Duration() > TimeSpan.FromHours(14))
        {
            return false;
        }
        try
        {
            time = new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(fractionTicks);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // an instant outside DateTimeOffset's range once the offset is applied
        }
    }

    private static bool Digits(string t, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            char c = t[i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }

    private static bool HasOffset(string t)
    {
        // The date part has '-' separators; an offset can only follow the time part (after position 10).
        char last = t[^1];
        return last is 'Z' or 'z' || t.AsSpan(11).IndexOfAny('+', '-') >= 0;
    }

    private static void CheckOffset(TimeSpan? assumedOffset)
    {
        if (assumedOffset is TimeSpan o && (o < TimeSpan.FromHours(-14) || o > TimeSpan.FromHours(14) || o.Ticks % TimeSpan.TicksPerMinute != 0))
        {
            throw new ArgumentOutOfRangeException(nameof(assumedOffset), o,
                string.Create(CultureInfo.InvariantCulture, $"assumedOffset = {o:c} is out of range; allowed: whole minutes from -14:00 to +14:00."));
        }
    }

    private static IEnumerable<Interaction> LoadIterator(string path, TimeSpan? assumedOffset)
    {
        using var reader = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
        foreach (Interaction i in ReadIterator(reader, path, assumedOffset))
        {
            yield return i;
        }
    }

    private static IEnumerable<Interaction> ReadIterator(TextReader text, string name, TimeSpan? assumedOffset)
    {
        var reader = new CsvRecordReader(text, name);
        var fields = new List<string>();
        if (!reader.TryRead(fields))
        {
            throw reader.Error(1, "the file is empty; expected a header row with the columns 'sender', 'recipients' and 'time'");
        }
        var map = new int[Columns.Length];
        Array.Fill(map, -1);
        for (int c = 0; c < fields.Count; c++)
        {
            int s = Array.FindIndex(Columns, x => x.Equals(fields[c].Trim(), StringComparison.OrdinalIgnoreCase));
            if (s >= 0)
            {
                if (map[s] >= 0)
                {
                    throw reader.Error(reader.RecordLine, string.Create(CultureInfo.InvariantCulture, $"column '{Columns[s]}' appears twice in the header (columns {map[s] + 1} and {c + 1})"));
                }
                map[s] = c;
            }
        }
        for (int s = 0; s < 3; s++)
        {
            if (map[s] < 0)
            {
                throw reader.Error(reader.RecordLine, string.Create(CultureInfo.InvariantCulture,
                    $"missing required column '{Columns[s]}' in the header ('{CsvRecordReader.Truncate(string.Join(",", fields))}'); required: sender, recipients, time"));
            }
        }
        int columns = fields.Count;
        var recipients = ImmutableArray.CreateBuilder<EmployeeId>();
        while (reader.TryRead(fields))
        {
            long line = reader.RecordLine;
            if (fields.Count != columns)
            {
                throw reader.Error(line, string.Create(CultureInfo.InvariantCulture, $"{fields.Count} fields; the header has {columns}"));
            }
            string sender = fields[map[0]];
            if (sender.Length == 0)
            {
                throw reader.Error(line, "empty sender; every message needs a sender");
            }
            recipients.Clear();
            ReadOnlySpan<char> list = fields[map[1]];
            foreach (Range r in list.Split(';'))
            {
                ReadOnlySpan<char> entry = list[r].Trim();
                if (entry.Length > 0)
                {
                    recipients.Add(new EmployeeId(entry.ToString()));
                }
            }
            if (recipients.Count == 0)
            {
                throw reader.Error(line, string.Create(CultureInfo.InvariantCulture,
                    $"no recipient for the message from '{CsvRecordReader.Truncate(sender)}'; list recipient ids separated by ';'"));
            }
            string timeText = fields[map[2]];
            if (!TryParseTime(timeText, assumedOffset, out DateTimeOffset time))
            {
                throw reader.Error(line, string.Create(CultureInfo.InvariantCulture,
                    $"time = '{CsvRecordReader.Truncate(timeText)}' is not an ISO 8601 time with a UTC offset (for example 2026-03-01T09:30:00+01:00 or 2026-03-01T08:30:00Z){(assumedOffset is null ? "; if the export has no offsets, state the one it uses (assumedOffset, nvc ties --assume-offset)" : "")}"));
            }
            string channel = map[3] >= 0 ? fields[map[3]] : string.Empty;
            yield return new Interaction(new EmployeeId(sender), recipients.Count == recipients.Capacity ? recipients.MoveToImmutable() : recipients.ToImmutable(), time, channel);
        }
    }
}
