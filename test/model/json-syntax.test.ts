import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { findJsonError } from '../../src/model/json-syntax';

describe('findJsonError', () => {
  it('points at the first bad character', () => {
    expect(findJsonError('{"a": x}')).to.deep.equal({ offset: 6, end: false });
    expect(findJsonError('[1,]')).to.deep.equal({ offset: 3, end: false });
    expect(findJsonError('{"a" 1}')).to.deep.equal({ offset: 5, end: false });
    expect(findJsonError('{} x')).to.deep.equal({ offset: 3, end: false });
    expect(findJsonError('"a\\q"')).to.deep.equal({ offset: 3, end: false });
    expect(findJsonError('1')).to.deep.equal({ offset: 1, end: false });
    expect(findJsonError('[1.x]')).to.deep.equal({ offset: 2, end: false });
  });

  it('says when the text stops early', () => {
    for (const cut of ['{"a": [1,', '{"a": "ab', '[', '', '  ', '{"a"', '"\\u00']) {
      expect(findJsonError(cut).end, cut).to.equal(true);
    }
  });

  it('finds no error in valid JSON and calls every prefix of it truncated', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 1);
        expect(findJsonError(text)).to.deep.equal({ offset: text.length, end: false });
        for (let n = 0; n < text.length; n++) {
          const prefix = text.slice(0, n);
          let parses = true;
          try {
            JSON.parse(prefix);
          } catch {
            parses = false;
          }
          if (!parses) expect(findJsonError(prefix).end, prefix).to.equal(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
