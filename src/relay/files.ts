/**
 * Where uploaded files are kept. The interface is small so object storage can stand in for the disk; the disk store
 * is the default: a file is written to a temporary path, fsynced (by the parser), renamed into place and its folder
 * fsynced, all before the application's transaction commits.
 */
import { openAsBlob } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export interface FileStore {
  /** Moves a complete, fsynced temporary file under `key` durably. */
  put(tmpPath: string, key: string): Promise<void>;
  /** The file as a Blob (read lazily from its store). */
  blob(key: string, type?: string): Promise<Blob>;
  /** Deletes every file of an application. */
  removeApplication(applicationId: string): Promise<void>;
  /** Frees what `blob` took for one use (a local copy of a remote object); stores that read in place have none. */
  release?(blob: Blob): Promise<void>;
  /** Deletes local copies older than this (a download from the admin view whose end was not seen). */
  sweepCopies?(olderThanMs?: number): Promise<void>;
  close?(): void;
}

async function fsyncDir(dir: string) {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const safeKey = (key: string) => {
  if (!/^[\w-]+\/[\w.-]+$/.test(key) || key.includes('..')) throw new Error(`unsafe file key ${key}`);
  return key;
};

export function diskFiles(root: string): FileStore {
  return {
    async put(tmpPath, key) {
      const target = path.join(root, safeKey(key));
      await mkdir(path.dirname(target), { recursive: true });
      await rename(tmpPath, target);
      await fsyncDir(path.dirname(target));
    },
    async blob(key, type) {
      return openAsBlob(path.join(root, safeKey(key)), { type });
    },
    async removeApplication(id) {
      if (!/^[\w-]+$/.test(id)) return;
      await rm(path.join(root, id), { recursive: true, force: true });
    },
  };
}
