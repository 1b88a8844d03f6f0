import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import { createScreening, fetchScreening, type Screening } from '../../api/screening.api.ts';
import { useAnnouncer } from '../../app/announcer.tsx';
import { Link, useLocation } from '../../app/router.tsx';
import { useSession, useSignedIn } from '../../app/session.tsx';
import { LoadError, ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import { useLoad } from '../../components/use-load.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { DecisionDialog } from './DecisionDialog.tsx';
import { ResultPanel } from './ResultPanel.tsx';
import {
  applyMrz,
  emptyDraft,
  readMrzFields,
  toScreeningInput,
  type ScreeningDraft,
} from './screening-form.ts';
import { ScreeningFormFields } from './ScreeningFormFields.tsx';
import { shortcutFor, type ShortcutAction } from './shortcuts.ts';
import './screening.css';

/** The path of the screening page showing one stored screening. */
export function screeningPath(id: string): string {
  return `/pemeriksaan?id=${encodeURIComponent(id)}`;
}

/**
 * Layar Pemeriksaan: the counter form on the left, the result beside it, the decision in a
 * dialog. With `?id=` it shows one stored screening instead of the form.
 */
export function ScreeningPage(): ReactNode {
  const { search } = useLocation();
  const id = search.get('id');
  return id ? <StoredScreening id={id} /> : <CounterScreening />;
}

function useShortcuts(handlers: Partial<Record<ShortcutAction, () => void>>): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    function handleKey(event: globalThis.KeyboardEvent): void {
      const action = shortcutFor(event);
      const run = action ? ref.current[action] : undefined;
      if (!run) return;
      event.preventDefault();
      run();
    }
    window.addEventListener('keydown', handleKey);
    return () => window.removeEventListener('keydown', handleKey);
  }, []);
}

function CounterScreening(): ReactNode {
  const { t } = useI18n();
  const { user } = useSignedIn();
  const { can } = useSession();
  // Read out beside the result rather than as a corner message, which would cover the result.
  const [status, setStatus] = useState('');
  const defaultKind = user.office.kind === 'tpi' ? 'departure_check' : 'passport_application';
  const [draft, setDraft] = useState<ScreeningDraft>(() => emptyDraft(defaultKind));
  const [mrzNote, setMrzNote] = useState<string | null>(null);
  const [result, setResult] = useState<Screening | null>(null);
  const [deciding, setDeciding] = useState(false);
  const form = useApiForm();
  const mrzRef = useRef<HTMLTextAreaElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  const set = useCallback(<K extends keyof ScreeningDraft>(key: K, value: ScreeningDraft[K]) => {
    setDraft((previous) => ({ ...previous, [key]: value }));
  }, []);

  useShortcuts({
    mrz: () => mrzRef.current?.focus(),
    name: () => nameRef.current?.focus(),
    trip: () => form.formRef.current?.querySelector<HTMLElement>('[name="country"]')?.focus(),
    result: () => resultRef.current?.focus(),
    decide: () => {
      if (result && can('screening.decide')) setDeciding(true);
    },
  });

  async function handleMrz(text: string): Promise<void> {
    set('mrz', text);
    const fields = await readMrzFields(text).catch(() => null);
    if (!fields) {
      setMrzNote(text.trim() ? t('screening.mrzUnreadable') : null);
      return;
    }
    // What the MRZ fills depends on the MRZ alone; the draft may have moved on meanwhile.
    const { filled } = applyMrz(draft, fields);
    setDraft((previous) => applyMrz({ ...previous, mrz: text }, fields).draft);
    const names = filled.map((key) =>
      t(key === 'passportNumber' ? 'screening.passportNumber' : `screening.${key}`),
    );
    setMrzNote(t('screening.mrzFilled', { fields: names.join(', ') }));
  }

  async function handleSubmit(event?: FormEvent): Promise<void> {
    event?.preventDefault();
    const outcome = await form.run(() => createScreening(toScreeningInput(draft)));
    if (!outcome.ok) return;
    setResult(outcome.value);
    setStatus(`${t('result.recommendation')}: ${t(`outcome.${outcome.value.recommendation}`)}`);
    window.setTimeout(() => resultRef.current?.focus(), 0);
  }

  function handleFormKey(event: KeyboardEvent<HTMLFormElement>): void {
    // Ctrl+Enter submits from anywhere, including the multi-line fields where Enter is a newline.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void handleSubmit();
    }
  }

  function handleNew(): void {
    setDraft(emptyDraft(draft.kind));
    setResult(null);
    setStatus('');
    setMrzNote(null);
    form.clear();
    mrzRef.current?.focus();
  }

  return (
    <section className="page page--wide">
      <div className="page__head">
        <h1>{t('screening.title')}</h1>
        <button type="button" className="button" onClick={handleNew}>
          {t('screening.newForm')}
        </button>
      </div>
      <p className="muted">{t('screening.intro')}</p>
      <ShortcutHelp />
      <div className="screening-layout">
        <form
          ref={form.formRef}
          className="screening-form"
          onSubmit={(event) => void handleSubmit(event)}
          onKeyDown={handleFormKey}
          noValidate
          aria-label={t('screening.title')}
        >
          <ProblemAlert error={form.error} />
          <ScreeningFormFields
            draft={draft}
            set={set}
            form={form}
            mrzRef={mrzRef}
            nameRef={nameRef}
            mrzNote={mrzNote}
            onMrz={(text) => void handleMrz(text)}
          />
          <div className="actions actions--start screening-form__submit">
            <button type="submit" className="button button--primary" disabled={form.busy}>
              {form.busy ? t('screening.checking') : t('screening.submit')}
            </button>
          </div>
        </form>
        <aside className="screening-result panel" aria-labelledby="screening-result-title">
          <h2 id="screening-result-title" ref={resultRef} tabIndex={-1}>
            {t('result.title')}
          </h2>
          <p className="visually-hidden" role="status" data-testid="result-status">
            {status}
          </p>
          {result ? (
            <ResultPanel
              screening={result}
              onDecide={can('screening.decide') ? () => setDeciding(true) : undefined}
            />
          ) : (
            <p className="muted">{t('result.empty')}</p>
          )}
        </aside>
      </div>
      {deciding && result ? (
        <DecisionDialog
          screening={result}
          onClose={() => setDeciding(false)}
          onDecided={(next) => {
            setDeciding(false);
            setResult(next);
            setStatus(
              t(
                next.decision.status === 'awaiting_approval'
                  ? 'decision.sentToSupervisor'
                  : 'decision.saved',
              ),
            );
            window.setTimeout(() => resultRef.current?.focus(), 0);
          }}
        />
      ) : null}
    </section>
  );
}

