// Times parseChecklist on the largest built-in checklist (checklists/*.md, chosen at run time).
import { readdir, readFile, stat } from 'node:fs/promises';
import { median } from './stats.mjs';

/** The largest Markdown file in the checklists folder. */
export async function largestChecklist(dir) {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.md'));
  const sized = await Promise.all(
    names.map(async (name) => ({ name, size: (await stat(`${dir}/${name}`)).size })),
  );
  sized.sort((a, b) => b.size - a.size);
  if (!sized[0]) throw new Error(`No checklist in ${dir}`);
  return sized[0];
}

/** Median and first-run time of parsing one checklist, after a warm-up. */
export async function timeParse(parserFile, checklistFile, runs = 200) {
  const { parseChecklist } = await import(parserFile);
  const source = await readFile(checklistFile, 'utf8');
  const first = performance.now();
  const result = parseChecklist(source);
  const firstMs = performance.now() - first;
  if (!result.ok) {
    throw new Error(`${checklistFile} does not parse: ${JSON.stringify(result.errors[0])}`);
  }
  for (let i = 0; i < 20; i++) parseChecklist(source);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    parseChecklist(source);
    times.push(performance.now() - t0);
  }
  return { median: median(times), first: firstMs, runs };
}
