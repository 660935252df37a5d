import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { renderInlineMarkdown, renderMarkdown } from '../../checklist/render';

// The only places the app puts HTML into the page: both strings come out of DOMPurify first.

/** Block Markdown from a checklist, sanitized. */
export function markdown(text: string) {
  return unsafeHTML(renderMarkdown(text));
}

/** Inline Markdown (a list entry), sanitized. */
export function inlineMarkdown(text: string) {
  return unsafeHTML(renderInlineMarkdown(text));
}
