import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands.ts';
import { CliError } from './cli-error.ts';

const program = new Command();
program
  .name('waspada')
  .description('Waspada: TPPO prevention platform for Indonesian immigration offices')
  .showHelpAfterError()
  .exitOverride();

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof CliError) {
    process.stderr.write(`waspada: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    process.stderr.write(
      `waspada: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}
