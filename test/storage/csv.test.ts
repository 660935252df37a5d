import { expect } from '@open-wc/testing';
import type { CsvTable } from '../../src/model/csv-tables';
import {
  csvDialect,
  csvRows,
  neutraliseFormula,
  parseCsv,
  toCsv,
  UTF8_BOM,
} from '../../src/storage/csv';

const table: CsvTable = {
  header: ['Organisaatio', 'Pisteet', 'Muutos', 'Muistiinpanot'],
  rows: [
    ['Harjukylä', 62.5, -25, 'Sanoi "hyvä"; jatketaan'],
    ['Åminne; Östervik', 100, null, 'rivi 1\nrivi 2'],
    ['=HYPERLINK("http://x")', 0, 12.345, '+1'],
    ['@SUM(A1)', null, 0, '-2\tx'],
    ['\tsisennys', 1, 1, '\rpaluu'],
  ],
};

describe('CSV files', () => {
  it('starts with a UTF-8 BOM and uses ; and a decimal comma for fi and sv', () => {
    for (const lang of ['fi', 'sv'] as const) {
      const text = toCsv(table, csvDialect(lang));
      expect(text.startsWith(UTF8_BOM)).to.equal(true);
      expect(text.slice(1).split('\r\n')[0]).to.equal('Organisaatio;Pisteet;Muutos;Muistiinpanot');
      expect(text).to.contain('Harjukylä;62,5;-25;');
    }
  });

  it('uses , and a decimal point for en', () => {
    const text = toCsv(table, csvDialect('en'));
    expect(text.startsWith(UTF8_BOM)).to.equal(true);
    expect(text).to.contain('Harjukylä,62.5,-25,');
    expect(text).to.contain(',12.35,');
  });

  it('quotes separators, quotes and line breaks', () => {
    const fi = toCsv(table, csvDialect('fi'));
    expect(fi).to.contain('"Sanoi ""hyvä""; jatketaan"');
    expect(fi).to.contain('"Åminne; Östervik"');
    expect(fi).to.contain('"rivi 1\nrivi 2"');
    // A comma needs no quotes with ;, but does with ,
    const en = toCsv({ header: ['a'], rows: [['x, y']] }, csvDialect('en'));
    expect(en).to.equal(`${UTF8_BOM}a\r\n"x, y"`);
  });

  it('neutralises cells a spreadsheet would read as a formula, but not our numbers', () => {
    expect(neutraliseFormula('=1+1')).to.equal("'=1+1");
    expect(neutraliseFormula('+1')).to.equal("'+1");
    expect(neutraliseFormula('-2')).to.equal("'-2");
    expect(neutraliseFormula('@x')).to.equal("'@x");
    expect(neutraliseFormula('\tx')).to.equal("'\tx");
    expect(neutraliseFormula('\rx')).to.equal("'\rx");
    expect(neutraliseFormula('a=b')).to.equal('a=b');
    const rows = parseCsv(toCsv(table, csvDialect('fi')), csvDialect('fi'));
    expect(rows[3]![0]).to.equal('\'=HYPERLINK("http://x")');
    expect(rows[3]![3]).to.equal("'+1");
    expect(rows[4]![0]).to.equal("'@SUM(A1)");
    expect(rows[4]![3]).to.equal("'-2\tx");
    expect(rows[5]![0]).to.equal("'\tsisennys");
    expect(rows[5]![3]).to.equal("'\rpaluu");
    expect(rows[1]![2]).to.equal('-25'); // a number, not a formula
  });

  it('parses back with papaparse to exactly its table, in every dialect', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const dialect = csvDialect(lang);
      expect(parseCsv(toCsv(table, dialect), dialect)).to.deep.equal(csvRows(table, dialect));
    }
    expect(csvRows(table, csvDialect('fi'))[1]).to.deep.equal([
      'Harjukylä',
      '62,5',
      '-25',
      'Sanoi "hyvä"; jatketaan',
    ]);
  });
});
