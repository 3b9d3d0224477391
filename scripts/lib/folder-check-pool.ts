import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CheckedFolder } from '../../lib/content/check-folder';
import type { CheckFolders } from '../../lib/content/content-store';
import type { ContentLocation } from '../../lib/content/content-location';

/**
 * Parsing Markdown and YAML is most of a first read (about 4 ms a story folder here, so minutes
 * for 100,000): a thread per core checks a share of each batch. Only scripts use it (the content
 * check before a build); a running server has a folder or two to read at a time.
 */
export function folderCheckPool(location: ContentLocation, size = availableParallelism()) {
  // A worker does not inherit the TypeScript loader this script runs under (Node 20 refuses
  // `--import tsx` in a worker's execArgv): it registers tsx itself, then loads the worker file.
  const entry = new URL('./folder-check-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  const workers = Array.from({ length: Math.max(1, size) }, () => new Worker(boot, { eval: true }));
  // Several batches may be out at once (the store checks one while it writes the last): each
  // request carries a number, and its answer is matched by it.
  const waiting = new Map<
    number,
    { resolve: (r: CheckedFolder[]) => void; reject: (e: unknown) => void }
  >();
  let requests = 0;
  for (const worker of workers) {
    worker.on('message', ({ request, folders }: { request: number; folders: CheckedFolder[] }) => {
      waiting.get(request)?.resolve(folders);
      waiting.delete(request);
    });
    worker.on('error', (error) => {
      for (const pending of waiting.values()) pending.reject(error);
      waiting.clear();
    });
  }
  const ask = (worker: Worker, ids: string[]) =>
    new Promise<CheckedFolder[]>((resolve, reject) => {
      const request = requests++;
      waiting.set(request, { resolve, reject });
      worker.postMessage({ request, location, ids });
    });
  const checkFolders: CheckFolders = async (ids) => {
    const share = Math.ceil(ids.length / workers.length);
    const parts = await Promise.all(
      workers.map((worker, i) => ask(worker, ids.slice(i * share, (i + 1) * share))),
    );
    return parts.flat();
  };
  return { checkFolders, close: () => Promise.all(workers.map((worker) => worker.terminate())) };
}
