import type { BadgeTone } from '../components/Badge.tsx';
import type { EffectiveStatus } from '../api/sharing.api.ts';

/** The badge tone of each agreement state. */
export const STATUS_TONE: Record<EffectiveStatus, BadgeTone> = {
  draft: 'warning',
  scheduled: 'info',
  active: 'success',
  ended: 'neutral',
  expired: 'neutral',
};
