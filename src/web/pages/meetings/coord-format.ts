import { ROLE_DEFINITIONS, isRole } from '../../../domain/permissions.ts';
import type { Language } from '../../api/client.ts';
import type { ApiForm } from '../../components/use-api-form.ts';

export { tppoLabel, tppoOptions } from '../../format/labels.ts';

/** The label of a role id in a language. */
export function roleLabel(role: string, language: Language): string {
  return isRole(role) ? ROLE_DEFINITIONS[role].label[language] : role;
}

/** The non-empty trimmed lines of a text area: one item per line. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * The first server message for a field or anything inside it: the server names list items as
 * `field.0` (schema checks) or `field[0]` (service checks), and sometimes prefixes `body.`.
 */
export function errorUnder(form: ApiForm, path: string): string | undefined {
  const fields = form.error?.fieldErrors ?? [];
  return fields.find((f) => {
    const own = f.path.replace(/^body\./, '');
    return own === path || own.startsWith(`${path}.`) || own.startsWith(`${path}[`);
  })?.message;
}

/** A file size for people: bytes, KB or MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
