// Whether a newer version of the app is installed and waiting. The service worker's registration
// (../shell/app-update-registration.ts, production builds only) fills it in; the notice reads it.
// Kept apart from the registration so the start-up bundle carries no Workbox code.

type Apply = () => Promise<void>;

let waiting: Apply | null = null;
const listeners = new Set<(ready: boolean) => void>();

/** Says a newer version waits; `apply` writes pending saves, then switches to it. */
export function announceUpdate(apply: Apply): void {
  waiting = apply;
  for (const listener of listeners) listener(true);
}

/** Whether a newer version waits for the user's word. */
export function updateReady(): boolean {
  return waiting !== null;
}

/** Switches to the waiting version (after pending saves are written); nothing if none waits. */
export async function applyUpdate(): Promise<void> {
  await waiting?.();
}

/** Calls back when a newer version is ready; returns a function that stops it. */
export function onUpdateReady(listener: (ready: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
