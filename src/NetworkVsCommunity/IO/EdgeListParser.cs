using System.Buffers;
using System.Globalization;
using System.Text;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.IO;

/// <summary>The edge-list reader: one pass over bytes, integer fast path, string ids through a span-keyed table.</summary>
internal sealed class EdgeListParser
{
    private const int MaxTokens = 4;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string _source;
    private readonly GraphReadOptions _options;
    private readonly long _lengthHint;

    // Tokens of the current line: start, length, quoted.
    private readonly int[] _tokenStart = new int[MaxTokens];
    private readonly int[] _tokenLength = new int[MaxTokens];
    private readonly bool[] _tokenQuoted = new bool[MaxTokens];
    private int _tokenCount;

    private ByteLineReader _reader = null!;
    private bool _stringMode;
    private bool _modeFixed;
    private bool? _directed;
    private bool? _weighted;
    private long _headerNodes = -1;
    private long _headerLine;
    private bool _seenData;
    private int _maxId = -1;
    private int[] _sources = [];
    private int[] _targets = [];
    private double[]? _weights;
    private int _count;
    private Dictionary<string, int> _ids = null!;
    private List<string> _idList = null!;
    private char[] _chars = new char[256];

    public EdgeListParser(string source, GraphReadOptions options, long lengthHint)
    {
        _source = source;
        _options = options;
        _lengthHint = lengthHint;
    }

    /// <summary>Signals that an integer-mode pass met a non-integer id and must restart in string mode.</summary>
    private sealed class SwitchToStringModeException : Exception;

    public LabeledGraph Parse(Stream stream)
    {
        long start = stream.Position;
        _stringMode = _options.IdMode == NodeIdMode.String;
        _modeFixed = _options.IdMode != NodeIdMode.Auto;
        try
        {
            Run(stream);
        }
        catch (SwitchToStringModeException)
        {
            stream.Position = start;
            _stringMode = true;
            _modeFixed = true;
            Run(stream);
        }
        return Finish();
    }

    private void Run(Stream stream)
    {
        _reader = new ByteLineReader(stream, _source, _options.MaxLineLength);
        _directed = _options.Directed;
        _weighted = _options.Weighted;
        _headerNodes = -1;
        _seenData = false;
        _maxId = -1;
        _count = 0;
        int capacity = (int)Math.Clamp(_lengthHint / 12, 16, 1 << 26);
        _sources = LargeArrays.Zeroed<int>(capacity);
        _targets = LargeArrays.Zeroed<int>(capacity);
        _weights = null;
        _ids = new Dictionary<string, int>(StringComparer.Ordinal);
        _idList = [];

        while (_reader.TryReadLine(out ReadOnlySpan<byte> line))
        {
            int p = SkipSpace(line, 0);
            if (p == line.Length)
            {
                continue;
            }
            byte first = line[p];
            if (first == (byte)'#' || first == (byte)'%')
            {
                Comment(line[p..]);
                continue;
            }
            if (_seenData && !_stringMode && _weights is null && TryFastIntegerPair(line, p))
            {
                continue;
            }
            Tokenize(line);
            if (!_seenData)
            {
                _seenData = true;
                _weighted ??= _tokenCount == 3;
                if (_weighted == true)
                {
                    _weights = LargeArrays.Zeroed<double>(_sources.Length);
                }
            }
            int expected = _weighted == true ? 3 : 2;
            if (_tokenCount != expected)
            {
                Fail(line, string.Create(CultureInfo.InvariantCulture,
                    $"expected {expected} columns ({(expected == 3 ? "source target weight" : "source target")}{(_weighted == true ? "" : "; a weight column needs options.Weighted = true or null, and the same column count on every line")}), found {_tokenCount}"));
            }
            if (_count == _sources.Length)
            {
                Grow();
            }
            _sources[_count] = Node(line, 0);
            _targets[_count] = Node(line, 1);
            if (_weights is not null)
            {
                _weights[_count] = Weight(line, 2);
            }
            _count++;
        }
    }

