import './ui/styles/tokens';
import './ui/shell/open-database';
import './ui/shell/app-shell';

// The service worker (offline use, updates on the user's word) exists only in a production build.
if (import.meta.env?.PROD) {
  void import('./ui/shell/app-update-registration').then((m) => m.registerAppUpdates());
}
