import DOMPurify from 'dompurify';
import { marked } from 'marked';

// Checklist texts may come from anyone (imported files), so every piece of HTML made from them passes DOMPurify.
const PURIFY_CONFIG = {
  // HTML only: no SVG or MathML, whose elements can point at outside resources in more ways.
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'option',
    'picture',
    'source',
    'video',
    'audio',
    'track',
    'iframe',
    'object',
    'embed',
  ],
  FORBID_ATTR: ['style', 'srcset', 'poster', 'background', 'ping', 'action', 'formaction'],
};

/** Attributes a browser fetches by itself; only an inline `data:` URL stays on the device. */
const FETCHED = ['src', 'xlink:href', 'data'];
const INLINE_URL = /^data:/i;

let hooked = false;
function purifier(): typeof DOMPurify {
  if (!hooked) {
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      // Links in checklist texts open outside the app and cannot reach back into it; they load
      // nothing until the user follows one.
      if (node.tagName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
      // Nothing else may make the browser fetch from outside: a remote image becomes its alt text.
      for (const name of FETCHED) {
        const value = node.getAttribute(name);
        if (value !== null && !INLINE_URL.test(value.trim())) node.removeAttribute(name);
      }
      if (node.tagName === 'IMG' && !node.hasAttribute('src')) {
        node.replaceWith(node.ownerDocument.createTextNode(node.getAttribute('alt') ?? ''));
      }
    });
    hooked = true;
  }
  return DOMPurify;
}

/**
 * Sanitized HTML by Markdown text. A checklist's texts are the same on every render, so each is
 * parsed and sanitized once; the bound keeps a long session's memory flat.
 */
const cache = new Map<string, string>();
const CACHE_ENTRIES = 5000;
let sanitized = 0;

function cached(key: string, make: () => string): string {
  let html = cache.get(key);
  if (html === undefined) {
    html = make();
    sanitized++;
    if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
    cache.set(key, html);
  }
  return html;
}

/** Markdown (blocks) → sanitized HTML string. */
export function renderMarkdown(markdown: string): string {
  return cached(`b${markdown}`, () =>
    purifier().sanitize(marked.parse(markdown, { async: false, gfm: true }), PURIFY_CONFIG),
  );
}

/** Inline Markdown (one list entry, say) → sanitized HTML string. */
export function renderInlineMarkdown(markdown: string): string {
  return cached(`i${markdown}`, () =>
    purifier().sanitize(marked.parseInline(markdown, { async: false, gfm: true }), PURIFY_CONFIG),
  );
}

/** How many texts have been parsed and sanitized so far (each distinct text once). */
export function sanitizedCount(): number {
  return sanitized;
}
