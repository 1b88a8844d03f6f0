import type { Command } from 'commander';
import { CliError } from './cli-error.ts';
import { withDatabase } from './open-database.ts';

/** `waspada migrate` and `waspada seed-demo`. */
export function registerDatabaseCommands(program: Command): void {
  program
    .command('migrate')
    .description('jalankan migrasi basis data yang tertunda / apply pending database migrations')
    .option('--data <dir>', 'direktori data tertanam / embedded data directory (default ./data)')
    .action(async (options: { data?: string }) => {
      const { migrateToLatest } = await import('../server/db/migrate.ts');
      await withDatabase(
        options,
        'migrate',
        async (deps) => {
          const applied = await migrateToLatest(deps.database);
          process.stdout.write(
            applied.length === 0
              ? 'database is up to date\n'
              : `applied ${applied.length} migration(s): ${applied.join(', ')}\n`,
          );
        },
        false,
      );
    });

  program
    .command('seed-demo')
    .description(
      'muat organisasi, pengguna dan perjanjian demo (menolak basis data yang tidak kosong) / load the demo organisation, users and agreements (refuses a non-empty database)',
    )
    .option('--data <dir>', 'direktori data tertanam / embedded data directory (default ./data)')
    .action(async (options: { data?: string }) => {
      const { seedDemo } = await import('../server/demo/seed-demo.ts');
      const { formatDemoSignIns } = await import('./demo-sign-ins.ts');
      await withDatabase(options, 'seed-demo', async (deps) => {
        const signIns = await seedDemo(deps);
        if (signIns.length === 0) throw new CliError('no demo data was loaded', 1);
        process.stdout.write(formatDemoSignIns(signIns));
      });
    });
}
