import { expect } from '@open-wc/testing';
import {
  elapsedSeconds,
  formatClock,
  readTimer,
  stoppedTimer,
  toggleTimer,
} from '../../src/model/timer';

describe('item timer', () => {
  it('counts only while it runs, and keeps the seconds over a pause', () => {
    let timer = stoppedTimer(1000);
    expect(elapsedSeconds(timer, 60_000)).to.equal(0);
    timer = toggleTimer(timer, 2000); // start
    expect(timer.running).to.equal(true);
    expect(elapsedSeconds(timer, 12_000)).to.equal(10);
    timer = toggleTimer(timer, 32_000); // pause after 30 s
    expect(timer).to.deep.equal({ seconds: 30, running: false, at: 32_000 });
    expect(elapsedSeconds(timer, 100_000)).to.equal(30);
    timer = toggleTimer(timer, 100_000); // on again
    expect(elapsedSeconds(timer, 104_500)).to.equal(34.5);
  });

  it('is read at a moment for the projector, which counts on from there', () => {
    const running = toggleTimer(stoppedTimer(0), 0);
    const read = readTimer(running, 5000);
    expect(read).to.deep.equal({ seconds: 5, running: true, at: 5000 });
    expect(elapsedSeconds(read, 7000)).to.equal(elapsedSeconds(running, 7000));
  });

  it('never counts backwards when clocks disagree', () => {
    const running = toggleTimer(stoppedTimer(5000), 5000);
    expect(elapsedSeconds(running, 4000)).to.equal(0);
  });

  it('shows minutes and seconds', () => {
    expect(formatClock(0)).to.equal('0:00');
    expect(formatClock(4 * 60 + 7.9)).to.equal('4:07');
    expect(formatClock(61 * 60 + 30)).to.equal('61:30');
    expect(formatClock(-3)).to.equal('0:00');
  });
});
