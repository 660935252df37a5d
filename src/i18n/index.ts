import { fi, type MessageKey, type Messages } from './fi';

/** UI languages. Finnish is the default. */
export const LOCALES = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type { MessageKey, Messages };

const loaded: Partial<Record<Locale, Messages>> = { fi };
let current: Locale = 'fi';
const listeners = new Set<(locale: Locale) => void>();

/** Loads a catalogue on first use, so only the default language ships in the start-up bundle. */
async function loadCatalogue(locale: Locale): Promise<Messages> {
  const have = loaded[locale];
  if (have) return have;
  const messages =
    locale === 'sv' ? (await import('./sv')).sv : locale === 'en' ? (await import('./en')).en : fi;
  loaded[locale] = messages;
  return messages;
}

/** Returns the catalogue of a locale (loading it if needed). */
export function catalogue(locale: Locale): Promise<Messages> {
  return loadCatalogue(locale);
}

/** Switches the UI language and tells every listener once the catalogue is in. */
export async function setLocale(locale: Locale): Promise<void> {
  await loadCatalogue(locale);
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

/** Fills `{name}` placeholders. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A message in the current language (or a given one that has been loaded). */
export function t(
  key: MessageKey,
  params?: Record<string, string | number>,
  locale: Locale = current,
): string {
  const messages = loaded[locale] ?? fi;
  return format(messages[key], params);
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
