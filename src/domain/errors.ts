/** The closed set of error codes a service may raise; the HTTP layer maps each to one status. */
export type AppErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'second_factor_required'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'locked'
  | 'rate_limited'
  | 'csrf'
  | 'unavailable'
  | 'internal';

/** One problem with one input field, named by its path (e.g. `applicant.nik`). */
export interface FieldIssue {
  path: string;
  message: string;
  messageEn?: string;
}

/** An error raised by domain code and services: a stable code, a message and optional details. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: { issues?: FieldIssue[]; messageEn?: string; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Raises a validation error that names one field, with an Indonesian and an English message. */
export function invalidField(path: string, message: string, messageEn: string): AppError {
  return new AppError('validation', message, {
    messageEn,
    issues: [{ path, message, messageEn }],
  });
}

/** Throws one validation error naming every field in `issues`; returns when there are none. */
export function failIfIssues(issues: readonly FieldIssue[]): void {
  if (issues.length === 0) return;
  throw new AppError('validation', issues.map((i) => `${i.path}: ${i.message}`).join('; '), {
    messageEn: issues.map((i) => `${i.path}: ${i.messageEn ?? i.message}`).join('; '),
    issues: [...issues],
  });
}
