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

/**
 * Median time of parsing one checklist after a warm-up, over batches of BATCH runs: CPU time of this
 * (single-threaded) process, which other work on the machine does not inflate, and wall-clock time
 * beside it. Batches, because the kernel's CPU accounting is too coarse for one 1 ms run.
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
  for (let i = 0; i < 100; i++) parseChecklist(source);
  const wall = [];
  const cpu = [];
  for (let b = 0; b < Math.ceil(runs / BATCH); b++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < BATCH; i++) parseChecklist(source);
    wall.push((performance.now() - t0) / BATCH);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000 / BATCH);
  }
  return {
    cpu: median(cpu),
    wall: median(wall),
    first: firstMs,
    runs,
    batches: cpu.length,
    batch: BATCH,
  };
}
