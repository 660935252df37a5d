import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLocaleChange } from '../../i18n';

/** Re-renders its host whenever the UI language changes. */
export class LocaleController implements ReactiveController {
  private stop?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stop = onLocaleChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stop?.();
  }
}
