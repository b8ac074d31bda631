// Writes a set of files into a folder so that a crash leaves each file whole: every file goes to
// a temporary file beside it, is flushed to disk (fsync), and only when all are written are they
// renamed into place, in the order given. A failure before the renames removes the temporary
// files and leaves the folder exactly as it was.
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export interface PlannedFile {
  /** Relative to the folder, with forward slashes. */
  file: string;
  content: string;
}

/** Called between the steps; a test throws from one to simulate a crash at that point. */
export interface WriteHooks {
  afterTempWrite?: (file: string) => void;
  beforeRename?: (file: string) => void;
}

/** Files are renamed in the order given: put last the one that makes the others part of the data. */
export function writeFilesAtomically(dir: string, files: readonly PlannedFile[], hooks: WriteHooks = {}): void {
  const temps: { file: string; temp: string }[] = [];
  try {
    for (const { file, content } of files) {
      const target = path.join(dir, file);
      mkdirSync(path.dirname(target), { recursive: true });
      // Not the file's own extension: a reader of *.yaml or *.txt never picks a temporary file up.
      const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      temps.push({ file, temp });
      writeDurably(temp, content);
      hooks.afterTempWrite?.(file);
    }
    while (temps.length > 0) {
      const next = temps[0]!;
      hooks.beforeRename?.(next.file);
      renameSync(next.temp, path.join(dir, next.file));
      temps.shift();
    }
  } finally {
    for (const { temp } of temps) rmSync(temp, { force: true });
  }
  for (const folder of new Set(files.map(({ file }) => path.dirname(path.join(dir, file))))) syncFolder(folder);
}

function writeDurably(file: string, content: string): void {
  const fd = openSync(file, 'wx');
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes the renames themselves durable. */
function syncFolder(folder: string): void {
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
