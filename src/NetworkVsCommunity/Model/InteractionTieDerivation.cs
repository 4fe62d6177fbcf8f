using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity;

/// <summary>The one pass from an interaction log to pair accumulators and ties; see <see cref="InteractionTieOptions"/>.</summary>
internal static class InteractionTieDerivation
{
    private struct Direction
    {
        public double Sum;     // Σ 2^(−(Anchor − t)/h) over the direction's messages (or their count without decay)
        public long Anchor;    // UTC ticks of the latest message of the direction
        public int Count;
    }

    private struct Pair
    {
        public Direction LowToHigh;  // messages from the person with the smaller builder index to the larger
        public Direction HighToLow;
    }

    public static InteractionTieResult Derive(IEnumerable<Interaction> log, InteractionTieOptions options, Dictionary<string, int> index, IReadOnlyList<Person> people)
    {
        double halfLifeTicks = options.HalfLife is TimeSpan h ? h.Ticks : double.PositiveInfinity;
        bool decay = options.HalfLife is not null;
        long? reference = options.ReferenceTime?.UtcTicks;
        HashSet<string>? channels = options.Channels.Length == 0 ? null : new HashSet<string>(options.Channels, StringComparer.Ordinal);
        bool strict = options.UnknownPeople == UnknownPersonPolicy.Error;
        var pairs = new Dictionary<long, Pair>(PairKeyComparer.Instance);
        var stamp = new long[people.Count];
        var known = new List<int>();
        HashSet<string>? unknownSeen = null;
        long read = 0, used = 0, unknownSender = 0, unknownRecipient = 0, mass = 0, self = 0, selfEntries = 0, duplicates = 0;
        long otherChannel = 0, afterReference = 0, noKnownRecipient = 0;
        long latest = long.MinValue;
        foreach (Interaction message in log)
        {
            read++;
            if (channels is not null && !channels.Contains(message.Channel ?? string.Empty))
            {
                otherChannel++;
                continue;
            }
            long ticks = message.Time.UtcTicks;
            if (reference is long r && ticks > r)
            {
                afterReference++;
                continue;
            }
            string sender = message.Sender.Value;
            if (!index.TryGetValue(sender, out int s))
            {
                if (strict)
                {
                    ThrowHelper.Argument(nameof(log), string.Create(CultureInfo.InvariantCulture,
                        $"Message {read} (sent {message.Time:O}) has an unknown sender '{sender}'; add the person first, or use UnknownPersonPolicy.Skip."));
                }
                unknownSender++;
                continue;
            }
            ImmutableArray<EmployeeId> recipients = message.Recipients.IsDefault ? [] : message.Recipients;
            known.Clear();
            unknownSeen?.Clear();
            int distinct = 0, unknownHere = 0, selfHere = 0;
            foreach (EmployeeId recipient in recipients)
            {
                string id = recipient.Value;
                if (index.TryGetValue(id, out int p))
                {
                    if (p == s)
                    {
                        selfHere++;
                    }
                    else if (stamp[p] == read)
                    {
                        duplicates++;
                    }
                    else
                    {
                        stamp[p] = read;
                        known.Add(p);
                        distinct++;
                    }
                }
                else
                {
                    unknownSeen ??= new HashSet<string>(StringComparer.Ordinal);
                    if (unknownSeen.Add(id))
                    {
                        if (strict)
                        {
                            ThrowHelper.Argument(nameof(log), string.Create(CultureInfo.InvariantCulture,
                                $"Message {read} (sent {message.Time:O}, from '{sender}') has an unknown recipient '{id}'; add the person first, or use UnknownPersonPolicy.Skip."));
                        }
                        unknownHere++;
                        distinct++;
                    }
                    else
                    {
                        duplicates++;
                    }
                }
            }
            if (distinct == 0)
            {
                if (selfHere > 0)
                {
                    self++;
                }
                else
                {
                    noKnownRecipient++;
                }
                continue;
            }
            if (distinct > options.MaxRecipients)
            {
                mass++;
                continue;
            }
            selfEntries += selfHere;
            unknownRecipient += unknownHere;
            if (known.Count == 0)
            {
                noKnownRecipient++;
                continue;
            }
            used++;
            if (ticks > latest)
            {
                latest = ticks;
            }
            foreach (int p in known)
            {
                bool lowToHigh = s < p;
                long key = lowToHigh ? ((long)s << 32) | (uint)p : ((long)p << 32) | (uint)s;
                ref Pair pair = ref CollectionsMarshal.GetValueRefOrAddDefault(pairs, key, out _);
                Add(ref lowToHigh ? ref pair.LowToHigh : ref pair.HighToLow, ticks, decay, halfLifeTicks);
            }
        }

        long referenceTicks = reference ?? latest;
        var ties = new List<InteractionTie>(pairs.Count);
        long belowMinimum = 0;
        foreach (var (key, pair) in pairs)
        {
            int low = (int)(key >> 32);
            int high = (int)(uint)key;
            if (pair.LowToHigh.Count + (long)pair.HighToLow.Count < options.MinimumMessages)
            {
                belowMinimum++;
                continue;
            }
            double lowToHigh = Decayed(pair.LowToHigh, referenceTicks, decay, halfLifeTicks);
            double highToLow = Decayed(pair.HighToLow, referenceTicks, decay, halfLifeTicks);
            double strength = lowToHigh + highToLow;
            if (!(strength > 0))
            {
                belowMinimum++; // every message over ~1,000 half-lives old: the strength underflowed to 0
                continue;
            }
            long last = Math.Max(pair.LowToHigh.Count > 0 ? pair.LowToHigh.Anchor : long.MinValue, pair.HighToLow.Count > 0 ? pair.HighToLow.Anchor : long.MinValue);
            var lastTime = new DateTimeOffset(last, TimeSpan.Zero);
            EmployeeId lowId = people[low].Id;
            EmployeeId highId = people[high].Id;
            if (pair.LowToHigh.Count > 0 && pair.HighToLow.Count > 0)
            {
                bool lowFirst = string.CompareOrdinal(lowId.Value, highId.Value) < 0;
                ties.Add(lowFirst
                    ? new InteractionTie(lowId, highId, strength, false, pair.HighToLow.Count, pair.LowToHigh.Count, lastTime)
                    : new InteractionTie(highId, lowId, strength, false, pair.LowToHigh.Count, pair.HighToLow.Count, lastTime));
            }
            else if (pair.LowToHigh.Count > 0)
            {
                // low wrote to high: high attends to low (source = the person written to).
                ties.Add(new InteractionTie(highId, lowId, strength, true, pair.LowToHigh.Count, 0, lastTime));
            }
            else
            {
                ties.Add(new InteractionTie(lowId, highId, strength, true, pair.HighToLow.Count, 0, lastTime));
            }
        }
        ties.Sort(static (x, y) =>
        {
            int c = string.CompareOrdinal(x.Source.Value, y.Source.Value);
            return c != 0 ? c : string.CompareOrdinal(x.Target.Value, y.Target.Value);
        });
        return new InteractionTieResult
        {
            Options = options,
            ReferenceTime = used > 0 || reference is not null ? new DateTimeOffset(referenceTicks, TimeSpan.Zero) : null,
            Ties = [.. ties],
            MessagesRead = read,
            MessagesUsed = used,
            UnknownSenderMessages = unknownSender,
            UnknownRecipientEntries = unknownRecipient,
            MassMailings = mass,
            SelfMessages = self,
            SelfAddressedEntries = selfEntries,
            DuplicateRecipientEntries = duplicates,
            OtherChannelMessages = otherChannel,
            MessagesAfterReference = afterReference,
            MessagesWithoutKnownRecipient = noKnownRecipient,
            PairsBelowMinimum = belowMinimum,
        };
    }

