/** Where a view's module stands: not asked for, loading, ready, or failed with a message. */
export type ViewLoadState =
  { status: 'idle' | 'loading' | 'ready' } | { status: 'failed'; message: string };

/**
 * Loads views' modules on demand, each on its own: a failure belongs to that view alone (others
 * still load and show), and the next request for it (a retry, or coming back to it) tries again.
 */
export class ViewLoader {
  private readonly states = new Map<string, ViewLoadState>();
  private readonly pending = new Map<string, Promise<void>>();

  /** @param ready views whose module is in the start-up bundle */
  constructor(ready: Iterable<string> = []) {
    for (const tag of ready) this.states.set(tag, { status: 'ready' });
  }

  /** The state of one view. */
  state(tag: string): ViewLoadState {
    return this.states.get(tag) ?? { status: 'idle' };
  }

  /** True once the view's module is in. */
  isReady(tag: string): boolean {
    return this.state(tag).status === 'ready';
  }

  /** Loads a view's module unless it is in or on its way; a failed one is tried again. */
  load(tag: string, load: () => Promise<unknown>): Promise<void> {
    if (this.isReady(tag)) return Promise.resolve();
    const running = this.pending.get(tag);
    if (running) return running;
    this.states.set(tag, { status: 'loading' });
    const attempt = load().then(
      () => {
        this.states.set(tag, { status: 'ready' });
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        this.states.set(tag, { status: 'failed', message });
      },
    );
    const settled = attempt.finally(() => this.pending.delete(tag));
    this.pending.set(tag, settled);
    return settled;
  }
}
