import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable } from '../db/availability.ts';
import type { MessageKey } from '../i18n/catalog.ts';
import { ErrorPage } from '../views/error-page.tsx';
import { AppError } from './errors.ts';
import type { PageContextFactory } from './page-context.ts';
import type { Database } from '../db/pool.ts';
import { AccessRefused, RecordNotFound, type RecordRef } from '../access/access.errors.ts';
import { auditActorOf, recordAudit } from '../audit/audit.service.ts';

/** Seconds a client should wait before retrying while the database is unavailable. */
export const RETRY_AFTER_SECONDS = 30;

type ErrorDetail = { path?: string; code: string; message: string };
type Classified = { status: number; code: string; messageKey: MessageKey; params?: Record<string, string>; details?: unknown };

function classify(error: unknown, bodyLimit: number): Classified {
  if (error instanceof AppError) return { status: error.status, code: error.code, messageKey: error.messageKey, details: error.details };
  if (isDatabaseUnavailable(error)) return { status: 503, code: 'service_unavailable', messageKey: 'error.unavailable.body' };
  const fastifyError = error as Partial<FastifyError>;
  if (hasZodFastifySchemaValidationErrors(error)) {
    return { status: 400, code: 'validation_failed', messageKey: 'error.validation', details: [] };
  }
  switch (fastifyError.statusCode) {
    case 413:
      return {
        status: 413,
        code: 'payload_too_large',
        messageKey: 'error.tooLarge',
        params: { limit: `${Math.round(bodyLimit / 1024)} KiB` },
      };
    case 403:
      if (fastifyError.code?.startsWith('FST_CSRF')) return { status: 403, code: 'csrf_invalid', messageKey: 'error.csrf' };
      return { status: 403, code: 'forbidden', messageKey: 'error.forbidden.title' };
    case 404:
      return { status: 404, code: 'not_found', messageKey: 'error.notFound.title' };
    case 415:
    case 400:
      return { status: fastifyError.statusCode, code: 'bad_request', messageKey: 'error.badRequest' };
    case 429:
      return { status: 429, code: 'rate_limited', messageKey: 'error.rateLimited' };
    case 503:
      return { status: 503, code: 'service_unavailable', messageKey: 'error.unavailable.body' };
    default:
      return { status: 500, code: 'internal_error', messageKey: 'error.server.title' };
  }
}

/** The shape fastify-type-provider-zod gives each zod issue: `keyword` is the zod code, `params` the rest. */
type ValidationIssue = {
  keyword: string;
  instancePath: string;
  message: string;
  params: { keys?: string[]; origin?: string; minimum?: number | bigint; maximum?: number | bigint };
};

function localisedIssue(issue: ValidationIssue, field: string, t: FastifyRequest['i18n']['t']): string {
  const { origin, minimum, maximum } = issue.params;
  if (issue.keyword === 'too_small' && origin === 'string')
    return Number(minimum) <= 1 ? t('validation.required', { field }) : t('validation.tooShort', { field, min: Number(minimum) });
  if (issue.keyword === 'too_big' && origin === 'string') return t('validation.tooLong', { field, max: Number(maximum) });
  return t('validation.invalid', { field });
}

/** Zod issues as API details, each with a message in the user's language; unknown fields named one by one. */
function validationDetails(error: unknown, request: FastifyRequest): ErrorDetail[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  const issues = error.validation as unknown as ValidationIssue[];
  return issues.flatMap((issue): ErrorDetail[] => {
    const base = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    if (issue.keyword === 'unrecognized_keys') {
      return (issue.params.keys ?? []).map((key) => ({
        path: base ? `${base}.${key}` : key,
        code: 'unknown_field',
        message: request.i18n.t('error.unknownField', { field: key }),
      }));
    }
    return [{ path: base, code: issue.keyword, message: localisedIssue(issue, base || 'body', request.i18n.t) }];
  });
}

export function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/');
}

export function registerErrorHandling(
  app: FastifyInstance,
  options: { pageContext: PageContextFactory; bodyLimit: number; db: Database; ensureLanguage: (request: FastifyRequest) => void },
) {
  const render = async (request: FastifyRequest, reply: FastifyReply, classified: Classified, record?: RecordRef) => {
    options.ensureLanguage(request);
    const { t } = request.i18n;
    if (classified.status === 503) reply.header('Retry-After', String(RETRY_AFTER_SECONDS));
    const message = t(classified.messageKey, classified.params);
    if (isApiRequest(request) || (!request.headers.accept?.includes('html') && request.method !== 'GET')) {
      return reply.status(classified.status).send({ error: { code: classified.code, message, details: classified.details ?? [] } });
    }
    const context = options.pageContext(request, reply);
    const [title, body] = pageText(classified, request);
    const breakGlass = classified.status === 404 && record ? breakGlassHref(request, record) : undefined;
    return reply.html(<ErrorPage context={context} title={title} body={body} breakGlassHref={breakGlass} />, classified.status);
  };

  app.setErrorHandler(async (error, request, reply) => {
    // Every refusal is audited. The work of the request has rolled back by now, so this is its own write;
    // if it fails, the request fails with it rather than go unrecorded.
    let failure: unknown = error;
    if (error instanceof AccessRefused) {
      failure = await recordAudit(options.db, auditActorOf(request), error.audit).then(
        () => error,
        (auditError: unknown) => auditError,
      );
    }
    const classified = classify(failure, options.bodyLimit);
    const record = failure instanceof AccessRefused || failure instanceof RecordNotFound ? failure.record : undefined;
    options.ensureLanguage(request);
    if (hasZodFastifySchemaValidationErrors(error)) classified.details = validationDetails(error, request);
    if (classified.status >= 500) {
      // Log the error class and message only: messages from our code carry no personal data.
      request.log.error(
        {
          err: { type: (failure as Error).name, message: (failure as Error).message, stack: (failure as Error).stack },
          code: classified.code,
        },
        'request failed',
      );
    }
    return render(request, reply, classified, record);
  });

  app.setNotFoundHandler(async (request, reply) =>
    render(request, reply, classify(new AppError('not_found', 404, 'error.notFound.title'), options.bodyLimit)),
  );
}

/** Offered on a record's 404 page whether or not the record exists, so the link reveals nothing. */
function breakGlassHref(request: FastifyRequest, record: RecordRef): string | undefined {
  if (!request.user?.permissions.has('break_glass:use') || request.method !== 'GET') return undefined;
  const query = new URLSearchParams({ resourceType: record.resourceType, resourceId: record.resourceId, returnTo: request.url });
  return `/access/break-glass?${query.toString()}`;
}

function pageText(classified: Classified, request: FastifyRequest): [string, string] {
  const { t } = request.i18n;
  switch (classified.status) {
    case 404:
      return [t('error.notFound.title'), t('error.notFound.body')];
    case 403:
      return classified.code === 'csrf_invalid'
        ? [t('error.forbidden.title'), t('error.csrf')]
        : [t('error.forbidden.title'), t('error.forbidden.body')];
    case 409:
      return [t('error.conflict.title'), t('error.conflict.body')];
    case 503:
      return [t('error.unavailable.title'), t('error.unavailable.body')];
    case 500:
      return [t('error.server.title'), t('error.server.body', { requestId: request.id })];
    default:
      return [t(classified.messageKey, classified.params), t('error.badRequest')];
  }
}
