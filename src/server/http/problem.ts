import type { FastifyReply, FastifyRequest, FastifyError } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type AppErrorCode, type FieldIssue } from '../../domain/errors.ts';
import { pickLanguage } from './language.ts';
import { describeSchemaIssue, valueAtPath } from './validation-messages.ts';

/** The one table from error codes to HTTP statuses. */
const STATUS: Record<AppErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  second_factor_required: 401,
  csrf: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  locked: 423,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

const TITLES: Record<AppErrorCode, { id: string; en: string }> = {
  validation: { id: 'Masukan tidak valid', en: 'Invalid input' },
  unauthenticated: { id: 'Belum masuk', en: 'Not signed in' },
  second_factor_required: { id: 'Perlu kode verifikasi', en: 'Second factor required' },
  csrf: { id: 'Token CSRF tidak valid', en: 'Invalid CSRF token' },
  forbidden: { id: 'Akses ditolak', en: 'Forbidden' },
  not_found: { id: 'Tidak ditemukan', en: 'Not found' },
  conflict: { id: 'Konflik', en: 'Conflict' },
  locked: { id: 'Akun terkunci', en: 'Account locked' },
  rate_limited: { id: 'Terlalu banyak permintaan', en: 'Too many requests' },
  unavailable: { id: 'Layanan tidak tersedia', en: 'Service unavailable' },
  internal: { id: 'Kesalahan internal', en: 'Internal error' },
};

interface ZodIssueLike {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

function pathSegments(instancePath: string): string[] {
  return instancePath.replace(/^\//, '').split('/').filter(Boolean);
}

function fieldPath(segments: string[], part: string | undefined): string {
  return [part, ...segments].filter(Boolean).join('.') || '(root)';
}

/** Sends an RFC 9457 problem document naming every field at fault, in the caller's language. */
export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: AppErrorCode,
  detail: string,
  issues: FieldIssue[] = [],
  extra: Record<string, unknown> = {},
): FastifyReply {
  const language = pickLanguage(request);
  return reply
    .status(STATUS[code])
    .type('application/problem+json')
    .send({
      type: `urn:waspada:problem:${code}`,
      title: TITLES[code][language],
      status: STATUS[code],
      code,
      detail,
      instance: request.url,
      requestId: request.id,
      errors: issues.map((i) => ({
        path: i.path,
        message: language === 'en' && i.messageEn ? i.messageEn : i.message,
      })),
      ...extra,
    });
}

/** The single error handler of the HTTP boundary. */
export function handleError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const language = pickLanguage(request);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = error.validationContext;
    const inputs: Record<string, unknown> = {
      body: request.body,
      querystring: request.query,
      params: request.params,
      headers: request.headers,
    };
    const input = part ? inputs[part] : undefined;
    const issues = error.validation.map((v) => {
      const issue = v as unknown as ZodIssueLike;
      const segments = pathSegments(issue.instancePath);
      const text = describeSchemaIssue(
        { code: issue.keyword, message: issue.message, params: issue.params },
        valueAtPath(input, segments),
      );
      return { path: fieldPath(segments, part), message: text[language] };
    });
    const detail = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    return sendProblem(request, reply, 'validation', detail, issues);
  }
  if (error instanceof AppError) {
    const { issues, messageEn, ...rest } = error.details;
    const detail = language === 'en' && messageEn ? messageEn : error.message;
    return sendProblem(request, reply, error.code, detail, issues ?? [], rest);
  }
  if (error.statusCode === 429) {
    return sendProblem(request, reply, 'rate_limited', TITLES.rate_limited[language]);
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    // Fastify's own client errors (malformed JSON, unsupported media type, body too large).
    const issues = [{ path: 'body', message: error.message }];
    return sendProblem(request, reply, 'validation', error.message, issues);
  }
  request.log.error({ err: error, requestId: request.id }, 'unhandled error');
  return sendProblem(
    request,
    reply,
    'internal',
    language === 'en'
      ? `An internal error occurred (request ${request.id}).`
      : `Terjadi kesalahan internal (permintaan ${request.id}).`,
  );
}
