/** One thread of the pool in folder-check-pool.ts: checks the folders it is sent, in order. */
import { parentPort } from 'node:worker_threads';
import { checkFolder } from '../../lib/content/check-folder';
import type { ContentLocation } from '../../lib/content/content-location';
import { mapBounded } from '../../lib/util/map-bounded';

parentPort!.on(
  'message',
  async ({
    request,
    location,
    ids,
  }: {
    request: number;
    location: ContentLocation;
    ids: string[];
  }) => {
    const folders = await mapBounded(ids, 16, (id) => checkFolder(location, id));
    parentPort!.postMessage({ request, folders });
  },
);