    /// <summary>Fibonacci hashing of the pair key. long.GetHashCode is low ^ high, which maps the pairs of a team with
    /// consecutive indices (i ^ j &lt; 16) to a handful of buckets: 100,000 messages took a minute before this.</summary>
    private sealed class PairKeyComparer : IEqualityComparer<long>
    {
        public static readonly PairKeyComparer Instance = new();

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long obj) => (int)(((ulong)obj * 0x9E3779B97F4A7C15UL) >> 32);
    }

    private static void Add(ref Direction d, long ticks, bool decay, double halfLifeTicks)
    {
        if (d.Count == 0)
        {
            d.Sum = 1;
            d.Anchor = ticks;
        }
        else if (!decay)
        {
            d.Sum += 1;
            d.Anchor = Math.Max(d.Anchor, ticks);
        }
        else if (ticks <= d.Anchor)
        {
            d.Sum += Math.Pow(2, -(d.Anchor - ticks) / halfLifeTicks);
        }
        else
        {
            d.Sum = d.Sum * Math.Pow(2, -(ticks - d.Anchor) / halfLifeTicks) + 1;
            d.Anchor = ticks;
        }
        d.Count++;
    }

    private static double Decayed(in Direction d, long referenceTicks, bool decay, double halfLifeTicks) =>
        d.Count == 0 ? 0 : decay ? d.Sum * Math.Pow(2, -(referenceTicks - d.Anchor) / halfLifeTicks) : d.Sum;
}