    /// <summary>
    /// The hot path for unweighted integer lines "digits blanks-or-comma digits [blanks]": no tokenizer, no checks beyond
    /// the digits themselves. Anything else (and ids above the limit) falls back to the general path, which reports errors.
    /// </summary>
    private bool TryFastIntegerPair(ReadOnlySpan<byte> line, int p)
    {
        int length = line.Length;
        long u = 0;
        int start = p;
        while (p < length)
        {
            uint d = (uint)(line[p] - '0');
            if (d > 9)
            {
                break;
            }
            u = (u * 10) + d;
            p++;
        }
        int digits = p - start;
        if (digits is 0 or > 9 || p == length)
        {
            return false;
        }
        bool comma = false;
        while (p < length)
        {
            byte b = line[p];
            if (b == (byte)' ' || b == (byte)'\t')
            {
                p++;
            }
            else if (b == (byte)',' && !comma)
            {
                comma = true;
                p++;
            }
            else
            {
                break;
            }
        }
        long v = 0;
        start = p;
        while (p < length)
        {
            uint d = (uint)(line[p] - '0');
            if (d > 9)
            {
                break;
            }
            v = (v * 10) + d;
            p++;
        }
        digits = p - start;
        if (digits is 0 or > 9)
        {
            return false;
        }
        while (p < length && (line[p] == (byte)' ' || line[p] == (byte)'\t'))
        {
            p++;
        }
        long limit = _headerNodes >= 0 ? Math.Min(_headerNodes - 1, _options.MaxIntegerNodeId) : _options.MaxIntegerNodeId;
        if (p != length || u > limit || v > limit)
        {
            return false;
        }
        if (_count == _sources.Length)
        {
            Grow();
        }
        _sources[_count] = (int)u;
        _targets[_count] = (int)v;
        _count++;
        int max = (int)Math.Max(u, v);
        if (max > _maxId)
        {
            _maxId = max;
        }
        return true;
    }

    private LabeledGraph Finish()
    {
        bool directed = _directed ?? false;
        bool weighted = _weighted ?? false;
        NodeLabels labels;
        int n;
        if (_stringMode)
        {
            n = _idList.Count;
            if (_headerNodes >= 0 && _headerNodes != n)
            {
                throw new GraphFormatException(_source, _headerLine, string.Create(CultureInfo.InvariantCulture,
                    $"The header declares nodes={_headerNodes} but the file names {n} distinct node ids (is the file truncated?)."));
            }
            string[] ids = [.. _idList];
            int[] order = new int[n];
            for (int i = 0; i < n; i++)
            {
                order[i] = i;
            }
            Array.Sort(ids, order, StringComparer.Ordinal);
            int[] rank = new int[n];
            for (int i = 0; i < n; i++)
            {
                rank[order[i]] = i;
            }
            for (int e = 0; e < _count; e++)
            {
                _sources[e] = rank[_sources[e]];
                _targets[e] = rank[_targets[e]];
            }
            labels = NodeLabels.FromTrustedArray(ids);
        }
        else
        {
            n = (int)Math.Max(_maxId + 1L, Math.Max(0, _headerNodes));
            labels = NodeLabels.Integers(n);
        }

        CsrGraph graph;
        try
        {
            graph = GraphBuilder.Build(n, _sources.AsSpan(0, _count), _targets.AsSpan(0, _count),
                _weights is null ? default : _weights.AsSpan(0, _count), directed, weighted, _options.Build);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            throw new GraphFormatException(_source, 0, ex.Message, ex);
        }
        EdgeRecord[]? records = null;
        if (_options.KeepEdgeRecords)
        {
            records = new EdgeRecord[_count];
            for (int e = 0; e < _count; e++)
            {
                records[e] = new EdgeRecord(_sources[e], _targets[e], _weights is null ? 1.0 : _weights[e]);
            }
        }
        return LabeledGraph.FromTrusted(graph, labels, [], records, []);
    }

