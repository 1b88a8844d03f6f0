import MarkdownIt from 'markdown-it';

// Raw HTML is escaped (html: false); links and images may only point to http(s) or a
// relative path, so a bulletin cannot carry javascript: or data: URLs to its readers.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
const SAFE_LINK = /^(https?:\/\/|\/(?!\/)|\.{1,2}\/|#)/i;
markdown.validateLink = (url: string): boolean => SAFE_LINK.test(url.trim());

// Links open in a new tab without giving the opened page a handle on ours.
const defaultLinkOpen =
  markdown.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  if (token && /^https?:/i.test(String(token.attrGet('href') ?? ''))) {
    token.attrSet('rel', 'noopener noreferrer');
    token.attrSet('target', '_blank');
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Renders a bulletin body to HTML that is safe to insert: no raw HTML, only safe links. */
export function renderBulletinMarkdown(source: string): string {
  return markdown.render(source);
}
