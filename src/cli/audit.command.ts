import type { Command } from 'commander';
import { withDatabase } from './open-database.ts';

/** `waspada audit verify`: walks the hash chain and names the first broken row. */
export function registerAuditCommand(program: Command): void {
  const audit = program
    .command('audit')
    .description('log audit yang tahan ubah / the tamper-evident audit log');
  audit
    .command('verify')
    .description(
      'periksa seluruh rantai hash; keluar dengan kode 1 dan menyebut baris rusak pertama / verify the whole hash chain; exits 1 naming the first broken row',
    )
    .option('--data <dir>', 'direktori data tertanam / embedded data directory (default ./data)')
    .option('--json', 'cetak hasilnya sebagai JSON / print the verdict as JSON')
    .action(async (options: { data?: string; json?: boolean }) => {
      const { verifyAuditChain } = await import('../server/modules/audit/audit.service.ts');
      const verdict = await withDatabase(options, 'audit verify', (deps) =>
        verifyAuditChain(deps.database.db),
      );
      if (options.json) {
        process.stdout.write(`${JSON.stringify(verdict)}\n`);
      } else if (verdict.ok) {
        process.stdout.write(
          `audit chain intact: ${verdict.rows} rows, head ${verdict.lastHash}\n`,
        );
      } else {
        process.stderr.write(
          `audit chain BROKEN at row ${verdict.brokenSeq}: ${verdict.problem} ` +
            `(${verdict.rows} rows verified before it)\n`,
        );
      }
      if (!verdict.ok) process.exitCode = 1;
    });
}
