// The part of autocannon's API the load test and benchmark use (the package ships no types).
declare module 'autocannon' {
  interface Histogram {
    average: number;
    p50: number;
    p99: number;
    max: number;
    total: number;
  }
  interface Result {
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    /** Seconds before an unanswered request counts as a timeout (default 10). */
    timeout?: number;
    headers?: Record<string, string>;
    /** Replaces `[<id>]` in the URL with a fresh id for each request. */
    idReplacement?: boolean;
    /** TLS server name; autocannon never checks the certificate. */
    servername?: string;
  }
  export default function autocannon(options: Options): Promise<Result>;
}
