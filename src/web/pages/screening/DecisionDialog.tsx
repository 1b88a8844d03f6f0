import { useEffect, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import {
  OUTCOME_ORDER,
  REASON_CATEGORIES,
  decideScreening,
  firedRuleIds,
  needsSupervisor,
  type Outcome,
  type ReasonCategory,
  type Screening,
} from '../../api/screening.api.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { CheckboxGroup, SelectField, TextArea } from '../../components/Field.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/**
 * The officer's decision: the outcome (the recommendation preselected), the indicators observed
 * (ticked from the rules that fired), the reason category for TUNDA/TOLAK, and a note. Deciding
 * less strictly than a TUNDA/TOLAK recommendation says up front that a supervisor must approve.
 */
export function DecisionDialog({
  screening,
  onClose,
  onDecided,
}: {
  screening: Screening;
  onClose: () => void;
  onDecided: (next: Screening) => void;
}): ReactNode {
  const { t, language } = useI18n();
  const form = useApiForm();
  const [decision, setDecision] = useState<Outcome>(screening.recommendation);
  const [indicators, setIndicators] = useState<string[]>(() => firedRuleIds(screening));
  const [category, setCategory] = useState<'' | ReasonCategory>('');
  const [note, setNote] = useState('');
  const escalates = needsSupervisor(decision, screening.recommendation);
  const strict = decision === 'TUNDA' || decision === 'TOLAK';
  const ruleReasons = screening.reasons.filter((r) => r.kind === 'rule' && r.ruleId);
  const choiceRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // The dialog opens after its content mounts and would focus its first button ("Tutup"):
    // start on the decision instead, once it is open.
    const timer = window.setTimeout(() => choiceRef.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, []);

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const outcome = await form.run(() =>
      decideScreening(screening.id, {
        decision,
        indicatorsObserved: indicators,
        ...(strict && category ? { reasonCategory: category } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    );
    if (outcome.ok) onDecided(outcome.value);
  }

  return (
    <Dialog open wide title={t('decision.title')} onClose={onClose} closeLabel={t('common.close')}>
      <form
        ref={form.formRef}
        className="stack"
        onSubmit={(event) => void handleSubmit(event)}
        noValidate
      >
        <p>
          {t('result.recommendation')}: <strong>{t(`outcome.${screening.recommendation}`)}</strong>{' '}
          · {screening.subject.name} · {screening.refCode}
        </p>
        <ProblemAlert error={form.error} />
        <fieldset className="field decision-choice">
          <legend className="field__label">{t('decision.choice')}</legend>
          <div className="decision-choice__options">
            {OUTCOME_ORDER.map((outcome) => (
              <label key={outcome} className={`decision-option outcome-edge--${outcome}`}>
                <input
                  type="radio"
                  name="decision"
                  value={outcome}
                  checked={decision === outcome}
                  ref={outcome === screening.recommendation ? choiceRef : undefined}
                  onChange={() => setDecision(outcome)}
                  aria-invalid={Boolean(form.fieldError('decision')) || undefined}
                />
                {t(`outcome.${outcome}`)}
              </label>
            ))}
          </div>
          {form.fieldError('decision') ? (
            <p className="field__error">{form.fieldError('decision')}</p>
          ) : null}
        </fieldset>
        {escalates ? (
          <p className="alert alert--warning" data-testid="supervisor-warning">
            {t('decision.supervisorWarning', {
              decision: t(`outcome.${decision}`),
              recommendation: t(`outcome.${screening.recommendation}`),
            })}
          </p>
        ) : null}
        {ruleReasons.length > 0 ? (
          <CheckboxGroup
            legend={t('decision.indicators')}
            hint={t('decision.indicatorsHint')}
            options={ruleReasons.map((r) => ({
              value: r.ruleId ?? '',
              label: r.title[language],
            }))}
            values={indicators}
            onValues={setIndicators}
            error={form.fieldError('indicatorsObserved')}
          />
        ) : null}
        {strict ? (
          <SelectField
            label={t('decision.reasonCategory')}
            name="reasonCategory"
            value={category}
            onValue={(v) => setCategory(v as '' | ReasonCategory)}
            required
            options={[
              { value: '', label: t('screening.choose') },
              ...REASON_CATEGORIES.map((c) => ({ value: c, label: t(`reasonCategory.${c}`) })),
            ]}
            error={form.fieldError('reasonCategory')}
          />
        ) : null}
        <TextArea
          label={escalates ? t('decision.noteRequired') : t('decision.note')}
          name="note"
          value={note}
          onValue={setNote}
          rows={3}
          required={escalates}
          optionalText={t('decision.noteOptional')}
          hint={escalates ? t('decision.noteRequiredHint') : t('decision.noteHint')}
          error={form.fieldError('note')}
        />
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {t('decision.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
