import pino, { type Logger } from 'pino';

/**
 * JSON logs with the request id and no personal data: requests are logged by method, route pattern and path
 * without the query string (search criteria can hold names or PINs); cookies and credentials are redacted.
 */
export function createLogger(options: { level: string; destination?: pino.DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: { service: 'kadam' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password', '*.passwordHash', '*.token'],
        censor: '[redacted]',
      },
      serializers: {
        req: (request: { id?: string; method?: string; url?: string; routeOptions?: { url?: string } }) => ({
          id: request.id,
          method: request.method,
          route: request.routeOptions?.url,
          path: request.url?.split('?')[0],
        }),
        res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
      },
    },
    options.destination,
  );
}
