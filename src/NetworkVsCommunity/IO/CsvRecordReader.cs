using System.Globalization;
using System.Text;

namespace NetworkVsCommunity.IO;

/// <summary>
/// Reads RFC 4180 records from a text reader: comma separated, fields optionally quoted with <c>"</c>, a quote inside a
/// quoted field doubled, commas and line breaks allowed inside quotes, records ended by CRLF, LF or CR. Empty lines are
/// skipped; a leading byte order mark is ignored. Errors are <see cref="GraphFormatException"/>s naming the file and the
/// 1-based line where the record starts.
/// </summary>
/// <remarks>Memory is bounded: a record longer than <see cref="MaxRecordLength"/> characters is rejected.</remarks>
internal sealed class CsvRecordReader
{
    /// <summary>The longest record accepted, in characters (16 Mi).</summary>
    public const int MaxRecordLength = 1 << 24;

    private readonly TextReader _reader;
    private readonly string _name;
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _field = new();
    private int _position;
    private int _length;
    private long _line = 1;
    private bool _started;
    private int _recordLength;

    public CsvRecordReader(TextReader reader, string name)
    {
        _reader = reader;
        _name = name;
    }

    /// <summary>The 1-based line on which the last record read starts.</summary>
    public long RecordLine { get; private set; }

    /// <summary>The line the reader is on (for end-of-file messages).</summary>
    public long CurrentLine => _line;

    /// <summary>Reads the next record into <paramref name="fields"/>; false at the end of the input.</summary>
    public bool TryRead(List<string> fields)
    {
        fields.Clear();
        if (!_started)
        {
            _started = true;
            if (Peek() == '\uFEFF')
            {
                Next();
            }
        }
        while (true)
        {
            int c = Peek();
            if (c == -1)
            {
                return false;
            }
            if (c is '\r' or '\n')
            {
                ConsumeNewLine();
                continue;
            }
            break;
        }
        RecordLine = _line;
        _recordLength = 0;
        while (true)
        {
            _field.Clear();
            int c = Peek();
            if (c == '"')
            {
                Next();
                while (true)
                {
                    c = Next();
                    if (c == -1)
                    {
                        throw Error(RecordLine, string.Create(CultureInfo.InvariantCulture,
                            $"a quoted field opened in the record starting on line {RecordLine} is never closed (end of file on line {_line}); close it with \""));
                    }
                    if (c == '"')
                    {
                        if (Peek() == '"')
                        {
                            Next();
                            Append('"');
                            continue;
                        }
                        break;
                    }
                    if (c == '\n')
                    {
                        _line++;
                    }
                    else if (c == '\r' && Peek() != '\n')
                    {
                        _line++;
                    }
                    Append((char)c);
                }
                c = Peek();
                if (c == ',')
                {
                    Next();
                    fields.Add(_field.ToString());
                    continue;
                }
                if (c is '\r' or '\n' or -1)
                {
                    fields.Add(_field.ToString());
                    ConsumeNewLine();
                    return true;
                }
                throw Error(_line, string.Create(CultureInfo.InvariantCulture,
                    $"unexpected character '{Printable((char)c)}' after the closing quote of field {fields.Count + 1}; a quoted field must be followed by a comma or the end of the line"));
            }
            while (true)
            {
                c = Peek();
                if (c == ',')
                {
                    Next();
                    fields.Add(_field.ToString());
                    break;
                }
                if (c is '\r' or '\n' or -1)
                {
                    fields.Add(_field.ToString());
                    ConsumeNewLine();
                    return true;
                }
                if (c == '"')
                {
                    throw Error(_line, string.Create(CultureInfo.InvariantCulture,
                        $"a quote inside the unquoted field {fields.Count + 1} ('{Truncate(_field.ToString())}\"'); quote the whole field and double the inner quotes (RFC 4180)"));
                }
                Next();
                Append((char)c);
            }
        }
    }

    public GraphFormatException Error(long line, string problem) => new(_name, line, problem);

    internal static string Truncate(string value) => value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 77), "...");

    private static string Printable(char c) => char.IsControl(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : c.ToString();

    private void Append(char c)
    {
        if (++_recordLength > MaxRecordLength)
        {
            throw Error(RecordLine, string.Create(CultureInfo.InvariantCulture,
                $"the record is longer than {MaxRecordLength} characters (an unclosed quote or a corrupt file?)"));
        }
        _field.Append(c);
    }

    private void ConsumeNewLine()
    {
        int c = Next();
        if (c == '\r')
        {
            if (Peek() == '\n')
            {
                Next();
            }
            _line++;
        }
        else if (c == '\n')
        {
            _line++;
        }
    }

    private int Peek()
    {
        if (_position == _length && !Fill())
        {
            return -1;
        }
        return _buffer[_position];
    }

    private int Next()
    {
        if (_position == _length && !Fill())
        {
            return -1;
        }
        return _buffer[_position++];
    }

    private bool Fill()
    {
        try
        {
            _length = _reader.Read(_buffer, 0, _buffer.Length);
        }
        catch (DecoderFallbackException ex)
        {
            throw new GraphFormatException(_name, _line, "the file is not valid UTF-8 (invalid byte sequence)", ex);
        }
        _position = 0;
        return _length > 0;
    }
}
