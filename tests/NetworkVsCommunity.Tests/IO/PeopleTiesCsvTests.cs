using System.Text;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.Tests.IO;

public class PeopleTiesCsvTests
{
    internal const string People =
        "id,kind,department,team,role,enthusiasm,purpose_alignment,audience_size,office\n" +
        "alice,employee,R&D,R1,Engineer,0.2,0.5,10,Tokyo\n" +
        "bob,,R&D,R1,\"Lead, platform\",,,,\"Osaka\"\n" +
        "\"carol \"\"CJ\"\"\",external,,,,0,1,2500,\"multi\nline\"\n";

    internal const string Ties =
        "source,target,kind,strength,directed\n" +
        "alice,bob,colleague,2,false\n" +
        "bob,alice,colleague,1,\n" +
        "\"carol \"\"CJ\"\"\",alice,follows,,\n";

    internal static EmployeeNetwork Parse(string people, string ties) =>
        PeopleTiesCsv.Read(new StringReader(people), new StringReader(ties));

    private static GraphFormatException Fails(string people, string ties) =>
        Assert.Throws<GraphFormatException>(() => Parse(people, ties));

    [Fact]
    public void Reads_quoted_fields_defaults_and_extra_columns()
    {
        var net = Parse(People, Ties);
        Assert.Equal(new[] { "alice", "bob", "carol \"CJ\"" }, net.Ids.ToArray());
        Assert.Equal("Lead, platform", net.Roles[1]);
        Assert.Equal(0.0, net.Enthusiasm[1]);
        Assert.Equal(0L, net.AudienceSize[1]);
        Assert.Equal(PersonKind.Employee, net.Kinds[1]);
        Assert.Equal(PersonKind.External, net.Kinds[2]);
        Assert.Equal(2500L, net.AudienceSize[2]);
        Assert.Equal(new[] { "Tokyo", "Osaka", "multi\nline" }, net.GetTextColumn("office").ToArray());
        // Duplicate mutual tie merged (2 + 1), counted; follows is one-way by default.
        Assert.Equal(1, net.BuildStatistics.MergedDuplicateTies);
        Assert.True(net.InfluenceGraph.TryGetEdgeWeight(0, 1, out double w));
        Assert.Equal(3.0, w);
        Assert.True(net.InfluenceGraph.ContainsEdge(0, 2)); // carol follows alice: alice -> carol
        Assert.False(net.InfluenceGraph.ContainsEdge(2, 0));
    }

