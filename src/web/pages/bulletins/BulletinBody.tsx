import type { ReactNode } from 'react';

/**
 * A bulletin body as the server rendered it. The server renders Markdown with raw HTML
 * switched off (markdown-it `html: false`, so any tag in the source arrives escaped) and lets
 * links point only to http(s) or relative addresses; that is what makes inserting it safe.
 */
export function BulletinBody({ html, id }: { html: string; id?: string }): ReactNode {
  return <div id={id} className="bulletin-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
