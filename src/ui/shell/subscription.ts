import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A value the host shows from a module-level source: read when the host connects, kept current by the
 * source's listener while it is connected, and the host re-rendered on each change.
 */
export class Subscription<T> implements ReactiveController {
  value: T;
  private stop?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly read: () => T,
    private readonly listen: (listener: (value: T) => void) => () => void,
  ) {
    this.value = read();
    host.addController(this);
  }

  hostConnected(): void {
    this.value = this.read();
    this.stop = this.listen((value) => {
      this.value = value;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }
}
