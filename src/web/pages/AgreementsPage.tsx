import { useState } from 'react';
import type { ReactNode } from 'react';
import { listAgreements, statusOf } from '../api/sharing.api.ts';
import { Link, navigate } from '../app/router.tsx';
import { agreementPath } from '../app/routes.ts';
import { useSession } from '../app/session.tsx';
import { Badge } from '../components/Badge.tsx';
import { LoadError } from '../components/ProblemAlert.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDate } from '../format/dates.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { STATUS_TONE } from './agreement-status.ts';
import { ProposeAgreementDialog } from './ProposeAgreementDialog.tsx';

/** Perjanjian Berbagi Data: agreements with their state, and the propose form. */
export function AgreementsPage(): ReactNode {
  const { t, language } = useI18n();
  const { can } = useSession();
  const [proposing, setProposing] = useState(false);
  const agreements = useLoad(listAgreements, []);
  return (
    <section className="page">
      <div className="page__head">
        <h1>{t('agreements.title')}</h1>
        {can('sharing.propose') ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setProposing(true)}
          >
            {t('agreements.propose')}
          </button>
        ) : null}
      </div>
      <p className="muted">{t('agreements.intro')}</p>
      {agreements.error ? <LoadError error={agreements.error} onRetry={agreements.reload} /> : null}
      {agreements.loading ? <p role="status">{t('common.loading')}</p> : null}
      {agreements.data && agreements.data.length === 0 ? <p>{t('agreements.empty')}</p> : null}
      {agreements.data && agreements.data.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('agreements.titleField')}</th>
                <th scope="col">{t('agreements.status')}</th>
                <th scope="col">{t('agreements.parties')}</th>
                <th scope="col">{t('agreements.dataKinds')}</th>
                <th scope="col">{t('agreements.validity')}</th>
              </tr>
            </thead>
            <tbody>
              {agreements.data.map((agreement) => {
                const status = statusOf(agreement);
                const approved = agreement.parties.filter((p) => p.approvedAt).length;
                return (
                  <tr key={agreement.id}>
                    <th scope="row">
                      <Link to={agreementPath(agreement.id)}>{agreement.title}</Link>
                    </th>
                    <td>
                      <Badge tone={STATUS_TONE[status]}>{t(`agreementStatus.${status}`)}</Badge>
                      {status === 'draft' ? (
                        <div className="muted small">
                          {t('agreements.approvalCount', {
                            done: approved,
                            total: agreement.parties.length,
                          })}
                        </div>
                      ) : null}
                    </td>
                    <td>
                      <ul className="plain-list plain-list--tight">
                        {agreement.parties.map((p) => (
                          <li key={p.officeId}>{p.name}</li>
                        ))}
                      </ul>
                    </td>
                    <td>{agreement.dataKinds.map((k) => t(`dataKind.${k}`)).join(', ')}</td>
                    <td className="nowrap">
                      {formatDate(agreement.validFrom, language)} –{' '}
                      {agreement.validUntil
                        ? formatDate(agreement.validUntil, language)
                        : t('agreements.noEnd')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {proposing ? (
        <ProposeAgreementDialog
          onClose={() => setProposing(false)}
          onProposed={(id) => {
            setProposing(false);
            navigate(agreementPath(id));
          }}
        />
      ) : null}
    </section>
  );
}
