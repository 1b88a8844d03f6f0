import { describe, expect, it } from 'vitest';
import type { Database } from '../../db/connection.ts';
import { SCREENING_WRITES_AT_ONCE, withScreeningWriteGate } from './screening-write-gate.ts';

function fakeDatabase(): Database {
  return {} as Database;
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));

describe('the screening write gate', () => {
  it('never runs more than the allowed writes at once and runs every one', async () => {
    const database = fakeDatabase();
    let running = 0;
    let most = 0;
    const done = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        withScreeningWriteGate(database, async () => {
          running += 1;
          most = Math.max(most, running);
          await tick();
          running -= 1;
          return i;
        }),
      ),
    );
    expect(done).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(most).toBe(SCREENING_WRITES_AT_ONCE);
  });

  it('frees the slot of a failed write for the next one', async () => {
    const database = fakeDatabase();
    const failures = Array.from({ length: SCREENING_WRITES_AT_ONCE }, () =>
      withScreeningWriteGate(database, async () => {
        await tick();
        throw new Error('rolled back');
      }),
    );
    const after = withScreeningWriteGate(database, () => Promise.resolve('written'));
    for (const failure of failures) await expect(failure).rejects.toThrow('rolled back');
    await expect(after).resolves.toBe('written');
  });

  it('keeps separate databases apart', async () => {
    const first = fakeDatabase();
    const second = fakeDatabase();
    const releases: (() => void)[] = [];
    const blockers = Array.from({ length: SCREENING_WRITES_AT_ONCE }, () =>
      withScreeningWriteGate(first, () => new Promise<void>((resolve) => releases.push(resolve))),
    );
    await expect(withScreeningWriteGate(second, () => Promise.resolve(1))).resolves.toBe(1);
    for (const release of releases) release();
    await Promise.all(blockers);
  });
});
