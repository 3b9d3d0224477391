import { readFileSync } from 'node:fs';

/** Resident memory of a process and its children, in MB, from /proc. */
export function rssMb(pid: number): number {
  const ids = [pid];
  for (let i = 0; i < ids.length; i += 1) {
    try {
      const children = readFileSync(`/proc/${ids[i]}/task/${ids[i]}/children`, 'utf8').trim();
      if (children) ids.push(...children.split(/\s+/).map(Number));
    } catch {
      // The process ended between listing and reading.
    }
  }
  let kb = 0;
  for (const id of ids) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // Gone already.
    }
  }
  return kb / 1024;
}
