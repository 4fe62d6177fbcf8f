using System.CommandLine;
using NetworkVsCommunity.Cli;

return CliApp.Run(args, Console.Out, Console.Error);
