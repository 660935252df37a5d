// The workshop's item timer as plain data, so the facilitator's view and the projector count alike
// and the arithmetic is tested without a clock. Times are milliseconds (Date.now()).

/** Seconds counted so far, whether it runs, and when it last started or was read. */
export interface ItemTimer {
  seconds: number;
  running: boolean;
  at: number;
}

/** A timer at zero, stopped. */
export function stoppedTimer(now: number): ItemTimer {
  return { seconds: 0, running: false, at: now };
}

/** The seconds a timer shows at `now`: what it had, plus the time since it started if it runs. */
export function elapsedSeconds(timer: ItemTimer, now: number): number {
  return timer.seconds + (timer.running ? Math.max(0, now - timer.at) / 1000 : 0);
}

/** The same timer read at `now` (for sending: the receiver counts on from `at`). */
export function readTimer(timer: ItemTimer, now: number): ItemTimer {
  return { seconds: elapsedSeconds(timer, now), running: timer.running, at: now };
}

/** Starts a stopped timer or pauses a running one, keeping the seconds counted. */
export function toggleTimer(timer: ItemTimer, now: number): ItemTimer {
  return timer.running
    ? { seconds: elapsedSeconds(timer, now), running: false, at: now }
    : { ...timer, running: true, at: now };
}

/** Minutes and seconds, as a clock shows them: 0:00, 4:07, 61:30. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
