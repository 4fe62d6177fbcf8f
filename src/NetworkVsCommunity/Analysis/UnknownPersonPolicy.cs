namespace NetworkVsCommunity;

/// <summary>What <see cref="ShareLog"/> does with a row naming a person who is not in the network.</summary>
public enum UnknownPersonPolicy
{
    /// <summary>Stop with a <see cref="GraphFormatException"/> naming the file, line and id (default).</summary>
    Error = 0,

    /// <summary>Skip the row and count it in <see cref="ShareLog.UnknownRowsSkipped"/>.</summary>
    Skip = 1,
}
