type DetailOf<K extends keyof HTMLElementEventMap> =
  HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches a registered event from a control, bubbling out of its shadow root; the detail is
 * checked against the type registered in HTMLElementEventMap.
 */
export function emit<K extends keyof HTMLElementEventMap>(
  host: HTMLElement,
  type: K,
  detail: DetailOf<K>,
): void {
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
