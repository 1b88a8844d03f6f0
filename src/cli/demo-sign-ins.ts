import type { DemoSignIn } from '../server/demo/seed-demo.ts';

/** The demo sign-ins as a table a newcomer can use straight away. */
export function formatDemoSignIns(signIns: DemoSignIn[]): string {
  const rows = signIns.map((s) => [s.username, s.password, s.role, s.office, s.totpSecret ?? '']);
  const header = ['username', 'password', 'role', 'office', 'TOTP secret'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const out = [
    'Demo sign-ins (demo data only; change them before real use):',
    line(header),
    ...rows.map(line),
  ];
  if (signIns.some((s) => s.totpSecret)) {
    out.push(
      'Accounts with a TOTP secret need a code at sign-in: add the secret to an authenticator app,',
      'or print the current code with: npx waspada totp code <secret>',
    );
  }
  return `${out.join('\n')}\n`;
}
