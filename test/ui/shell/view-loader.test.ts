import { expect } from '@open-wc/testing';
import { ViewLoader } from '../../../src/ui/shell/view-loader';

describe('view loader', () => {
  it('a failed view keeps its own failure, other views load, and a retry loads it once the network is back', async () => {
    const loader = new ViewLoader(['assessment-list']);
    let online = false;
    const flaky = () =>
      online
        ? Promise.resolve()
        : Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    await loader.load('results-view', flaky);
    expect(loader.state('results-view')).to.deep.equal({
      status: 'failed',
      message: 'Failed to fetch dynamically imported module',
    });
    // Other views are untouched by it
    expect(loader.isReady('assessment-list')).to.equal(true);
    await loader.load('trash-view', () => Promise.resolve());
    expect(loader.isReady('trash-view')).to.equal(true);
    // Trying again while still offline fails again; once online it loads
    await loader.load('results-view', flaky);
    expect(loader.state('results-view').status).to.equal('failed');
    online = true;
    await loader.load('results-view', flaky);
    expect(loader.isReady('results-view')).to.equal(true);
  });

  it('loads a module once, even when asked twice at the same time', async () => {
    const loader = new ViewLoader();
    let calls = 0;
    const load = () => {
      calls++;
      return Promise.resolve();
    };
    await Promise.all([loader.load('x', load), loader.load('x', load)]);
    await loader.load('x', load);
    expect(calls).to.equal(1);
  });
});
