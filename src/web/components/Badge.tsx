import type { ReactNode } from 'react';

/** The tones a badge may take; each maps to one colour pair in the stylesheet. */
export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** A small status label; its text carries the meaning, colour only supports it. */
export function Badge({ tone, children }: { tone: BadgeTone; children: ReactNode }): ReactNode {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
