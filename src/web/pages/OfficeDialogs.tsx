import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { OfficeKind } from '../api/auth.api.ts';
import {
  createOffice,
  setOfficeCoverage,
  type NewOffice,
  type Office,
  type OfficeDetail,
  type RegionRef,
} from '../api/org.api.ts';
import { useAnnouncer } from '../app/announcer.tsx';
import { Dialog } from '../components/Dialog.tsx';
import { SelectField, TextField } from '../components/Field.tsx';
import { ProblemAlert } from '../components/ProblemAlert.tsx';
import { RegionSearch } from '../components/RegionSearch.tsx';
import { useApiForm } from '../components/use-api-form.ts';
import { zoneAbbreviation } from '../format/dates.ts';
import { useI18n } from '../i18n/i18n.tsx';

const KINDS: readonly OfficeKind[] = ['kanwil', 'kanim', 'tpi', 'partner'];
const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
const CHECKPOINTS = ['airport', 'seaport', 'land'] as const;
const PARTNERS = ['police', 'bp3mi', 'other'] as const;
/** The levels an office's coverage is given in (the server refuses the others). */
const COVERAGE_LEVELS: readonly string[] = ['kabupaten', 'kota', 'kecamatan'];

/** Which offices may be the parent of a new office of each kind. */
const PARENT_KIND: Record<OfficeKind, OfficeKind | null> = {
  kanwil: null,
  kanim: 'kanwil',
  tpi: 'kanim',
  partner: 'kanwil',
};

