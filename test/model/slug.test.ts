import { expect } from '@open-wc/testing';
import { slug } from '../../src/model/slug';

describe('slug', () => {
  it('makes ASCII file names, Finnish and Sámi letters folded', () => {
    expect(slug('Inarin kunta ja Sámi Searvi čđŋŧ')).to.equal('inarin-kunta-ja-sami-searvi-cdnt');
    expect(slug('Järvelän kaupunki (esittely)')).to.equal('jarvelan-kaupunki-esittely');
    expect(slug('Åland Þór Straße')).to.equal('aland-thor-strasse');
    expect(slug('€€€')).to.equal('');
  });

  it('stops at the length asked for, never on a dash', () => {
    expect(slug('a '.repeat(100))).to.have.length.at.most(60);
    expect(slug('abcd efgh', { maxLength: 5 })).to.equal('abcd');
  });

  it('keeps case and extra characters when asked', () => {
    expect(slug('Pohjois-Savo 1.0_b', { keep: '._', keepCase: true })).to.equal(
      'Pohjois-Savo-1.0_b',
    );
    expect(slug('..x', { keep: '.' })).to.equal('x');
  });
});
