/** Throughput and latency with autocannon (no Accept-Encoding: every server sends raw bytes). */

// autocannon ships no types; loaded by a string specifier so this file type-checks with or
// without a project-wide declaration of the module.
const autocannonModule: string = 'autocannon';

export interface LoadResult {
  url: string;
  requestsPerSec: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  throughputMBps: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

export async function load(url: string, connections: number, seconds: number): Promise<LoadResult> {
  const { default: autocannon } = await import(autocannonModule);
  // nginx's throwaway certificate names localhost; autocannon would send the IP address as the
  // TLS server name, which TLS forbids.
  const servername = url.startsWith('https:') ? 'localhost' : undefined;
  const result = await autocannon({ url, connections, duration: seconds, servername });
  return {
    url,
    requestsPerSec: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    throughputMBps: result.throughput.average / 1e6,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}
