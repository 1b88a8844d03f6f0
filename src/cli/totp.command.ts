import type { Command } from 'commander';
import { CliError } from './cli-error.ts';

const BASE32 = /^[A-Z2-7]+=*$/;

/** The current code of a TOTP secret, for signing in to demo accounts without a phone. */
export async function runTotpCode(secret: string, now: Date = new Date()): Promise<string> {
  const normalised = secret.replace(/\s+/g, '').toUpperCase();
  // 128 bits is the least the TOTP library accepts: 26 base32 characters.
  if (normalised.replace(/=+$/, '').length < 26 || !BASE32.test(normalised)) {
    throw new CliError(
      'the secret must be base32 (letters A-Z and digits 2-7) of at least 26 characters (128 bits)',
      2,
    );
  }
  const { currentTotpCode } = await import('../server/modules/auth/totp.ts');
  return `${currentTotpCode(normalised, now)}\n`;
}

/** `waspada totp code <secret>`: prints the current 6-digit code; needs no database. */
export function registerTotpCommand(program: Command): void {
  const totp = program
    .command('totp')
    .description('kode sekali pakai berbasis waktu / time-based one-time codes (TOTP)');
  totp
    .command('code')
    .description(
      'cetak kode 6 digit saat ini dari rahasia base32 / print the current 6-digit code of a base32 secret',
    )
    .argument(
      '<secret>',
      'rahasia base32 dari pendaftaran atau akun demo / the base32 secret shown at enrolment or in the demo sign-ins',
    )
    .action(async (secret: string) => {
      process.stdout.write(await runTotpCode(secret));
    });
}
