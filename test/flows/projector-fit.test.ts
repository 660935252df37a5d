import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { BUILTIN_CHECKLISTS } from '../../src/checklist/builtin';
import { parseChecklist } from '../../src/checklist/parse';
import { LOCALES, loadMessages, setLocale } from '../../src/i18n';
import type { Assessment, Tally } from '../../src/model/assessment';
import { allItems, type Checklist } from '../../src/model/checklist';
import { buildRoomView, type WorkshopCursor } from '../../src/model/room';
import '../../src/ui/views/workshop-projector';
import type { WorkshopProjector } from '../../src/ui/views/workshop-projector';

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

/** Every built-in checklist, parsed: new ones in the registry are covered without touching this test. */
const CHECKLISTS: { key: string; checklist: Checklist }[] = BUILTIN_CHECKLISTS.map((c) => {
  const parsed = parseChecklist(c.source);
  if (!parsed.ok) throw new Error(`built-in ${c.key} does not parse`);
  return { key: c.key, checklist: parsed.checklist };
});

/** The fullest room an item can have: an agreed level, two perspectives, votes on every level and survey answers. */
function assessmentFor(checklist: Checklist): Assessment {
  const tally: Tally = Object.fromEntries(
    checklist.scale.levels.map((l, i) => [String(l.value), 10 + i * 3]),
  );
  const answers = Object.fromEntries(
    allItems(checklist).map((item) => [
      item.id,
      {
        level: checklist.scale.levels[1]!.value,
        notes: '',
        actions: [],
        tally,
        ratings: { kunta: checklist.scale.levels[0]!.value, jarjestot: null },
      },
    ]),
  );
  return {
    id: 'fit',
    organisation: 'Pohjois-Pohjanmaan hyvinvointialueen järjestöyhteistyön neuvottelukunta',
    organisationType: 'municipality',
    date: '2026-12-02',
    participants: '',
    checklist: {
      id: checklist.id,
      version: checklist.version,
      title: checklist.title,
      hash: '0'.repeat(64),
    },
    answers,
    perspectives: [
      { id: 'kunta', name: 'Kunnan viranhaltijat ja luottamushenkilöt' },
      { id: 'jarjestot', name: 'Järjestöt ja yhdistykset' },
    ],
    survey: {
      id: 'survey-fit-0001',
      createdAt: '2026-12-02T10:00:00.000Z',
      groups: [
        { id: 'kunta', name: 'Kunta' },
        { id: 'jarjestot', name: 'Järjestöt' },
      ],
      responses: Array.from({ length: 12 }, (_, n) => ({
        responseId: `resp-fit-${String(n).padStart(4, '0')}`,
        group: n % 2 === 0 ? 'kunta' : 'jarjestot',
        savedAt: '2026-12-02T11:00:00.000Z',
        answers: Object.fromEntries(
          allItems(checklist).map((item) => [
            item.id,
            {
              level:
                n % 5 === 4
                  ? null
                  : checklist.scale.levels[n % checklist.scale.levels.length]!.value,
            },
          ]),
        ),
      })),
    },
    createdAt: '2026-12-02T10:00:00.000Z',
    updatedAt: '2026-12-02T10:00:00.000Z',
  } as unknown as Assessment;
}

function cursor(index: number, revealVotes: boolean, summary = false): WorkshopCursor {
  return { index, revealVotes, summary, timer: { seconds: 754, running: false, at: 0 } };
}

/** What overflows, and the smallest text, in the projector as rendered now. */
function measure(el: WorkshopProjector): {
  overflow: string;
  smallest: number;
  smallestText: string;
} {
  const overflow =
    el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1
      ? `content ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`
      : '';
  let smallest = Infinity;
  let smallestText = '';
  for (const node of Array.from(el.shadowRoot!.querySelectorAll('*'))) {
    const text = Array.from(node.childNodes)
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent ?? '')
      .join('')
      .trim();
    if (!text) continue;
    const size = parseFloat(getComputedStyle(node).fontSize);
    if (size < smallest) {
      smallest = size;
      smallestText = text.slice(0, 40);
    }
  }
  return { overflow, smallest, smallestText };
}

describe('projector fits the screen', function () {
  this.timeout(600000);
  after(async () => {
    await setLocale('fi');
    await setViewport({ width: 800, height: 600 });
  });

  it('every item of every built-in checklist, in every UI language, votes hidden and shown, and the summary, fits 1920×1080 and 1280×720 with text ≥ 28 px at 1080', async () => {
    await loadMessages('views');
    const el = await fixture<WorkshopProjector>(html`<workshop-projector></workshop-projector>`);
    const failures: string[] = [];
    let checked = 0;
    for (const size of SIZES) {
      await setViewport(size);
      const minText = (28 * size.height) / 1080 - 0.05;
      for (const locale of LOCALES) {
        await setLocale(locale);
        for (const { key, checklist } of CHECKLISTS) {
          const assessment = assessmentFor(checklist);
          const count = allItems(checklist).length;
          const cursors = [
            ...Array.from({ length: count }, (_, i) => [cursor(i, false), cursor(i, true)]).flat(),
            cursor(0, false, true),
          ];
          for (const c of cursors) {
            el.view = buildRoomView(checklist, assessment, c);
            await el.updateComplete;
            const where = `${size.width}×${size.height} ${locale} ${key} ${
              c.summary ? 'summary' : `item ${c.index + 1}${c.revealVotes ? ' votes shown' : ''}`
            }`;
            const { overflow, smallest, smallestText } = measure(el);
            if (overflow) failures.push(`${where}: ${overflow}`);
            if (smallest < minText)
              failures.push(`${where}: ${smallest.toFixed(1)} px text "${smallestText}"`);
            checked++;
          }
        }
      }
    }
    const perRound = CHECKLISTS.reduce((n, c) => n + allItems(c.checklist).length * 2 + 1, 0);
    expect(checked).to.equal(SIZES.length * LOCALES.length * perRound);
    expect(failures, failures.slice(0, 30).join('\n')).to.deep.equal([]);
  });
});
