import autocannon from 'autocannon';

export type LoadResult = {
  name: string;
  requestsPerSecond: number;
  p99Ms: number;
  p50Ms: number;
  errors: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /** The fixed rate asked for (open loop), or null for as fast as the connections go (closed loop). */
  targetRate: number | null;
};

/** Signs a user in `count` times through the real sign-in form, returning one cookie header per session. */
export async function signInSessions(baseUrl: string, username: string, password: string, count: number): Promise<string[]> {
  const sessions: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const page = await fetch(`${baseUrl}/sign-in`);
    const cookies = page.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
    const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
    const response = await fetch(`${baseUrl}/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.join('; ') },
      body: new URLSearchParams({ _csrf: token, username, password, returnTo: '/' }).toString(),
    });
    if (response.status !== 303) throw new Error(`bench sign-in failed with ${response.status}`);
    const session = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
    sessions.push([...cookies, ...session].join('; '));
  }
  return sessions;
}

/**
 * `connections` concurrent clients for `seconds`, each connection keeping one signed-in session, each request
 * to a path chosen by `pathFor` (so person pages and searches vary).
 */
export async function load(options: {
  name: string;
  baseUrl: string;
  sessions: readonly string[];
  seconds: number;
  pathFor: (request: number) => string;
  /** Requests per second across all connections; leave out to measure the most the server can take. */
  rate?: number;
}): Promise<LoadResult> {
  let counter = 0;
  let connectionIndex = 0;
  const result = await autocannon({
    url: options.baseUrl,
    connections: options.sessions.length,
    duration: options.seconds,
    ...(options.rate ? { overallRate: options.rate } : {}),
    requests: [
      {
        setupRequest: (request, context: { cookie?: string }) => {
          context.cookie ??= options.sessions[connectionIndex++ % options.sessions.length];
          counter += 1;
          return {
            ...request,
            method: 'GET',
            path: options.pathFor(counter),
            headers: { ...request.headers, cookie: context.cookie ?? '' },
          };
        },
      },
    ],
  });
  return {
    name: options.name,
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    p50Ms: result.latency.p50,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(
      Object.entries((result as { statusCodeStats?: Record<string, { count?: number }> }).statusCodeStats ?? {}).map(([code, stats]) => [
        code,
        stats.count ?? 0,
      ]),
    ),
    targetRate: options.rate ?? null,
  };
}