    [Fact]
    public void Accepts_bom_crlf_and_cr_line_ends_and_blank_lines()
    {
        string people = "\uFEFFid,kind\r\na,employee\r\n\r\nb,external\rc,\r\n";
        string ties = "\uFEFFsource,target\r\na,b\nb,c";
        var net = Parse(people, ties);
        Assert.Equal(3, net.PersonCount);
        Assert.Equal(2, net.TieCount);

        var bytesWithBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("id\nä\nö\n")).ToArray();
        var net2 = PeopleTiesCsv.Read(new MemoryStream(bytesWithBom), new MemoryStream(Encoding.UTF8.GetBytes("source,target\nä,ö\n")));
        Assert.Equal(new[] { "ä", "ö" }, net2.Ids.ToArray());
    }

    [Fact]
    public void Header_matching_ignores_case_and_spaces_but_keeps_extra_names()
    {
        var net = Parse("ID , Kind,Cost Centre\nx,EXTERNAL,42\n", "Source,TARGET\n");
        Assert.Equal(PersonKind.External, net.Kinds[0]);
        Assert.Equal(new[] { "Cost Centre" }, net.ExtraAttributeNames.ToArray());
    }

    [Fact]
    public void Programme_owner_column_designates_the_flag_bearer()
    {
        var net = Parse("id,programme_owner\na,no\nb,true\nc,\n", "source,target\n");
        Assert.Equal("b", net.ProgrammeOwner!.Value.Value);
        var ex = Fails("id,programme_owner\na,1\nb,yes\n", "source,target\n");
        Assert.Equal(3, ex.LineNumber);
        Assert.Contains("second programme owner 'b'", ex.Message);
    }

    [Theory]
    [InlineData("", "people.csv", 1, "empty")]
    [InlineData("name,team\nx,y\n", "people.csv", 1, "missing required column 'id'")]
    [InlineData("id,team\nx,y,z\n", "people.csv", 2, "3 fields, but the header has 2")]
    [InlineData("id,team\nx\n", "people.csv", 2, "1 fields, but the header has 2")]
    [InlineData("id\na\nb\na\n", "people.csv", 4, "duplicate person id 'a' (first on line 2)")]
    [InlineData("id,enthusiasm\na,1.5\n", "people.csv", 2, "enthusiasm = 1.5")]
    [InlineData("id,enthusiasm\na,NaN\n", "people.csv", 2, "enthusiasm = NaN")]
    [InlineData("id,purpose_alignment\na,-0.1\n", "people.csv", 2, "purpose_alignment = -0.1")]
    [InlineData("id,enthusiasm\na,high\n", "people.csv", 2, "'high' for person 'a' is not a number")]
    [InlineData("id,audience_size\na,99999999999999999999999\n", "people.csv", 2, "audience_size = '99999999999999999999999'")]
    [InlineData("id,audience_size\na,-3\n", "people.csv", 2, "audience_size = -3")]
    [InlineData("id,kind\na,robot\n", "people.csv", 2, "kind = 'robot'")]
    [InlineData("id\n\"a\nb\n", "people.csv", 2, "never closed")]
    [InlineData("id\na\"b\n", "people.csv", 2, "quote inside the unquoted field")]
    [InlineData("id\n\"a\"b\n", "people.csv", 2, "after the closing quote")]
    [InlineData("id,id\n", "people.csv", 1, "appears twice")]
    [InlineData("id,,x\n", "people.csv", 1, "has no name")]
    [InlineData("id\n\"\"\n", "people.csv", 2, "empty id")]
    public void People_errors_name_file_line_and_value(string people, string file, long line, string expected)
    {
        var ex = Fails(people, "source,target\n");
        Assert.Equal(file, ex.FilePath);
        Assert.Equal(line, ex.LineNumber);
        Assert.Contains(expected, ex.Message);
        Assert.StartsWith(line > 0 ? $"{file}:{line}: " : file, ex.Message);
    }

    [Theory]
    [InlineData("", 1, "empty")]
    [InlineData("source,kind\n", 1, "missing required column 'target'")]
    [InlineData("source,target\na,ghost\n", 2, "target = 'ghost' is not a person")]
    [InlineData("source,target\nnobody,a\n", 2, "source = 'nobody'")]
    [InlineData("source,target\na,b\n\nb,b\n", 4, "self-tie")]
    [InlineData("source,target,strength\na,b,0\n", 2, "strength = 0")]
    [InlineData("source,target,strength\na,b,-2\n", 2, "strength = -2")]
    [InlineData("source,target,strength\na,b,NaN\n", 2, "strength = NaN")]
    [InlineData("source,target,strength\na,b,Infinity\n", 2, "strength = Infinity")]
    [InlineData("source,target,strength\na,b,1e400\n", 2, "strength = 1e400")]
    [InlineData("source,target,strength\na,b,strong\n", 2, "'strong' is not a number")]
    [InlineData("source,target,directed\na,b,maybe\n", 2, "directed = 'maybe'")]
    [InlineData("source,target,weight\n", 1, "unknown column 'weight'")]
    [InlineData("source,target\na,b,c\n", 2, "3 fields")]
    public void Tie_errors_name_file_line_and_value(string ties, long line, string expected)
    {
        var ex = Fails("id\na\nb\n", ties);
        Assert.Equal("ties.csv", ex.FilePath);
        Assert.Equal(line, ex.LineNumber);
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void Line_numbers_count_line_breaks_inside_quotes()
    {
        var ex = Fails("id,note\na,\"one\r\ntwo\nthree\"\nb,x,y\n", "source,target\n");
        Assert.Equal(5, ex.LineNumber);
    }

    [Fact]
    public void Invalid_utf8_is_a_format_error()
    {
        var bytes = Encoding.UTF8.GetBytes("id\nab\n").ToList();
        bytes.Insert(4, 0xFF);
        var ex = Assert.Throws<GraphFormatException>(() =>
            PeopleTiesCsv.Read(new MemoryStream(bytes.ToArray()), new MemoryStream(Encoding.UTF8.GetBytes("source,target\n"))));
        Assert.Contains("UTF-8", ex.Message);
        Assert.True(ex.LineNumber >= 1);
    }

    [Fact]
    public void Files_round_trip_through_disk()
    {
        var net = Parse(People, Ties);
        string dir = Path.Combine(Path.GetTempPath(), "nvc-csv-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string p = Path.Combine(dir, "people.csv");
            string t = Path.Combine(dir, "ties.csv");
            PeopleTiesCsv.Save(net, p, t);
            Assert.StartsWith("id,kind,department,team,role,enthusiasm,purpose_alignment,audience_size,office\n", File.ReadAllText(p));
            var back = PeopleTiesCsv.Load(p, t);
            NetworkAssert.Equal(net, back);
            var ex = Assert.Throws<GraphFormatException>(() => PeopleTiesCsv.Load(p, Path.Combine(dir, "people.csv")));
            Assert.Equal(Path.Combine(dir, "people.csv"), ex.FilePath);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
