// Times parseChecklist on the largest built-in checklist (checklists/*.md, chosen at run time).
import { readdir, readFile, stat } from 'node:fs/promises';
import { marked } from 'marked';
import { median, spread } from './stats.mjs';

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

/**
 * Time of parsing one checklist after a warm-up, over batches of BATCH runs: CPU time of this
 * (single-threaded) process, which other work on the machine inflates less, and wall-clock time
 * beside it. Batches, because the kernel's CPU accounting is too coarse for one 1 ms run. The
 * reference, in turns with each batch: marked's lexer alone on the same text (the parser's first
 * step), so the gated figure is the parse as a multiple of it.
 */
export async function timeParse(parserFile, checklistFile, runs = 200) {
  const BATCH = 10;
  const { parseChecklist } = await import(parserFile);
  const source = await readFile(checklistFile, 'utf8');
  const first = performance.now();
  const result = parseChecklist(source);
  const firstMs = performance.now() - first;
  if (!result.ok) {
    throw new Error(`${checklistFile} does not parse: ${JSON.stringify(result.errors[0])}`);
  }
  for (let i = 0; i < 100; i++) {
    parseChecklist(source);
    marked.lexer(source);
  }
  const cpuOf = (work) => {
    const c0 = process.cpuUsage();
    for (let i = 0; i < BATCH; i++) work();
    const used = process.cpuUsage(c0);
    return (used.user + used.system) / 1000 / BATCH;
  };
  const wall = [];
  const cpu = [];
  const lexer = [];
  for (let b = 0; b < Math.ceil(runs / BATCH); b++) {
    const t0 = performance.now();
    cpu.push(cpuOf(() => parseChecklist(source)));
    wall.push((performance.now() - t0) / BATCH);
    lexer.push(cpuOf(() => marked.lexer(source)));
  }
  return {
    cpu: spread(cpu),
    lexer: spread(lexer),
    // Ratio of the medians: single batches are too coarse to divide one by one.
    ratio: median(cpu) / median(lexer),
    wall: median(wall),
    first: firstMs,
    runs,
    batches: cpu.length,
    batch: BATCH,
  };
}