/** Adds an office: kind, parent, names, code, zone and what its kind needs. */
export function CreateOfficeDialog({
  offices,
  onClose,
  onCreated,
}: {
  offices: { office: Office; depth: number }[];
  onClose: () => void;
  onCreated: (office: OfficeDetail) => void;
}): ReactNode {
  const { t } = useI18n();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const [kind, setKind] = useState<OfficeKind>('kanim');
  const [parentId, setParentId] = useState('');
  const [name, setName] = useState('');
  const [shortName, setShortName] = useState('');
  const [code, setCode] = useState('');
  const [officeClass, setOfficeClass] = useState('');
  const [checkpointType, setCheckpointType] = useState<string>(CHECKPOINTS[0]);
  const [partnerType, setPartnerType] = useState<string>(PARTNERS[0]);
  const [timeZone, setTimeZone] = useState('');
  const parentKind = PARENT_KIND[kind];
  const parents = offices.filter(({ office }) => office.kind === parentKind && office.active);

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const input: NewOffice = {
      kind,
      code: code.trim(),
      name: name.trim(),
      shortName: shortName.trim(),
      parentId: parentId || null,
      officeClass: kind === 'kanim' ? officeClass.trim() || null : null,
      checkpointType: kind === 'tpi' ? (checkpointType as NewOffice['checkpointType']) : null,
      partnerType: kind === 'partner' ? (partnerType as NewOffice['partnerType']) : null,
      ...(timeZone ? { timeZone } : {}),
    };
    const outcome = await form.run(() => createOffice(input));
    if (!outcome.ok) return;
    announce(t('offices.created', { name: outcome.value.name }));
    onCreated(outcome.value);
  }

  return (
    <Dialog open wide title={t('offices.create')} onClose={onClose} closeLabel={t('common.close')}>
      <form
        ref={form.formRef}
        className="stack"
        onSubmit={(event) => void handleSubmit(event)}
        noValidate
      >
        <ProblemAlert error={form.error} />
        <div className="grid grid--2">
          <SelectField
            label={t('offices.kind')}
            name="kind"
            value={kind}
            onValue={(value) => {
              setKind(value as OfficeKind);
              setParentId('');
            }}
            options={KINDS.map((k) => ({ value: k, label: t(`officeKind.${k}`) }))}
            required
            error={form.fieldError('kind')}
          />
          <SelectField
            label={t('offices.parent')}
            hint={t('offices.parentHint')}
            name="parentId"
            value={parentId}
            onValue={setParentId}
            options={[
              { value: '', label: t('offices.noParent') },
              ...parents.map(({ office }) => ({ value: office.id, label: office.shortName })),
            ]}
            required={kind === 'kanim' || kind === 'tpi'}
            optionalText={t('common.optional')}
            error={form.fieldError('parentId')}
          />
        </div>
        <TextField
          label={t('offices.name')}
          name="name"
          value={name}
          onValue={setName}
          required
          autoFocus
          error={form.fieldError('name')}
        />
        <div className="grid grid--2">
          <TextField
            label={t('offices.shortName')}
            hint={t('offices.shortNameHint')}
            name="shortName"
            value={shortName}
            onValue={setShortName}
            required
            error={form.fieldError('shortName')}
          />
          <TextField
            label={t('offices.code')}
            hint={t('offices.codeHint')}
            name="code"
            value={code}
            onValue={setCode}
            required
            autoCapitalize="characters"
            error={form.fieldError('code')}
          />
        </div>
        <div className="grid grid--2">
          <SelectField
            label={t('offices.zone')}
            hint={t('offices.zoneHint')}
            name="timeZone"
            value={timeZone}
            onValue={setTimeZone}
            options={[
              { value: '', label: t('offices.zoneFromParent') },
              ...ZONES.map((z) => ({ value: z, label: zoneAbbreviation(z) })),
            ]}
            optionalText={t('common.optional')}
            error={form.fieldError('timeZone')}
          />
          {kind === 'kanim' ? (
            <TextField
              label={t('offices.class')}
              hint={t('offices.classHint')}
              name="officeClass"
              value={officeClass}
              onValue={setOfficeClass}
              required
              error={form.fieldError('officeClass')}
            />
          ) : null}
          {kind === 'tpi' ? (
            <SelectField
              label={t('offices.checkpointType')}
              name="checkpointType"
              value={checkpointType}
              onValue={setCheckpointType}
              options={CHECKPOINTS.map((c) => ({ value: c, label: t(`checkpoint.${c}`) }))}
              required
              error={form.fieldError('checkpointType')}
            />
          ) : null}
          {kind === 'partner' ? (
            <SelectField
              label={t('offices.partnerType')}
              name="partnerType"
              value={partnerType}
              onValue={setPartnerType}
              options={PARTNERS.map((p) => ({ value: p, label: t(`partnerType.${p}`) }))}
              required
              error={form.fieldError('partnerType')}
            />
          ) : null}
        </div>
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {t('common.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Edits a Kanwil's or Kanim's coverage: regions found by name, listed, saved as a whole. */
export function CoverageDialog({
  office,
  coverage,
  onClose,
  onSaved,
}: {
  office: Office;
  coverage: RegionRef[];
  onClose: () => void;
  onSaved: (office: OfficeDetail) => void;
}): ReactNode {
  const { t } = useI18n();
  const { announce } = useAnnouncer();
  const form = useApiForm();
  const [regions, setRegions] = useState<{ code: string; name: string }[]>(coverage);

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const codes = regions.map((r) => r.code);
    const outcome = await form.run(() => setOfficeCoverage(office.id, codes));
    if (!outcome.ok) return;
    announce(t('offices.coverageSaved', { name: office.shortName }));
    onSaved(outcome.value);
  }

  // The server names `coverage` or one entry of it (`coverage.2`).
  const coverageError =
    form.fieldError('coverage') ??
    form.error?.fieldErrors.find((e) => /^(body\.)?coverage\./.test(e.path))?.message;
  return (
    <Dialog
      open
      wide
      title={t('offices.editCoverageOf', { name: office.shortName })}
      onClose={onClose}
      closeLabel={t('common.close')}
    >
      <form
        ref={form.formRef}
        className="stack"
        onSubmit={(event) => void handleSubmit(event)}
        noValidate
      >
        <ProblemAlert error={form.error} />
        <p className="muted">{t('offices.coverageIntro')}</p>
        {regions.length === 0 ? (
          <p>{t('offices.coverageNone')}</p>
        ) : (
          <ul className="tag-list" aria-label={t('offices.coverage')}>
            {regions.map((region) => (
              <li key={region.code} className="tag">
                {region.name} <code>{region.code}</code>{' '}
                <button
                  type="button"
                  className="button button--small button--link"
                  aria-label={t('offices.coverageRemove', { name: region.name })}
                  onClick={() => setRegions((all) => all.filter((r) => r.code !== region.code))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <RegionSearch
          code=""
          name=""
          label={t('offices.coverageSearch')}
          hint={t('offices.coverageSearchHint')}
          optional={false}
          levels={COVERAGE_LEVELS}
          error={coverageError}
          onChoose={(region) => {
            if (!region.code) return;
            setRegions((all) => (all.some((r) => r.code === region.code) ? all : [...all, region]));
          }}
        />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {t('common.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
