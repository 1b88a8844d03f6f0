import type { z } from 'zod';
import type { FieldIssue } from '../../domain/errors.ts';

/**
 * Adds rules that a service checks across fields (a Kanim needs its class) to a body schema,
 * run even when other fields already failed, so that one answer names every field at fault
 * instead of one more on each submit. `check` sees the input as sent: any field may be
 * missing or of the wrong type. It returns issues named by dotted path.
 */
export function withCrossFieldChecks<T extends z.ZodObject>(
  schema: T,
  check: (input: Record<string, unknown>) => readonly FieldIssue[],
): T {
  return schema.superRefine(
    (value, ctx) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
      for (const issue of check(value)) {
        ctx.addIssue({
          code: 'custom',
          path: issue.path.split('.'),
          message: issue.message,
          params: { en: issue.messageEn ?? issue.message },
        });
      }
    },
    // Run even when a field of the object failed its own rule.
    { when: () => true },
  );
}
