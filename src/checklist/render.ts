import DOMPurify from 'dompurify';
import { marked } from 'marked';

// Checklist texts may come from anyone (imported files), so every piece of HTML made from them passes DOMPurify.
const PURIFY_CONFIG = {
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'option'],
  FORBID_ATTR: ['style'],
};

let hooked = false;
function purifier(): typeof DOMPurify {
  if (!hooked) {
    // Links in checklist texts open outside the app and cannot reach back into it.
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    hooked = true;
  }
  return DOMPurify;
}

/** Markdown (blocks) → sanitized HTML string. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return purifier().sanitize(html, PURIFY_CONFIG);
}

/** Inline Markdown (one list entry, say) → sanitized HTML string. */
export function renderInlineMarkdown(markdown: string): string {
  const html = marked.parseInline(markdown, { async: false, gfm: true });
  return purifier().sanitize(html, PURIFY_CONFIG);
}
