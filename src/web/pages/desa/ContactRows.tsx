import type { ReactNode } from 'react';
import { TextField } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** One contact being written. */
export interface ContactRow {
  name: string;
  role: string;
  phone: string;
}

/** The village contacts of the registration and edit forms: rows of name, role and phone. */
export function ContactRows({
  rows,
  onRows,
  fieldError,
}: {
  rows: ContactRow[];
  onRows: (rows: ContactRow[]) => void;
  fieldError: (path: string) => string | undefined;
}): ReactNode {
  const { t } = useI18n();
  const change = (index: number, patch: Partial<ContactRow>): void =>
    onRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="field">
      <legend className="field__label">{t('desa.contacts')}</legend>
      {rows.map((row, i) => (
        <div key={i} className="grid grid--2">
          <TextField
            label={`${t('desa.contactName')} ${i + 1}`}
            value={row.name}
            onValue={(name) => change(i, { name })}
            error={fieldError(`contacts[${i}].name`) ?? fieldError(`body.contacts.${i}.name`)}
          />
          <TextField
            label={`${t('desa.contactRole')} ${i + 1}`}
            value={row.role}
            onValue={(role) => change(i, { role })}
            error={fieldError(`contacts[${i}].role`) ?? fieldError(`body.contacts.${i}.role`)}
          />
          <TextField
            label={`${t('desa.contactPhone')} ${i + 1}`}
            type="tel"
            value={row.phone}
            onValue={(phone) => change(i, { phone })}
            optionalText={t('common.optional')}
            error={fieldError(`contacts[${i}].phone`)}
          />
          <div>
            <button
              type="button"
              className="button button--small"
              onClick={() => onRows(rows.filter((_, j) => j !== i))}
            >
              {t('desa.removePerson', { n: String(i + 1) })}
            </button>
          </div>
        </div>
      ))}
      <button
        type="button"
        className="button button--small"
        onClick={() => onRows([...rows, { name: '', role: '', phone: '' }])}
      >
        {t('desa.addPerson')}
      </button>
    </fieldset>
  );
}