function ShortcutHelp(): ReactNode {
  const { t } = useI18n();
  return (
    <details className="shortcut-help">
      <summary>{t('screening.shortcuts')}</summary>
      <ul className="plain-list plain-list--tight small">
        <li>{t('screening.shortcutMrz')}</li>
        <li>{t('screening.shortcutName')}</li>
        <li>{t('screening.shortcutTrip')}</li>
        <li>{t('screening.shortcutResult')}</li>
        <li>{t('screening.shortcutDecide')}</li>
        <li>{t('screening.shortcutEnter')}</li>
      </ul>
    </details>
  );
}

function StoredScreening({ id }: { id: string }): ReactNode {
  const { t } = useI18n();
  const { can } = useSession();
  const { announce } = useAnnouncer();
  const loaded = useLoad(() => fetchScreening(id), [id]);
  const [current, setCurrent] = useState<Screening | null>(null);
  const [deciding, setDeciding] = useState(false);
  const screening = current ?? loaded.data;
  useShortcuts({
    decide: () => {
      if (screening && can('screening.decide')) setDeciding(true);
    },
  });
  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/pemeriksaan">← {t('nav.screening')}</Link>
      </p>
      <h1>
        {t('result.title')}
        {screening ? ` ${screening.refCode}` : ''}
      </h1>
      {loaded.error ? <LoadError error={loaded.error} onRetry={loaded.reload} /> : null}
      {!screening && !loaded.error ? <p role="status">{t('common.loading')}</p> : null}
      {screening ? (
        <div className="panel">
          <ResultPanel
            screening={screening}
            onDecide={can('screening.decide') ? () => setDeciding(true) : undefined}
          />
        </div>
      ) : null}
      {deciding && screening ? (
        <DecisionDialog
          screening={screening}
          onClose={() => setDeciding(false)}
          onDecided={(next) => {
            setDeciding(false);
            setCurrent(next);
            announce(t('decision.saved'));
          }}
        />
      ) : null}
    </section>
  );
}
