import type { Command } from 'commander';
import { registerServeCommand } from './serve.command.ts';
import { registerDatabaseCommands } from './db.command.ts';
import { registerAuditCommand } from './audit.command.ts';
import { registerUserCommand } from './user.command.ts';
import { registerTotpCommand } from './totp.command.ts';
import { registerNewsCommand } from './news.command.ts';
import { registerMatchCommand } from './match.command.ts';
import { registerRegionsCommand } from './regions.command.ts';
import { registerWatchlistCommand } from './watchlist.command.ts';

/**
 * Registers every `waspada` sub-command. Each command lives in its own `*.command.ts` file and
 * loads its heavy modules lazily, so `waspada --help` stays fast.
 */
export function registerCommands(program: Command): void {
  registerServeCommand(program);
  registerDatabaseCommands(program);
  registerAuditCommand(program);
  registerUserCommand(program);
  registerTotpCommand(program);
  registerNewsCommand(program);
  registerMatchCommand(program);
  registerRegionsCommand(program);
  registerWatchlistCommand(program);
}
