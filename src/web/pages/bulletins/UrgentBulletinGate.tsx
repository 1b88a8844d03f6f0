import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { confirmBulletin, listUrgentUnconfirmed } from '../../api/bulletins.api.ts';
import { useSession } from '../../app/session.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useApiForm } from '../../components/use-api-form.ts';
import { useLoad } from '../../components/use-load.ts';
import { formatDateTime } from '../../format/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { BulletinBody } from './BulletinBody.tsx';
import '../meetings/coord.css';

/**
 * Shown right after sign-in while the user has urgent (segera) bulletins they have not
 * confirmed: a modal <dialog> that Escape does not close, one bulletin at a time, until each is
 * confirmed. Signing out stays possible, so nobody is trapped.
 */
export function UrgentBulletinGate(): ReactNode {
  const { t, language } = useI18n();
  const { timeZone, refreshUnread, signOut } = useSession();
  const urgent = useLoad(listUrgentUnconfirmed, []);
  const form = useApiForm();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const current = urgent.data?.[0];
  const remaining = urgent.data?.length ?? 0;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (current && !dialog.open) dialog.showModal();
    if (!current && dialog.open) dialog.close();
    // Start reading at the bulletin's title rather than at the first link of its body.
    if (current) headingRef.current?.focus();
  }, [current]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // Escape must not dismiss an urgent bulletin that has not been confirmed.
    const handleCancel = (event: Event): void => event.preventDefault();
    dialog.addEventListener('cancel', handleCancel);
    return () => dialog.removeEventListener('cancel', handleCancel);
  }, []);

  async function handleConfirm(id: string): Promise<void> {
    const outcome = await form.run(() => confirmBulletin(id));
    if (!outcome.ok) return;
    refreshUnread();
    urgent.reload();
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog urgent-dialog"
      aria-labelledby={titleId}
      aria-describedby={current ? bodyId : undefined}
      data-testid="urgent-bulletin"
    >
      {current ? (
        <>
          <header className="dialog__header">
            <div>
              <p className="muted small">{t('bulletins.urgentLead', { count: remaining })}</p>
              <h2 id={titleId} ref={headingRef} tabIndex={-1}>
                {current.title}
              </h2>
              <p className="muted small">
                {current.authorOffice.name} · {formatDateTime(current.sentAt, language, timeZone)}
              </p>
            </div>
          </header>
          <div className="dialog__body">
            <BulletinBody id={bodyId} html={current.bodyHtml} />
            <form ref={form.formRef} className="stack" onSubmit={(e) => e.preventDefault()}>
              <ProblemAlert error={form.error} />
              <div className="actions">
                <button type="button" className="button" onClick={() => void signOut()}>
                  {t('header.signOut')}
                </button>
                <button
                  type="button"
                  className="button button--primary"
                  disabled={form.busy}
                  onClick={() => void handleConfirm(current.id)}
                >
                  {t('bulletins.confirm')}
                </button>
              </div>
            </form>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
