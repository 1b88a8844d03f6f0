import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Who holds an embedded data directory. */
export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  startedAt: string;
  /** Kernel start time of the process (Linux), so a recycled pid is not mistaken for the holder. */
  procStart: string | null;
}

/** Raised when another live process holds the data directory. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `the data directory ${dataDir} is in use by process ${holder.pid} on ${holder.host} ` +
        `("${holder.command}", since ${holder.startedAt}); stop it first or use --data DIR`,
    );
    this.name = 'DataDirLockedError';
  }
}

function readProcStart(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime) comes after the command name, which may contain spaces: split after ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function procState(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] ?? null;
  } catch {
    return null;
  }
}

function isAlive(holder: LockHolder): boolean {
  if (holder.host !== os.hostname()) return true; // cannot check another machine: assume alive
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  if (procState(holder.pid) === 'Z') return false; // exited, not yet reaped
  if (holder.procStart === null) return true;
  return readProcStart(holder.pid) === holder.procStart;
}

/** Holds the exclusive lock on one data directory until released. */
export interface DataDirLock {
  readonly path: string;
  release(): void;
}

/**
 * Takes the exclusive lock on an embedded data directory. PGlite has no lock between processes
 * and two writers silently lose rows, so a second process must fail here. A lock left by a
 * crashed process (its pid gone or recycled) is taken over.
 */
export function lockDataDir(dataDir: string, command: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'waspada.lock');
  const me: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    command,
    startedAt: new Date().toISOString(),
    procStart: readProcStart(process.pid),
  };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const fd = fs.openSync(lockPath, 'wx', 0o644);
      fs.writeFileSync(fd, JSON.stringify(me));
      fs.closeSync(fd);
      let released = false;
      const release = (): void => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          const current = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockHolder;
          if (current.pid === me.pid) fs.unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.on('exit', release);
      return { path: lockPath, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder: LockHolder;
    try {
      holder = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockHolder;
    } catch {
      // Half-written or vanished: the writer died between open and write, or released just now.
      holder = { pid: 0, host: os.hostname(), command: '?', startedAt: '?', procStart: null };
    }
    if (holder.pid !== 0 && isAlive(holder)) throw new DataDirLockedError(dataDir, holder);
    // Stale: move it aside atomically so that only one contender removes it.
    const aside = `${lockPath}.stale-${process.pid}-${attempt}`;
    try {
      fs.renameSync(lockPath, aside);
      fs.unlinkSync(aside);
    } catch {
      // Another process moved it first; try again.
    }
  }
  throw new Error(`could not take the lock on ${dataDir}`);
}
