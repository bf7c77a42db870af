import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export interface DirectoryLock {
  release(): void;
}

export class DataDirectoryLockedError extends Error {
  constructor(directory: string, pid: number) {
    super(
      `The data directory ${directory} is in use by another Raadhus process (pid ${pid}). Stop it first, or set DATA_DIR to another folder.`,
    );
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is a single-process database: two processes on one directory would corrupt it.
 * A lock file holding the owner's pid refuses the second process; a lock left by a crashed one is taken over.
 */
export function acquireDataDirectoryLock(directory: string): DirectoryLock {
  mkdirSync(directory, { recursive: true });
  const path = join(directory, 'raadhus.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { release: () => existsSync(path) && Number(readFileSync(path, 'utf8')) === process.pid && rmSync(path) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(path, 'utf8'));
      if (owner && owner !== process.pid && isRunning(owner)) throw new DataDirectoryLockedError(directory, owner);
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not lock the data directory ${directory}`);
}
