import { expect } from '@open-wc/testing';
import { formatBytes } from '../../src/i18n';

describe('formatBytes', () => {
  it('writes sizes the way each language does, in the largest unit that fits', () => {
    expect(formatBytes(1_234_567, 'fi').replace(/\s/g, ' ')).to.equal('1,2 Mt');
    expect(formatBytes(1_234_567, 'en').replace(/\s/g, ' ')).to.equal('1.2 MB');
    expect(formatBytes(1_234_567, 'sv').replace(/\s/g, ' ')).to.match(/^1,2 MB$/);
    expect(formatBytes(512, 'fi').replace(/\s/g, ' ')).to.equal('512 t');
    expect(formatBytes(45_600, 'en').replace(/\s/g, ' ')).to.equal('46 kB');
    expect(formatBytes(3_000_000_000, 'en').replace(/\s/g, ' ')).to.equal('3 GB');
    expect(formatBytes(-1, 'en').replace(/\s/g, ' ')).to.equal('0 byte');
  });
});
