/**
 * Tells a database outage apart from a bug, so the HTTP layer can answer 503 with Retry-After instead of 500.
 * Codes: node's socket errors, PostgreSQL's connection-exception (08xxx), admin-shutdown and cannot-connect
 * classes (57P0x), and the pool's own timeout message.
 */
const OUTAGE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    if (typeof current !== 'object') return false;
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (OUTAGE_NODE_CODES.has(code) || code.startsWith('08') || code.startsWith('57P0'))) {
      return true;
    }
    if (
      typeof message === 'string' &&
      /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(message)
    ) {
      return true;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
