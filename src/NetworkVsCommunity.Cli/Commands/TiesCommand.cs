using System.CommandLine;
using System.Globalization;
using NetworkVsCommunity.IO;

namespace NetworkVsCommunity.Cli.Commands;

/// <summary><c>nvc ties --interactions log.csv --people people.csv --out ties.csv</c>: ties from an interaction log.</summary>
internal static class TiesCommand
{
    public static Command Create(CliContext context)
    {
        var interactions = new Option<string>("--interactions") { Description = "The interaction log (CSV: sender, recipients separated by ';', time in ISO 8601 with offset, optional channel).", Required = true };
        var people = new Option<string>("--people") { Description = "The people.csv whose ids the log uses.", Required = true };
        var output = new Option<string>("--out") { Description = "The ties.csv to write.", Required = true };
        var halfLife = new Option<double>("--half-life-days") { Description = "Recency half-life in days (> 0; default 90): a message this old counts half.", DefaultValueFactory = _ => 90.0 };
        var noDecay = new Option<bool>("--no-decay") { Description = "Count messages without recency decay (strength = message count)." };
        var reference = new Option<string?>("--reference-time") { Description = "Measure ages from this ISO 8601 time (default: the latest message kept); later messages are dropped." };
        var maxRecipients = new Option<int>("--max-recipients") { Description = "Drop messages to more distinct recipients than this as mass mailings (default 20).", DefaultValueFactory = _ => InteractionTieOptions.Default.MaxRecipients };
        var minMessages = new Option<int>("--min-messages") { Description = "Drop pairs with fewer messages, both ways together (default 1).", DefaultValueFactory = _ => 1 };
        var unknown = new Option<string>("--unknown") { Description = "skip (default) or error: what to do with ids not in people.csv.", DefaultValueFactory = _ => "skip" };
        unknown.AcceptOnlyFromAmong("skip", "error");
        var channel = new Option<string[]>("--channel") { Description = "Keep only this channel (repeatable; default all).", AllowMultipleArgumentsPerToken = false };
        var kind = new Option<string>("--kind") { Description = "The tie kind written (default colleague).", DefaultValueFactory = _ => "colleague" };
        var assumeOffset = new Option<string?>("--assume-offset") { Description = "The UTC offset of log times written without one, e.g. +00:00 (default: such a time is an error)." };
        var json = new Option<bool>("--json") { Description = "Print a JSON summary (ties, mutual, one-way and every count of dropped messages)." };
        var command = new Command("ties", "Derive ties from an interaction log: strength from frequency and recency, mutual or one-way from reciprocity.")
        {
            interactions, people, output, halfLife, noDecay, reference, maxRecipients, minMessages, unknown, channel, kind, assumeOffset, json,
        };
        command.SetAction(parse =>
        {
            TimeSpan? offset = null;
            string? offsetText = parse.GetValue(assumeOffset);
            if (offsetText is not null)
            {
                string t = offsetText.StartsWith('+') ? offsetText[1..] : offsetText;
                if (!TimeSpan.TryParseExact(t.TrimStart('-'), @"hh\:mm", CultureInfo.InvariantCulture, out TimeSpan o))
                {
                    throw new CliUsageException($"--assume-offset {offsetText} is not an offset; allowed: +hh:mm or -hh:mm, e.g. +00:00.");
                }
                offset = t.StartsWith('-') ? -o : o;
            }
            DateTimeOffset? referenceTime = null;
            string? referenceText = parse.GetValue(reference);
            if (referenceText is not null)
            {
                if (!InteractionLogCsv.TryParseTime(referenceText, offset, out DateTimeOffset r))
                {
                    throw new CliUsageException($"--reference-time {referenceText} is not an ISO 8601 time with an offset, e.g. 2026-03-01T00:00:00Z.");
                }
                referenceTime = r;
            }
            double days = parse.GetValue(halfLife);
            if (!(days > 0) || !double.IsFinite(days) || days > 1e6)
            {
                throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"--half-life-days {days} is out of range; allowed: a number of days greater than 0 and at most 1e6 (or --no-decay)."));
            }
            string kindName = parse.GetValue(kind)!;
            if (kindName.Length == 0)
            {
                throw new CliUsageException("--kind is empty; allowed: a tie kind such as colleague.");
            }
            var options = new InteractionTieOptions
            {
                HalfLife = parse.GetValue(noDecay) ? null : TimeSpan.FromDays(days),
                ReferenceTime = referenceTime,
                MaxRecipients = parse.GetValue(maxRecipients),
                MinimumMessages = parse.GetValue(minMessages),
                UnknownPeople = parse.GetValue(unknown) == "error" ? UnknownPersonPolicy.Error : UnknownPersonPolicy.Skip,
                Channels = [.. parse.GetValue(channel) ?? []],
                Kind = new TieKind(kindName),
            };
            string outPath = parse.GetValue(output)!;
            EmployeeNetworkBuilder builder = PeopleTiesCsv.LoadPeople(parse.GetValue(people)!);
            InteractionTieResult result = builder.AddInteractions(InteractionLogCsv.Load(parse.GetValue(interactions)!, offset), options);
            PeopleTiesCsv.SaveTies(builder.Build(), outPath);
            if (parse.GetValue(json))
            {
                context.WriteJson(new Dictionary<string, object?>
                {
                    ["output"] = outPath,
                    ["people"] = builder.PersonCount,
                    ["ties"] = result.Ties.Length,
                    ["mutual"] = result.MutualTieCount,
                    ["one_way"] = result.OneWayTieCount,
                    ["half_life_days"] = options.HalfLife?.TotalDays,
                    ["reference_time"] = result.ReferenceTime?.ToString("O", CultureInfo.InvariantCulture),
                    ["messages_read"] = result.MessagesRead,
                    ["messages_used"] = result.MessagesUsed,
                    ["unknown_sender_messages"] = result.UnknownSenderMessages,
                    ["unknown_recipient_entries"] = result.UnknownRecipientEntries,
                    ["messages_without_known_recipient"] = result.MessagesWithoutKnownRecipient,
                    ["mass_mailings"] = result.MassMailings,
                    ["self_messages"] = result.SelfMessages,
                    ["self_addressed_entries"] = result.SelfAddressedEntries,
                    ["duplicate_recipient_entries"] = result.DuplicateRecipientEntries,
                    ["other_channel_messages"] = result.OtherChannelMessages,
                    ["messages_after_reference"] = result.MessagesAfterReference,
                    ["pairs_below_minimum"] = result.PairsBelowMinimum,
                });
            }
            else
            {
                var o = context.Output;
                o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"wrote {outPath}: {result.Ties.Length} ties ({result.MutualTieCount} mutual, {result.OneWayTieCount} one-way) among {builder.PersonCount} people"));
                o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"messages: {result.MessagesRead} read, {result.MessagesUsed} used; reference time {result.ReferenceTime?.ToString("O", CultureInfo.InvariantCulture) ?? "none"}, half-life {(options.HalfLife is TimeSpan h ? h.TotalDays.ToString("G", CultureInfo.InvariantCulture) + " days" : "none")}"));
                o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"dropped: {result.UnknownSenderMessages} unknown senders, {result.MessagesWithoutKnownRecipient} without a known recipient, {result.MassMailings} mass mailings (> {options.MaxRecipients} recipients), {result.SelfMessages} notes to self, {result.OtherChannelMessages} other channels, {result.MessagesAfterReference} after the reference time"));
                o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"entries skipped: {result.UnknownRecipientEntries} unknown recipients, {result.SelfAddressedEntries} sender among recipients, {result.DuplicateRecipientEntries} repeated; pairs below --min-messages: {result.PairsBelowMinimum}"));
            }
            return CliApp.Success;
        });
        return command;
    }
}
