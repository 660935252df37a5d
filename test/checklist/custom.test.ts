import { expect } from '@open-wc/testing';
import {
  blankChecklist,
  checklistFileName,
  customChecklistFrom,
  decodeChecklistFile,
  readHeaderLeniently,
} from '../../src/checklist/custom';
import { parseChecklist } from '../../src/checklist/parse';
import { SMALL_CHECKLIST } from '../fixtures/checklists';

const TEXTS = {
  id: 'oma-lista',
  title: 'Oma lista',
  heading: 'Pääkohta',
  statement: 'Väittämä.',
  explanation: 'Selitys.',
  evidence: 'Näyttö',
  question: 'Kysymys?',
};
const bytes = (s: string) => new TextEncoder().encode(s);

describe('custom checklists', () => {
  it('makes a valid blank checklist in each language', () => {
    for (const language of ['fi', 'sv', 'en'] as const) {
      const parsed = parseChecklist(blankChecklist(language, TEXTS));
      expect(parsed.ok, language).to.equal(true);
      if (!parsed.ok) continue;
      expect(parsed.checklist.language).to.equal(language);
      expect(parsed.checklist.headings).to.have.length(1);
      expect(parsed.checklist.headings[0]!.items[0]!.evidence).to.deep.equal(['Näyttö']);
      expect(parsed.warnings).to.deep.equal([]);
    }
  });

  it('reads title, id and version from a valid file and marks it ready', () => {
    const r = customChecklistFrom(SMALL_CHECKLIST, { key: 'k', createdAt: 'c' }, 'n');
    expect(r).to.deep.equal({
      key: 'k',
      source: SMALL_CHECKLIST,
      title: 'Pieni lista',
      checklistId: 'pieni',
      version: '1',
      draft: false,
      createdAt: 'c',
      updatedAt: 'n',
    });
  });

  it('keeps a file with errors as a draft, named from its header', () => {
    const broken = SMALL_CHECKLIST.replace('{#I3}', '{#3}');
    const r = customChecklistFrom(broken, { key: 'k', basedOn: 'kunta.fi', createdAt: 'c' }, 'n');
    expect(r.draft).to.equal(true);
    expect([r.title, r.checklistId, r.version, r.basedOn]).to.deep.equal([
      'Pieni lista',
      'pieni',
      '1',
      'kunta.fi',
    ]);
  });

  it('reads a header leniently, quotes removed, and nothing without one', () => {
    expect(readHeaderLeniently('---\nid: a\ntitle: "Otsikko: x"\nrikki\n---\n# x')).to.deep.equal({
      id: 'a',
      title: 'Otsikko: x',
    });
    expect(readHeaderLeniently('# Ei otsaketta')).to.deep.equal({});
  });

  it('names downloads <id>-<version>.md with safe characters', () => {
    expect(checklistFileName('kunta', '1.0.0')).to.equal('kunta-1.0.0.md');
    expect(checklistFileName('Pohjois-Savo', 'kevät 2027/2')).to.equal(
      'Pohjois-Savo-kevat-2027-2.md',
    );
    expect(checklistFileName('', '')).to.equal('checklist.md');
  });

  it('reads Markdown text files and refuses other files with a reason', () => {
    expect(decodeChecklistFile('a.md', bytes('\uFEFF---\r\nid: a\r\n'))).to.deep.equal({
      ok: true,
      source: '---\nid: a\n',
    });
    expect(decodeChecklistFile('a.TXT', bytes('x')).ok).to.equal(true);
    expect(decodeChecklistFile('kuva.png', bytes('x'))).to.deep.equal({
      ok: false,
      problem: 'notMarkdown',
    });
    expect(
      decodeChecklistFile(
        'a.md',
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      ),
    ).to.deep.equal({
      ok: false,
      problem: 'notText',
    });
    expect(
      decodeChecklistFile('a.md', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00])),
    ).to.deep.equal({ ok: false, problem: 'notText' });
    expect(decodeChecklistFile('a.md', bytes(' \n\n'))).to.deep.equal({
      ok: false,
      problem: 'empty',
    });
    expect(decodeChecklistFile('a.md', new Uint8Array(1_000_001).fill(65))).to.deep.equal({
      ok: false,
      problem: 'tooLarge',
    });
  });

  it('reads UTF-16 with a byte-order mark, and names the encoding of other text files', () => {
    const text = '---\nid: ä\n';
    const utf16 = (littleEndian: boolean, bom: boolean) => {
      const units = [...(bom ? [0xfeff] : []), ...[...text].map((c) => c.charCodeAt(0))];
      const out = new Uint8Array(units.length * 2);
      const view = new DataView(out.buffer);
      units.forEach((u, i) => view.setUint16(i * 2, u, littleEndian));
      return out;
    };
    expect(decodeChecklistFile('a.md', utf16(true, true))).to.deep.equal({
      ok: true,
      source: text,
    });
    expect(decodeChecklistFile('a.md', utf16(false, true))).to.deep.equal({
      ok: true,
      source: text,
    });
    expect(decodeChecklistFile('a.md', utf16(true, false))).to.deep.equal({
      ok: false,
      problem: 'utf16NoBom',
    });
    const latin1 = new Uint8Array(
      [...'---\ntitle: J'].map((c) => c.charCodeAt(0)).concat([0xe4, 0x72, 0x6a, 0x0a]),
    );
    expect(decodeChecklistFile('a.md', latin1)).to.deep.equal({ ok: false, problem: 'latin1' });
  });
});
