import type { FieldError } from '../api/client.ts';

/**
 * The names a form control may carry for a problem path, most precise first: `body.names.1`
 * → `names.1`, `names`; `applicant.nik` → `applicant.nik`, `applicant`, `nik`.
 */
export function pathCandidates(path: string): string[] {
  const bare = path.replace(/^(body|query|querystring|params)\./, '');
  const withoutIndex = bare.replace(/(\.\d+|\[\d+\])+$/, '');
  const segments = withoutIndex.split(/[.[\]]+/).filter((s) => s !== '' && !/^\d+$/.test(s));
  const candidates = [bare, withoutIndex, segments[0], segments[segments.length - 1]];
  return [...new Set(candidates.filter((c): c is string => Boolean(c)))];
}

/** One line of a problem summary: "Label: message", unless the message already names the field. */
export function summaryLine(label: string | undefined, message: string): string {
  if (!label) return message;
  const name = label.trim().toLocaleLowerCase();
  return message.trim().toLocaleLowerCase().startsWith(name) ? message : `${label}: ${message}`;
}

function labelOf(element: Element | null): string | undefined {
  const frame = element?.closest<HTMLElement>('[data-field-label]');
  return frame?.dataset.fieldLabel || undefined;
}

/**
 * The label of each field a problem names, read from the form the summary stands in: first by
 * the control's name, then by the field that shows the same message beside it.
 */
export function findFieldLabels(
  scope: ParentNode | null | undefined,
  fields: readonly FieldError[],
): (string | undefined)[] {
  if (!scope) return fields.map(() => undefined);
  const used = new Set<Element>();
  return fields.map((field) => {
    for (const name of pathCandidates(field.path)) {
      const control = scope.querySelector(`[name="${CSS.escape(name)}"]`);
      const label = labelOf(control);
      if (label) return label;
    }
    const frames = [...scope.querySelectorAll('[data-field-label]')];
    const shown = frames.find(
      (frame) =>
        !used.has(frame) &&
        [...frame.querySelectorAll(':scope > .field__error')].some(
          (e) => e.textContent?.trim() === field.message.trim(),
        ),
    );
    if (!shown) return undefined;
    used.add(shown);
    return labelOf(shown);
  });
}
