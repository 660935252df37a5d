// Start-up work cut into short tasks, so that no long one blocks input (bench/BUDGETS.md:
// start-up blocking under CPU throttling).

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
