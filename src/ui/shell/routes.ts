import { t } from '../../i18n';
import { ASSESSMENT_TABS, type AssessmentTab } from './route';

type Tag = keyof HTMLElementTagNameMap;
/** What a route sets on its view element: some of the element's own properties. */
type Props<K extends Tag> = Partial<HTMLElementTagNameMap[K]>;

/** One row of the route table: adding a view is adding a row. */
export interface RouteDef<K extends Tag = Tag> {
  /** The view's properties when the hash's path parts are this route's, else undefined. */
  match(parts: readonly string[]): Props<K> | undefined;
  /** The custom element that shows the route. */
  element: K;
  /** Loads the element's module (views other than the start page load on demand). */
  load?: () => Promise<unknown>;
  /** The view's name in the UI language, for the document title. */
  title(props: Props<K>): string;
  /** `wide` uses the whole window width; `bare` shows the view alone (the projector). */
  layout?: 'wide' | 'bare';
}

function route<K extends Tag>(def: RouteDef<K>): RouteDef<K> {
  return def;
}

/** Matches one fixed path, e.g. `#/new`. */
const exactly =
  (...path: string[]) =>
  (parts: readonly string[]) =>
    parts.length === path.length && path.every((p, i) => parts[i] === p) ? {} : undefined;

const TAB_TITLES = {
  answer: 'title.answer',
  results: 'title.results',
  plan: 'title.plan',
} as const satisfies Record<AssessmentTab, string>;

/** Workshop mode at item n (1-based), or at the closing summary when n is 0. */
function workshopItem(parts: readonly string[]): number | undefined {
  if (parts[0] !== 'a' || !parts[1] || parts[2] !== 'workshop' || parts.length > 4)
    return undefined;
  const n = parts[3] === 'summary' ? 0 : Number(parts[3] ?? '1');
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/**
 * Hash routes work on any static host and sub-path without server rules:
 * `#/`, `#/new`, `#/region`, `#/trash`, `#/a/<id>`, `#/a/<id>/results`, `#/a/<id>/plan`,
 * `#/a/<id>/workshop/<n>` (or `/workshop/summary`), `#/a/<id>/projector`,
 * `#/checklists`, `#/checklists/<key>`. The first row that matches wins.
 */
export const ROUTES: readonly RouteDef[] = [
  route({
    match: (parts) => (parts.length === 0 ? {} : undefined),
    element: 'assessment-list',
    title: () => t('title.list'),
  }),
  route({
    match: exactly('new'),
    element: 'assessment-create',
    load: () => import('../views/assessment-create'),
    title: () => t('title.new'),
  }),
  route({
    match: exactly('region'),
    element: 'region-overview',
    load: () => import('../views/region-overview'),
    title: () => t('title.region'),
  }),
  route({
    match: exactly('checklists'),
    element: 'checklist-library',
    load: () => import('../views/checklist-library'),
    title: () => t('title.checklists'),
  }),
  route({
    match: (parts) =>
      parts[0] === 'checklists' && parts[1] && parts.length === 2
        ? { checklistKey: parts[1] }
        : undefined,
    element: 'checklist-editor',
    load: () => import('../views/checklist-editor'),
    title: () => t('title.editor'),
    layout: 'wide',
  }),
  route({
    match: exactly('trash'),
    element: 'trash-view',
    load: () => import('../views/trash-view'),
    title: () => t('title.trash'),
  }),
  route({
    match: (parts) => {
      const item = workshopItem(parts);
      return item === undefined ? undefined : { assessmentId: parts[1], itemNumber: item };
    },
    element: 'assessment-workshop',
    load: () => import('../views/assessment-workshop'),
    title: () => t('title.workshop'),
    layout: 'wide',
  }),
  route({
    match: (parts) =>
      parts[0] === 'a' && parts[1] && parts[2] === 'projector' && parts.length === 3
        ? { assessmentId: parts[1] }
        : undefined,
    element: 'workshop-projector',
    load: () => import('../views/workshop-projector'),
    title: () => t('title.projector'),
    layout: 'bare',
  }),
  route({
    match: (parts) => {
      const tab = parts[2] ?? 'answer';
      return parts[0] === 'a' &&
        parts[1] &&
        parts.length <= 3 &&
        (ASSESSMENT_TABS as readonly string[]).includes(tab)
        ? { assessmentId: parts[1], tab: tab as AssessmentTab }
        : undefined;
    },
    element: 'assessment-view',
    load: () => import('../views/assessment-view'),
    title: ({ tab }) => t(TAB_TITLES[tab ?? 'answer']),
  }),
];

/** A route table row with the properties the hash gave its view. */
export interface ResolvedRoute {
  readonly def: RouteDef;
  readonly props: Props<Tag>;
}

/** The route of a location hash, or undefined when no row matches (the shell says "not found"). */
export function resolveRoute(hash: string): ResolvedRoute | undefined {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  for (const def of ROUTES) {
    const props = def.match(parts);
    if (props) return { def, props };
  }
  return undefined;
}
