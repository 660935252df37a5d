// Start-up work cut into short tasks, so that no long one blocks input (bench/BUDGETS.md:
// start-up blocking under CPU throttling).

/** Resolves in a later task, after the browser has had the chance to paint and handle input. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Like nextTask, but the continuation goes ahead of the tasks already queued (scheduler.yield,
 * where there is one): for work that should only let input and painting in, not wait its turn.
 */
export function yieldToBrowser(): Promise<void> {
  if (typeof scheduler !== 'undefined' && typeof scheduler.yield === 'function') {
    return scheduler.yield();
  }
  return nextTask();
}

/**
 * Resolves when the browser is idle (requestIdleCallback), or at the latest after `timeout` ms;
 * where there is no requestIdleCallback (Safari), after a short timeout.
 */
export function whenIdle(timeout = 1000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 50);
  });
}