    private void Grow()
    {
        if (_count >= CsrGraph.MaxArcCount)
        {
            throw new GraphFormatException(_source, _reader.LineNumber, string.Create(CultureInfo.InvariantCulture,
                $"The file has more than {CsrGraph.MaxArcCount} edges, the supported maximum."));
        }
        int size = (int)Math.Min(CsrGraph.MaxArcCount, 2L * _sources.Length);
        _sources = LargeArrays.Grow(_sources, size);
        _targets = LargeArrays.Grow(_targets, size);
        if (_weights is not null)
        {
            _weights = LargeArrays.Grow(_weights, size);
        }
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or 0x0B or 0x0C;

    private static int SkipSpace(ReadOnlySpan<byte> line, int p)
    {
        while (p < line.Length && IsSpace(line[p]))
        {
            p++;
        }
        return p;
    }

    /// <summary>Splits a line into tokens separated by blanks or by one comma with optional blanks around it.</summary>
    private void Tokenize(ReadOnlySpan<byte> line)
    {
        _tokenCount = 0;
        int p = SkipSpace(line, 0);
        bool needToken = false;
        while (p < line.Length)
        {
            byte b = line[p];
            if (b == (byte)',')
            {
                Fail(line, "empty field (two commas in a row, or a comma at the start of the line)");
            }
            int start = p;
            bool quoted = b == (byte)'"';
            if (quoted)
            {
                p++;
                while (true)
                {
                    if (p >= line.Length)
                    {
                        Fail(line, "unterminated quoted id (a \" without its closing \")");
                    }
                    byte c = line[p];
                    if (c == (byte)'\\')
                    {
                        p += 2;
                        continue;
                    }
                    p++;
                    if (c == (byte)'"')
                    {
                        break;
                    }
                }
            }
            else
            {
                while (p < line.Length && !IsSpace(line[p]) && line[p] != (byte)',')
                {
                    if (line[p] == (byte)'"')
                    {
                        Fail(line, "a quote inside an unquoted value; quote the whole id as \"...\"");
                    }
                    p++;
                }
            }
            if (_tokenCount < MaxTokens)
            {
                _tokenStart[_tokenCount] = start;
                _tokenLength[_tokenCount] = p - start;
                _tokenQuoted[_tokenCount] = quoted;
            }
            _tokenCount++;
            needToken = false;
            if (p < line.Length && !IsSpace(line[p]) && line[p] != (byte)',')
            {
                Fail(line, "unexpected character after a closing quote");
            }
            p = SkipSpace(line, p);
            if (p < line.Length && line[p] == (byte)',')
            {
                p = SkipSpace(line, p + 1);
                needToken = true;
            }
        }
        if (needToken)
        {
            Fail(line, "empty field after the last comma");
        }
    }

    private ReadOnlySpan<byte> Token(ReadOnlySpan<byte> line, int index) => line.Slice(_tokenStart[index], _tokenLength[index]);

    private int Node(ReadOnlySpan<byte> line, int index)
    {
        ReadOnlySpan<byte> token = Token(line, index);
        if (!_stringMode)
        {
            return IntegerNode(line, token, _tokenQuoted[index]);
        }
        return StringNode(line, token, _tokenQuoted[index]);
    }

    private int IntegerNode(ReadOnlySpan<byte> line, ReadOnlySpan<byte> token, bool quoted)
    {
        long value = 0;
        bool ok = !quoted && token.Length is > 0 and <= 10;
        if (ok)
        {
            foreach (byte b in token)
            {
                uint d = (uint)(b - '0');
                if (d > 9)
                {
                    ok = false;
                    break;
                }
                value = (value * 10) + d;
            }
        }
        if (ok && value <= _options.MaxIntegerNodeId)
        {
            if (_headerNodes >= 0 && value >= _headerNodes)
            {
                Fail(line, string.Create(CultureInfo.InvariantCulture,
                    $"node id {value} is out of range: the header declares nodes={_headerNodes} (ids 0..{_headerNodes - 1})"));
            }
            int id = (int)value;
            if (id > _maxId)
            {
                _maxId = id;
            }
            return id;
        }
        if (!_modeFixed)
        {
            throw new SwitchToStringModeException();
        }
        string shown = Show(token);
        Fail(line, ok || (token.Length > 10 && !quoted && token.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0)
            ? string.Create(CultureInfo.InvariantCulture, $"node id {shown} is larger than options.MaxIntegerNodeId = {_options.MaxIntegerNodeId}")
            : string.Create(CultureInfo.InvariantCulture, $"node id {shown} is not a non-negative integer (the id mode is integer{(_options.IdMode == NodeIdMode.Integer ? ": options.IdMode = Integer" : ", from the nvc edgelist header")})"));
        return -1;
    }

    private int StringNode(ReadOnlySpan<byte> line, ReadOnlySpan<byte> token, bool quoted)
    {
        ReadOnlySpan<char> chars = Decode(line, token, quoted);
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars, out int node))
        {
            return node;
        }
        node = _idList.Count;
        string id = chars.ToString();
        _ids.Add(id, node);
        _idList.Add(id);
        return node;
    }

    private ReadOnlySpan<char> Decode(ReadOnlySpan<byte> line, ReadOnlySpan<byte> token, bool quoted)
    {
        if (_chars.Length < token.Length)
        {
            _chars = new char[Math.Max(token.Length, 2 * _chars.Length)];
        }
        int length;
        try
        {
            length = StrictUtf8.GetChars(quoted ? token[1..^1] : token, _chars);
        }
        catch (DecoderFallbackException)
        {
            Fail(line, "the id is not valid UTF-8");
            return default;
        }
        if (!quoted)
        {
            return _chars.AsSpan(0, length);
        }
        // Unescape \" \\ \/ \b \f \n \r \t \uXXXX in place (the result is never longer).
        Span<char> s = _chars.AsSpan(0, length);
        int w = 0;
        for (int r = 0; r < s.Length; r++)
        {
            char c = s[r];
            if (c != '\\')
            {
                s[w++] = c;
                continue;
            }
            if (r + 1 >= s.Length)
            {
                Fail(line, "a backslash at the end of a quoted id");
            }
            char e = s[++r];
            switch (e)
            {
                case '"': s[w++] = '"'; break;
                case '\\': s[w++] = '\\'; break;
                case '/': s[w++] = '/'; break;
                case 'b': s[w++] = '\b'; break;
                case 'f': s[w++] = '\f'; break;
                case 'n': s[w++] = '\n'; break;
                case 'r': s[w++] = '\r'; break;
                case 't': s[w++] = '\t'; break;
                case 'u':
                    if (r + 4 >= s.Length || !ushort.TryParse(s.Slice(r + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort code))
                    {
                        Fail(line, "\\u in a quoted id must be followed by 4 hexadecimal digits");
                        return default;
                    }
                    s[w++] = (char)code;
                    r += 4;
                    break;
                default:
                    Fail(line, string.Create(CultureInfo.InvariantCulture, $"unknown escape \\{e} in a quoted id; allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"));
                    break;
            }
        }
        return s[..w];
    }

    private double Weight(ReadOnlySpan<byte> line, int index)
    {
        ReadOnlySpan<byte> token = Token(line, index);
        if (_tokenQuoted[index] || !double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double w))
        {
            Fail(line, string.Create(CultureInfo.InvariantCulture, $"weight {Show(token)} is not a number"));
            return 0;
        }
        if (!double.IsFinite(w) || w < 0)
        {
            Fail(line, string.Create(CultureInfo.InvariantCulture, $"weight {Show(token)} is {(double.IsNaN(w) ? "NaN" : double.IsInfinity(w) ? "infinite (or too large for a double)" : "negative")}; allowed: a finite number of 0 or more"));
        }
        return w;
    }

    private void Comment(ReadOnlySpan<byte> text)
    {
        ReadOnlySpan<byte> header = "# nvc edgelist:"u8;
        ReadOnlySpan<byte> nodeDeclaration = "# nvc node:"u8;
        if (text.StartsWith(header))
        {
            if (_seenData)
            {
                Fail(text, "the nvc edgelist header must come before the first edge");
            }
            Header(text, text[header.Length..]);
        }
        else if (text.StartsWith(nodeDeclaration))
        {
            ReadOnlySpan<byte> rest = text[nodeDeclaration.Length..];
            Tokenize(rest);
            if (_tokenCount != 1)
            {
                Fail(text, string.Create(CultureInfo.InvariantCulture, $"a node declaration needs exactly one id, found {_tokenCount}"));
            }
            Node(rest, 0);
        }
    }

    private void Header(ReadOnlySpan<byte> line, ReadOnlySpan<byte> rest)
    {
        _headerLine = _reader.LineNumber;
        foreach (Range r in rest.SplitAny(" \t"u8))
        {
            ReadOnlySpan<byte> item = rest[r];
            if (item.IsEmpty)
            {
                continue;
            }
            int eq = item.IndexOf((byte)'=');
            if (eq <= 0)
            {
                Fail(line, string.Create(CultureInfo.InvariantCulture, $"header item {Show(item)} is not key=value"));
            }
            ReadOnlySpan<byte> key = item[..eq];
            ReadOnlySpan<byte> value = item[(eq + 1)..];
            if (key.SequenceEqual("nodes"u8))
            {
                if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long nodes) || nodes > CsrGraph.MaxArcCount)
                {
                    Fail(line, string.Create(CultureInfo.InvariantCulture, $"header nodes={Show(value)} is not a node count"));
                }
                _headerNodes = nodes;
            }
            else if (key.SequenceEqual("directed"u8))
            {
                bool d = Bool(line, value);
                _directed = _options.Directed ?? d;
            }
            else if (key.SequenceEqual("weighted"u8))
            {
                bool w = Bool(line, value);
                _weighted = _options.Weighted ?? w;
            }
            else if (key.SequenceEqual("ids"u8))
            {
                bool integer = value.SequenceEqual("integer"u8);
                if (!integer && !value.SequenceEqual("string"u8))
                {
                    Fail(line, string.Create(CultureInfo.InvariantCulture, $"header ids={Show(value)}; allowed: integer, string"));
                }
                if (_options.IdMode == NodeIdMode.Auto)
                {
                    if (!integer && !_stringMode)
                    {
                        throw new SwitchToStringModeException();
                    }
                    _modeFixed = true;
                }
            }
        }
        if (!_stringMode && _headerNodes > (long)_options.MaxIntegerNodeId + 1)
        {
            if (!_modeFixed)
            {
                throw new SwitchToStringModeException();
            }
            Fail(line, string.Create(CultureInfo.InvariantCulture,
                $"header nodes={_headerNodes} is more than options.MaxIntegerNodeId + 1 = {_options.MaxIntegerNodeId + 1L}"));
        }
    }

    private bool Bool(ReadOnlySpan<byte> line, ReadOnlySpan<byte> value)
    {
        if (value.SequenceEqual("true"u8))
        {
            return true;
        }
        if (value.SequenceEqual("false"u8))
        {
            return false;
        }
        Fail(line, string.Create(CultureInfo.InvariantCulture, $"header value {Show(value)}; allowed: true, false"));
        return false;
    }

    /// <summary>A token for a message: at most 60 bytes, decoded leniently, quoted.</summary>
    private static string Show(ReadOnlySpan<byte> value)
    {
        string text = Encoding.UTF8.GetString(value.Length > 60 ? value[..60] : value);
        var sb = new StringBuilder(text.Length + 8);
        sb.Append('"');
        foreach (char c in text)
        {
            if (char.IsControl(c))
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                sb.Append(c);
            }
        }
        if (value.Length > 60)
        {
            sb.Append("...");
        }
        sb.Append('"');
        return sb.ToString();
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void Fail(ReadOnlySpan<byte> line, string problem) =>
        throw new GraphFormatException(_source, _reader.LineNumber, string.Create(CultureInfo.InvariantCulture, $"{problem}; line: {Show(line)}"));
}
