import type { MessageKey, Messages } from './fi';
import { fiStart } from './fi-start';

/** UI languages. Finnish is the default. */
export const LOCALES = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type { MessageKey, Messages };

/**
 * Each catalogue is in two parts: `start`, the strings of the start page (only Finnish's ships in
 * the start-up bundle), and `views`, those of every view and control that loads on demand.
 */
export type CataloguePart = 'start' | 'views';
const CATALOGUE_PARTS: readonly CataloguePart[] = ['start', 'views'];

const LOADERS: Record<Locale, Record<CataloguePart, () => Promise<Partial<Messages>>>> = {
  fi: {
    start: () => Promise.resolve(fiStart),
    views: async () => (await import('./fi-views')).fiViews,
  },
  sv: {
    start: async () => (await import('./sv-start')).svStart,
    views: async () => (await import('./sv-views')).svViews,
  },
  en: {
    start: async () => (await import('./en-start')).enStart,
    views: async () => (await import('./en-views')).enViews,
  },
};

const messages: Record<Locale, Partial<Messages>> = { fi: { ...fiStart }, sv: {}, en: {} };
/** Parts loaded or loading, by `locale/part`. */
const loads = new Map<string, Promise<void>>([['fi/start', Promise.resolve()]]);
const have = new Set<string>(['fi/start']);
/** The parts the page has asked for: a language switch loads all of them before it switches. */
const needed = new Set<CataloguePart>(['start']);
let current: Locale = 'fi';
/** The language being switched to, while its parts load. */
let target: Locale = 'fi';
const listeners = new Set<(locale: Locale) => void>();
const missing = new Set<string>();

function loadPart(locale: Locale, part: CataloguePart): Promise<void> {
  const id = `${locale}/${part}`;
  let load = loads.get(id);
  if (!load) {
    load = LOADERS[locale][part]().then(
      (loaded) => {
        Object.assign(messages[locale], loaded);
        have.add(id);
      },
      (error: unknown) => {
        loads.delete(id); // a later call tries again
        throw error;
      },
    );
    loads.set(id, load);
  }
  return load;
}

/**
 * Loads a part of the catalogue in the current language (and in one being switched to); every
 * later language switch loads it too. Call it together with the module of a view that needs it.
 */
export async function loadMessages(part: CataloguePart): Promise<void> {
  needed.add(part);
  await Promise.all([loadPart(current, part), loadPart(target, part)]);
}

/** Loads the whole catalogue of a locale and returns it. */
export async function catalogue(locale: Locale): Promise<Messages> {
  await Promise.all(CATALOGUE_PARTS.map((part) => loadPart(locale, part)));
  return messages[locale] as Messages;
}

/**
 * Switches the UI language once every part the page has asked for is in for it, then tells every
 * listener.
 */
export async function setLocale(locale: Locale): Promise<void> {
  target = locale;
  // A part asked for while this one loads is loaded too before the switch.
  while ([...needed].some((part) => !have.has(`${locale}/${part}`))) {
    await Promise.all([...needed].map((part) => loadPart(locale, part)));
  }
  if (target !== locale) return; // a later switch took over
  current = locale;
  for (const listener of listeners) listener(locale);
}

export function getLocale(): Locale {
  return current;
}

/** Calls back on every language change; returns a function that stops it. */
export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Made once per locale: making an Intl formatter costs far more than using one.
const pluralRules = new Map<Locale, Intl.PluralRules>();
const paramFormats = new Map<string, Intl.NumberFormat>();

function pluralCategory(n: number, locale: Locale): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(BCP47[locale]);
    pluralRules.set(locale, rules);
  }
  return rules.select(n);
}

/** A number as a message shows it: the locale's decimal sign (12,5), groups only from 10 000. */
function formatParam(n: number, locale: Locale): string {
  const grouped = Math.abs(n) >= 10000;
  const id = `${locale}/${grouped}`;
  let formatter = paramFormats.get(id);
  if (!formatter) {
    formatter = new Intl.NumberFormat(BCP47[locale], {
      maximumFractionDigits: 2,
      useGrouping: grouped,
    });
    paramFormats.set(id, formatter);
  }
  return formatter.format(n);
}

