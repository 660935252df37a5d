/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';
import { flushAllPending } from '../../storage/connection';
import { announceUpdate } from '../state/app-update';

// Loaded by main.ts in production builds only, after the first render: Vite's dev server and the
// test runner have no service worker (vite.config.ts makes it, with registerType 'prompt').

/** How often an open app asks the host whether there is a newer version. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Registers the service worker that keeps the app available offline. A newer version never takes
 * over by itself: the app says it is ready, and on the user's word writes every pending save,
 * then lets the new worker take over and reloads.
 */
export function registerAppUpdates(): void {
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      announceUpdate(async () => {
        await flushAllPending();
        await update(true);
      });
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) void registration.update().catch(() => undefined);
      }, CHECK_EVERY_MS);
    },
  });
}
