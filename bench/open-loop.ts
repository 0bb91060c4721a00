import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LoadResult } from './load.ts';

/**
 * Latency at a fixed rate (open loop): request n is due at start + n / rate, whether or not earlier ones have
 * answered, over at most `sessions.length` keep-alive connections, and its latency runs from when it was due —
 * so time spent waiting for a free connection, or for a slow server, counts.
 *
 * Why not autocannon's `overallRate`: it lets each connection send its share at the start of every second and
 * then pause, so all 50 connections fire together once a second (a burst of 50, not a rate), and it "corrects"
 * each latency as if one request per millisecond had been expected (`Math.ceil(1 / rate)`), adding a synthetic
 * sample for every millisecond of a slow answer. Measured on an idle machine: `/ping` at 100 req/s read p50 31 ms,
 * p99 193 ms that way, for a route that answers in about 1 ms.
 */
export async function openLoop(options: {
  name: string;
  baseUrl: string;
  sessions: readonly string[];
  seconds: number;
  rate: number;
  pathFor: (request: number) => string;
}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.sessions.length });
  const total = Math.round(options.rate * options.seconds);
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let errors = 0;
  // Open the connections first (on /ping, not measured), so the first due requests do not pay for TCP set-up.
  await Promise.all(options.sessions.map((cookie) => get(agent, `${options.baseUrl}/ping`, cookie)));
  const started = performance.now();
  const answers: Promise<void>[] = [];
  for (let n = 0; n < total; n += 1) {
    const due = started + (n * 1000) / options.rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const cookie = options.sessions[n % options.sessions.length]!;
    answers.push(
      get(agent, `${options.baseUrl}${options.pathFor(n)}`, cookie).then(
        (status) => {
          latencies.push(performance.now() - due);
          statusCodes[status] = (statusCodes[status] ?? 0) + 1;
        },
        () => {
          errors += 1;
        },
      ),
    );
  }
  await Promise.all(answers);
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (share: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))] ?? 0);
  const non2xx = Object.entries(statusCodes).reduce((sum, [code, count]) => sum + (code.startsWith('2') ? 0 : count), 0);
  return {
    name: options.name,
    requestsPerSecond: Math.round((latencies.length / elapsed) * 10) / 10,
    p99Ms: at(0.99),
    p50Ms: at(0.5),
    errors,
    non2xx,
    statusCodes,
    targetRate: options.rate,
  };
}

function get(agent: http.Agent, url: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { cookie }, timeout: 10_000 }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', reject);
  });
}
