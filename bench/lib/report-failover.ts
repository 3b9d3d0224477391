/** Two servers behind nginx, one killed under load. */
import { header, row } from './markdown-table';
import type { BenchResults } from './bench-results';

export function failoverSection(r: BenchResults): string[] {
  const lines: string[] = [];
  if (r.failover) {
    const f = r.failover;
    lines.push(
      `## Two servers, one killed under load (the ${f.corpus}-story build, through nginx)`,
      '',
      `${f.connections} connections for ${f.seconds} s, each request a URL of its own (nginx's copy answers none); one server killed (SIGKILL) ${f.killedAtSeconds} s in and started again at once.`,
      '',
      ...header(['requests', 'req/s', 'failed', 'p50 ms', 'p99 ms', 'max ms', 'back after ms']),
      row([
        f.requests,
        f.requestsPerSec,
        f.errors + f.timeouts + f.non2xx,
        f.latencyP50Ms,
        f.latencyP99Ms,
        f.latencyMaxMs,
        f.backAfterMs,
      ]),
      '',
      '"Back after": from the restart until its /healthz answered 200.',
      '',
    );
  }
  return lines;
}
