import type { Command } from 'commander';
import { CliError } from './cli-error.ts';

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new CliError(`--port must be a whole number from 0 to 65535, not "${value}"`, 2);
  }
  return port;
}

/** `waspada serve`: the API, the web app and the jobs in one process. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description(
      'jalankan aplikasi web dan API / start the web app and API (embedded database in --data unless DATABASE_URL is set)',
    )
    .option(
      '--data <dir>',
      'direktori data tertanam / embedded data directory (default ./data, or WASPADA_DATA)',
    )
    .option(
      '--port <port>',
      'port yang didengarkan / port to listen on (default 8080, or PORT)',
      parsePort,
    )
    .option(
      '--host <host>',
      'alamat yang didengarkan / address to listen on (default 127.0.0.1, or HOST)',
    )
    .option(
      '--no-demo',
      'jangan muat data demo ke direktori baru / do not load demo data into a fresh embedded directory',
    )
    .option('--log', 'catat permintaan sebagai baris JSON / log requests as JSON lines')
    .action(
      async (options: {
        data?: string;
        port?: number;
        host?: string;
        demo: boolean;
        log?: boolean;
      }) => {
        const { startServer, readStoredDemoSignIns } = await import('../server/start.ts');
        const { DataDirLockedError } = await import('../server/db/data-dir-lock.ts');
        let server;
        try {
          server = await startServer({
            dataDir: options.data,
            port: options.port,
            host: options.host,
            demo: options.demo,
            logger: options.log ?? false,
          });
        } catch (error) {
          if (error instanceof DataDirLockedError) throw new CliError(error.message, 3);
          throw error;
        }
        const target = server.deps.config.database;
        const signIns =
          target.kind === 'embedded' ? readStoredDemoSignIns(target.dataDir) : server.demoSignIns;
        if (signIns.length > 0) {
          const { formatDemoSignIns } = await import('./demo-sign-ins.ts');
          process.stdout.write(formatDemoSignIns(signIns));
        }
        process.stdout.write(`listening on ${server.url}\n`);
        const running = server;
        let stopping = false;
        const stop = (): void => {
          if (stopping) return;
          stopping = true;
          running.close().then(
            () => process.exit(0),
            (error: unknown) => {
              process.stderr.write(`waspada: error while stopping: ${String(error)}\n`);
              process.exit(1);
            },
          );
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      },
    );
}
