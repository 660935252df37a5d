import { expect } from '@open-wc/testing';
import type { Scale } from '../../src/model/checklist';
import {
  digitForLevel,
  digitKeys,
  levelForDigit,
  levelLabel,
  presetScale,
  SCALE_PRESET_IDS,
} from '../../src/model/scales';

const custom: Scale = {
  id: 'custom',
  levels: [10, 20, 30].map((value, i) => ({
    value,
    score: i * 50,
    label: `L${value}`,
    description: '',
  })),
};

describe('scales', () => {
  it('has the three presets, each rising from score 0 to 100', () => {
    expect(SCALE_PRESET_IDS).to.deep.equal(['maturity-0-4', 'scale-1-5', 'yes-no']);
    for (const id of SCALE_PRESET_IDS) {
      const scores = presetScale(id, 'fi')!.levels.map((l) => l.score);
      expect(scores[0], id).to.equal(0);
      expect(scores[scores.length - 1], id).to.equal(100);
      expect(
        [...scores].sort((a, b) => a - b),
        id,
      ).to.deep.equal(scores);
    }
    expect(presetScale('1-10', 'fi')).to.equal(undefined);
  });

  it('maps digit keys to the values when every value is a digit', () => {
    const five = presetScale('scale-1-5', 'fi')!;
    expect([0, 1, 5, 6].map((d) => levelForDigit(five, d))).to.deep.equal([
      undefined,
      1,
      5,
      undefined,
    ]);
    const yesNo = presetScale('yes-no', 'en')!;
    expect([0, 1, 2].map((d) => levelForDigit(yesNo, d))).to.deep.equal([0, 1, undefined]);
    expect(digitKeys(presetScale('maturity-0-4', 'fi')!)).to.equal('0 – 4');
    expect(digitKeys(five)).to.equal('1 – 5');
    expect(digitKeys(yesNo)).to.equal('0 1');
    expect(digitForLevel(five, 3)).to.equal(3);
  });

  it('maps 1–9 to the levels in order when the values are not all digits', () => {
    expect([0, 1, 2, 3, 4].map((d) => levelForDigit(custom, d))).to.deep.equal([
      undefined,
      10,
      20,
      30,
      undefined,
    ]);
    expect(digitForLevel(custom, 30)).to.equal(3);
    expect(digitForLevel(custom, 40)).to.equal(undefined);
    expect(digitKeys(custom)).to.equal('1 – 3');
  });

  it('names a level by value and label, and nothing for a value the scale lacks', () => {
    const scale = presetScale('maturity-0-4', 'fi')!;
    const level = scale.levels[2]!;
    expect(levelLabel(scale, level.value)).to.equal(`${level.value} – ${level.label}`);
    expect(levelLabel(custom, custom.levels[0]!.value)).to.equal(
      `${custom.levels[0]!.value} – ${custom.levels[0]!.label}`,
    );
    expect(levelLabel(scale, 99)).to.equal(undefined);
    expect(levelLabel(scale, null)).to.equal(undefined);
  });
});