/** The options of a `{n, plural, one {…} other {…}}` block from `start` (just after `plural,`). */
function readPluralOptions(
  template: string,
  start: number,
): { options: Map<string, string>; end: number } | null {
  const options = new Map<string, string>();
  let i = start;
  for (;;) {
    while (/\s/.test(template[i] ?? '')) i++;
    if (template[i] === '}') return { options, end: i + 1 };
    const name = /^[=\w]+/.exec(template.slice(i))?.[0];
    if (!name) return null;
    i += name.length;
    while (/\s/.test(template[i] ?? '')) i++;
    if (template[i] !== '{') return null;
    let depth = 1;
    let j = i + 1;
    for (; j < template.length && depth > 0; j++) {
      if (template[j] === '{') depth++;
      else if (template[j] === '}') depth--;
    }
    if (depth > 0) return null;
    options.set(name, template.slice(i + 1, j - 1));
    i = j;
  }
}

/**
 * Fills `{name}` placeholders (numbers the locale's way: 12,5 in Finnish and Swedish) and plural
 * blocks `{count, plural, one {# arviointi} other {# arviointia}}`, whose form is picked by
 * Intl.PluralRules for the locale (`=0` and the like match exactly; `#` is the number).
 */
export function format(
  template: string,
  params: Record<string, string | number> = {},
  locale: Locale = current,
): string {
  const show = (value: string | number) =>
    typeof value !== 'number'
      ? value
      : Number.isInteger(value) && value >= 0 && value < 10000
        ? String(value) // the common case, without an Intl formatter
        : formatParam(value, locale);
  let out = '';
  let i = 0;
  const plural = /\{(\w+),\s*plural,/g;
  for (let m = plural.exec(template); m; m = plural.exec(template)) {
    const read = readPluralOptions(template, m.index + m[0].length);
    const value = params[m[1]!];
    if (!read || typeof value !== 'number') continue;
    const chosen =
      read.options.get(`=${value}`) ??
      read.options.get(pluralCategory(value, locale)) ??
      read.options.get('other') ??
      '';
    out += template.slice(i, m.index) + chosen.replace(/#/g, show(value));
    i = read.end;
    plural.lastIndex = read.end;
  }
  out += template.slice(i);
  return out.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? show(params[name]!) : whole,
  );
}

/** The keys `t()` was asked for before their part was loaded (a bug: the tests check it stays empty). */
export function missingMessages(): string[] {
  return [...missing];
}

/**
 * A message in the current language (or a given one that has been loaded). A key whose part is
 * not loaded yet falls back to Finnish, then to the key itself: never `undefined`, never a throw.
 */
export function t(
  key: MessageKey,
  params?: Record<string, string | number>,
  locale: Locale = current,
): string {
  const text = messages[locale][key] ?? messages.fi[key];
  if (text === undefined) {
    if (!missing.has(key)) console.warn(`i18n: "${key}" is not loaded yet`);
    missing.add(key);
    return key;
  }
  return format(text, params, locale);
}

const BCP47: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** The BCP 47 tag used for formatting and for `lang` attributes. */
export function languageTag(locale: Locale = current): string {
  return BCP47[locale];
}

// The locales' short date forms, written out: making an Intl.DateTimeFormat loads the locale's
// date patterns, which took 20–50 ms on first use and held up the start page's list.
const DATE_FORMS: Record<Locale, (d: string, m: string, y: string) => string> = {
  fi: (d, m, y) => `${Number(d)}.${Number(m)}.${y}`,
  sv: (d, m, y) => `${Number(d)}.${Number(m)}.${y}`,
  en: (d, m, y) => `${d}/${m}/${y}`,
};

/** Formats an ISO date (yyyy-mm-dd) the way the locale writes dates, e.g. 23.11.2026. */
export function formatDate(iso: string, locale: Locale = current): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return DATE_FORMS[locale](match[3]!, match[2]!, match[1]!);
}

// Making an Intl formatter costs far more than using one, so each locale's is made once.
const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** Formats a whole number the locale's way. */
export function formatNumber(n: number, locale: Locale = current): string {
  let formatter = numberFormats.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(BCP47[locale], { maximumFractionDigits: 0 });
    numberFormats.set(locale, formatter);
  }
  return formatter.format(n);
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** Formats a size in bytes the locale's way, in the largest unit that fits (powers of 1000): 1,2 Mt. */
export function formatBytes(bytes: number, locale: Locale = current): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(BCP47[locale], {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}
