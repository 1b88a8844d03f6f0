import type { CSSProperties, ReactNode } from 'react';
import type { FactSpan } from '../../api/news.api.ts';

/** Colours per fact kind; the legend and each mark's title carry the meaning too. */
export const SPAN_STYLES: Record<FactSpan['kind'], CSSProperties> = {
  office: { background: '#dbeafe', borderBottom: '2px solid #1d4ed8' },
  place: { background: '#dcfce7', borderBottom: '2px solid #15803d' },
  date: { background: '#fef3c7', borderBottom: '2px solid #b45309' },
  person: { background: '#fce7f3', borderBottom: '2px solid #be185d' },
  number: { background: '#ede9fe', borderBottom: '2px solid #6d28d9' },
};

/**
 * An article's text with its facts marked. The text and the spans come from the server as data
 * and are rendered as React text nodes only, never as HTML.
 */
export function HighlightedText({
  text,
  spans,
  kindLabel,
}: {
  text: string;
  spans: readonly FactSpan[];
  kindLabel: (kind: FactSpan['kind']) => string;
}): ReactNode {
  const parts: ReactNode[] = [];
  let at = 0;
  spans.forEach((span, i) => {
    if (span.start < at || span.end > text.length) return;
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(
      <mark
        key={i}
        data-kind={span.kind}
        title={`${kindLabel(span.kind)}: ${span.label}`}
        style={{ ...SPAN_STYLES[span.kind], color: 'inherit', padding: '0 1px' }}
      >
        {text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return (
    <div className="news-text" style={{ whiteSpace: 'pre-wrap', lineHeight: 1.7 }}>
      {parts}
    </div>
  );
}
