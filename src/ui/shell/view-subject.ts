import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A view says what it shows (an assessment's organisation, a checklist's title), so the shell can
 * put it in the document title. Bubbles out of the view's shadow root.
 */
export class ViewSubjectEvent extends Event {
  static readonly type = 'view-subject';
  constructor(readonly subject: string) {
    super(ViewSubjectEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'view-subject': ViewSubjectEvent;
  }
}

/** Reports its host view's subject whenever it changes (empty while nothing is loaded). */
export class ViewSubjectController implements ReactiveController {
  private reported?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly subject: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.reported = undefined;
  }

  hostUpdated(): void {
    const subject = this.subject() ?? '';
    if (subject === this.reported) return;
    this.reported = subject;
    this.host.dispatchEvent(new ViewSubjectEvent(subject));
  }
}
