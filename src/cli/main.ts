import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands.ts';
import { CliError } from './cli-error.ts';
import { AppError } from '../domain/errors.ts';
import { APP_VERSION } from '../server/version.ts';

const program = new Command();
program
  .name('waspada')
  .description(
    'Waspada: platform pencegahan TPPO untuk kantor imigrasi / TPPO prevention platform for Indonesian immigration offices',
  )
  .version(APP_VERSION, '-V, --version', 'cetak versi / print the version')
  .helpOption('-h, --help', 'tampilkan bantuan / display help')
  .helpCommand('help [command]', 'tampilkan bantuan perintah / display help for a command')
  .showHelpAfterError()
  .exitOverride();

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof AppError) {
    // A service refused (validation, conflict, not found): its message is for the user.
    const fields = (error.details.issues ?? []).map(
      (i) => `${i.path}: ${i.messageEn ?? i.message}`,
    );
    const message = error.details.messageEn ?? error.message;
    process.stderr.write(`waspada: ${[message, ...fields].join('\n  ')}\n`);
    process.exitCode = error.code === 'validation' ? 2 : 1;
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
