import type { Command } from 'commander';

/**
 * Registers every `waspada` sub-command. Each command lives in its own `*.command.ts` file and
 * loads its heavy modules lazily, so `waspada --help` stays fast.
 */
export function registerCommands(_program: Command): void {
  // Command files add themselves here, one line each.
}
