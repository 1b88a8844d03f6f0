import { useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { proposeRulePack, type RulePackVersion } from '../../api/rules.api.ts';
import { useAnnouncer } from '../../app/announcer.tsx';
import { TextArea } from '../../components/Field.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import type { Language } from '../../api/client.ts';
import { translate, useI18n } from '../../i18n/i18n.tsx';

/** Where a JSON text stops being valid JSON. */
export interface JsonProblem {
  /** 1-based line and column, when the engine names a position. */
  at: { line: number; column: number } | null;
}

/**
 * Whether a text is valid JSON and, if not, where it goes wrong (line and column from the
 * engine's position). The engine's own English message is not passed on: the UI words it.
 */
export function jsonProblem(text: string): JsonProblem | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    if (!position) {
      const lineColumn = /line (\d+) column (\d+)/.exec(message);
      return lineColumn
        ? { at: { line: Number(lineColumn[1]), column: Number(lineColumn[2]) } }
        : { at: null };
    }
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return { at: { line, column } };
  }
}

/** A JSON mistake in words, in the UI language. */
export function jsonProblemText(problem: JsonProblem, language: Language): string {
  return problem.at
    ? translate(language, 'rules.jsonInvalidAt', problem.at)
    : translate(language, 'rules.jsonInvalidSomewhere');
}

/**
 * A new rule-pack version edited as JSON, starting from the active one. Malformed JSON is caught
 * here; the server's schema errors come back per path (`pack.rules.3.weight`) and are listed so.
 */
export function ProposePackForm({
  active,
  onProposed,
}: {
  active: RulePackVersion;
  onProposed: () => void;
}): ReactNode {
  const { t, language } = useI18n();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const id = useId();
  const [text, setText] = useState(() => JSON.stringify(active.pack, null, 2));
  const [changeNote, setChangeNote] = useState('');

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const problem = jsonProblem(text);
    if (problem) {
      form.fail(t('rules.jsonInvalidTitle'), { pack: jsonProblemText(problem, language) });
      return;
    }
    const pack: unknown = JSON.parse(text);
    const outcome = await form.run(() => proposeRulePack(pack, changeNote.trim()));
    if (!outcome.ok) return;
    announce(t('rules.proposed', { version: outcome.value.version }));
    onProposed();
  }

  const fieldErrors = form.error?.fieldErrors ?? [];
  // Schema errors inside the pack (pack.rules.3.weight) are listed by path; an error on the
  // whole pack (not JSON) shows under the editor only.
  const pathErrors = fieldErrors.filter((e) => /^(body\.)?pack[.[]/.test(e.path));
  const packError = pathErrors.length > 0 ? t('rules.packHasErrors') : form.fieldError('pack');
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('rules.proposeTitle')}</h2>
      <form
        ref={form.formRef}
        className="stack"
        onSubmit={(event) => void handleSubmit(event)}
        noValidate
      >
        <ProblemAlert error={form.error} />
        {pathErrors.length > 0 ? (
          <div>
            <p className="field__label">{t('rules.pathErrors')}</p>
            <ul className="bad-rows" data-testid="pack-errors">
              {pathErrors.map((e) => (
                <li key={`${e.path}:${e.message}`}>
                  <code>{e.path.replace(/^body\./, '')}</code>: {e.message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <TextArea
          label={t('rules.packJson')}
          name="pack"
          className="json-editor"
          value={text}
          onValue={setText}
          spellCheck={false}
          hint={t('rules.packJsonHint')}
          error={packError}
        />
        <TextArea
          label={t('rules.changeNote')}
          name="changeNote"
          value={changeNote}
          onValue={setChangeNote}
          rows={2}
          required
          error={form.fieldError('changeNote')}
        />
        <div className="actions actions--start">
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {t('rules.propose')}
          </button>
        </div>
      </form>
    </section>
  );
}
