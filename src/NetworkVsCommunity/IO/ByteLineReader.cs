using System.Globalization;

namespace NetworkVsCommunity.IO;

/// <summary>
/// Reads a stream as lines of bytes without allocating per line: lines end at <c>\n</c>, <c>\r\n</c> or a lone
/// <c>\r</c>; a line longer than the limit is a <see cref="GraphFormatException"/> (memory stays bounded).
/// </summary>
internal sealed class ByteLineReader
{
    private readonly Stream _stream;
    private readonly string _source;
    private readonly int _maxLineLength;
    private byte[] _buffer;
    private int _position;
    private int _end;
    private bool _eof;
    private bool _started;

    public ByteLineReader(Stream stream, string source, int maxLineLength)
    {
        _stream = stream;
        _source = source;
        _maxLineLength = maxLineLength;
        _buffer = new byte[Math.Min(1 << 20, maxLineLength + 2)];
    }

    /// <summary>The 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Reads the next line (without its terminator); false at the end of the stream.</summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        if (!_started)
        {
            Start();
        }
        while (true)
        {
            ReadOnlySpan<byte> pending = _buffer.AsSpan(_position, _end - _position);
            int i = pending.IndexOfAny((byte)'\n', (byte)'\r');
            if (i >= 0)
            {
                int consume = 1;
                if (pending[i] == (byte)'\r')
                {
                    if (i + 1 < pending.Length)
                    {
                        consume = pending[i + 1] == (byte)'\n' ? 2 : 1;
                    }
                    else if (!_eof)
                    {
                        Fill();
                        continue;
                    }
                }
                LineNumber++;
                if (i > _maxLineLength)
                {
                    ThrowTooLong(i);
                }
                line = pending[..i];
                _position += i + consume;
                return true;
            }
            if (pending.Length > _maxLineLength)
            {
                LineNumber++;
                ThrowTooLong(pending.Length);
            }
            if (_eof)
            {
                if (pending.IsEmpty)
                {
                    line = default;
                    return false;
                }
                LineNumber++;
                line = pending;
                _position = _end;
                return true;
            }
            Fill();
        }
    }

    private void Start()
    {
        _started = true;
        while (_end < 3 && !_eof)
        {
            Fill();
        }
        ReadOnlySpan<byte> head = _buffer.AsSpan(0, _end);
        if (head.StartsWith("\uFEFF"u8))
        {
            _position = 3;
        }
        else if ((head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF))))
        {
            throw new GraphFormatException(_source, 1, "The file starts with a UTF-16 byte order mark; edge lists must be UTF-8 (or ASCII). Save the file as UTF-8.");
        }
    }

    private void Fill()
    {
        if (_position > 0)
        {
            Buffer.BlockCopy(_buffer, _position, _buffer, 0, _end - _position);
            _end -= _position;
            _position = 0;
        }
        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, (int)Math.Min((long)_maxLineLength + 2, 2L * _buffer.Length));
        }
        int read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }
        _end += read;
    }

    private void ThrowTooLong(int length) =>
        throw new GraphFormatException(_source, LineNumber, string.Create(CultureInfo.InvariantCulture,
            $"The line is longer than the limit of {_maxLineLength} bytes (at least {length} bytes); allowed: options.MaxLineLength (GraphReadOptions)."));
}
