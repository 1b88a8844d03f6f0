import type { BadgeTone } from '../components/Badge.tsx';
import type { AgreementStatus } from '../api/sharing.api.ts';

/** The badge tone of each agreement state. */
export const STATUS_TONE: Record<AgreementStatus, BadgeTone> = {
  draft: 'warning',
  active: 'success',
  ended: 'neutral',
  expired: 'neutral',
};
