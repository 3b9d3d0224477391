import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface CachedFileRequest {
  /** Where the made file is kept. */
  file: string;
  /**
   * The modification time of what it is made from: the kept file carries the same time, so a
   * source replaced by another (older or newer) is made again.
   */
  sourceTime: number;
  make: () => Promise<Buffer>;
}

const KEY = Symbol.for('alriwaq.cached-file.in-flight');
// On globalThis: each route is bundled apart, and a card and a /_img request may want the same
// crop at once.
const holder = globalThis as { [KEY]?: Map<string, Promise<Buffer>> };
const inFlight = (holder[KEY] ??= new Map());

/** File times round-trip through seconds: a millisecond apart is the same time. */
const sameTime = (a: number, b: number) => Math.abs(a - b) < 1;

async function keptCopy(file: string, sourceTime: number): Promise<Buffer | null> {
  try {
    if (!sameTime((await stat(file)).mtimeMs, sourceTime)) return null;
    return await readFile(file);
  } catch {
    return null;
  }
}

/** Writes beside the file and renames it into place, so no reader ever sees half a file. */
async function writeAtomically(file: string, data: Buffer, time: number) {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}-${randomUUID()}.tmp`;
  try {
    await writeFile(temp, data);
    await utimes(temp, new Date(), new Date(time));
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function readOrMake({ file, sourceTime, make }: CachedFileRequest): Promise<Buffer> {
  const kept = await keptCopy(file, sourceTime);
  if (kept) return kept;
  const data = await make();
  try {
    await writeAtomically(file, data, sourceTime);
  } catch (error) {
    // A full or read-only disk costs the next request another render, not this one its answer.
    console.error(`Could not keep ${file}:`, error);
  }
  return data;
}

/**
 * The kept copy of a made file when it is as new as its source, else made, kept and returned.
 * Requests for the same file while it is being made share that one making.
 */
export function cachedFile(request: CachedFileRequest): Promise<Buffer> {
  const pending = inFlight.get(request.file);
  if (pending) return pending;
  const job = readOrMake(request).finally(() => inFlight.delete(request.file));
  inFlight.set(request.file, job);
  return job;
}
