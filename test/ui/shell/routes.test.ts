import { expect } from '@open-wc/testing';
import { ROUTES, resolveRoute } from '../../../src/ui/shell/routes';
import {
  assessmentHref,
  checklistEditorHref,
  projectorHref,
  workshopHref,
} from '../../../src/ui/shell/route';

/** The element and properties a hash opens, or 'notFound'. */
function opened(hash: string): [string, Record<string, unknown>] | 'notFound' {
  const route = resolveRoute(hash);
  return route ? [route.def.element, { ...route.props }] : 'notFound';
}

describe('route table', () => {
  it('opens every URL the app has used', () => {
    const cases: [string, ReturnType<typeof opened>][] = [
      ['', ['assessment-list', {}]],
      ['#', ['assessment-list', {}]],
      ['#/', ['assessment-list', {}]],
      ['#/new', ['assessment-create', {}]],
      ['#/region', ['region-overview', {}]],
      ['#/trash', ['trash-view', {}]],
      ['#/checklists', ['checklist-library', {}]],
      ['#/checklists/k%201', ['checklist-editor', { checklistKey: 'k 1' }]],
      ['#/a/x1', ['assessment-view', { assessmentId: 'x1', tab: 'answer' }]],
      ['#/a/x1/', ['assessment-view', { assessmentId: 'x1', tab: 'answer' }]],
      ['#/a/x1/answer', ['assessment-view', { assessmentId: 'x1', tab: 'answer' }]],
      ['#/a/x1/results', ['assessment-view', { assessmentId: 'x1', tab: 'results' }]],
      ['#/a/x1/plan', ['assessment-view', { assessmentId: 'x1', tab: 'plan' }]],
      ['#/a/x1/workshop', ['assessment-workshop', { assessmentId: 'x1', itemNumber: 1 }]],
      ['#/a/x1/workshop/4', ['assessment-workshop', { assessmentId: 'x1', itemNumber: 4 }]],
      ['#/a/x1/workshop/summary', ['assessment-workshop', { assessmentId: 'x1', itemNumber: 0 }]],
      ['#/a/x1/projector', ['workshop-projector', { assessmentId: 'x1' }]],
    ];
    for (const [hash, expected] of cases) expect(opened(hash), hash).to.deep.equal(expected);
  });

  it('says "not found" for anything else', () => {
    for (const hash of [
      '#/nope',
      '#/new/x',
      '#/trash/1',
      '#/region/x',
      '#/checklists/a/b',
      '#/a',
      '#/a/x1/other',
      '#/a/x1/plan/2',
      '#/a/x1/workshop/-1',
      '#/a/x1/workshop/1.5',
      '#/a/x1/workshop/x',
      '#/a/x1/workshop/1/2',
      '#/a/x1/projector/1',
    ]) {
      expect(opened(hash), hash).to.equal('notFound');
    }
  });

  it('reads back the hrefs the views link to', () => {
    const id = 'a/b c';
    expect(opened(assessmentHref(id))).to.deep.equal([
      'assessment-view',
      { assessmentId: id, tab: 'answer' },
    ]);
    expect(opened(assessmentHref(id, 'plan'))).to.deep.equal([
      'assessment-view',
      { assessmentId: id, tab: 'plan' },
    ]);
    expect(opened(workshopHref(id, 0))).to.deep.equal([
      'assessment-workshop',
      { assessmentId: id, itemNumber: 0 },
    ]);
    expect(opened(workshopHref(id, 9))).to.deep.equal([
      'assessment-workshop',
      { assessmentId: id, itemNumber: 9 },
    ]);
    expect(opened(projectorHref(id))).to.deep.equal(['workshop-projector', { assessmentId: id }]);
    expect(opened(checklistEditorHref('k/1'))).to.deep.equal([
      'checklist-editor',
      { checklistKey: 'k/1' },
    ]);
  });

  it('gives every view a title of its own', () => {
    const titles = ROUTES.map((r) => r.title({}));
    expect(titles.every((title) => title !== '' && !title.startsWith('title.'))).to.equal(true);
    expect(new Set(titles).size).to.equal(titles.length);
  });
});
