// Times parseChecklist on two generated checklists, one with 5× the items of the other, so the
// ratio of their times shows whether parsing grows linearly (≈ 5) or faster.

/** A valid checklist of `items` items, ten to a heading, each with an explanation and two sections. */
export function generatedChecklist(items) {
  const out = [
    '---\nid: iso\nversion: 1\nlanguage: fi\ntitle: Iso lista\norganisation: any\nscale: maturity-0-4\n---\n\nJohdanto.\n',
  ];
  for (let i = 0; i < items; i++) {
    if (i % 10 === 0)
      out.push(`## Pääkohta ${i / 10 + 1} {#H${i / 10 + 1}}\n\nPääkohdan johdanto.\n`);
    out.push(
      `### Kohta ${i + 1} toteutuu. {#K${i + 1}}\n\nSelitys kohdalle ${i + 1}.\n\nToinen kappale.\n\n#### Näyttö\n\n- asiakirja ${i + 1}\n\n#### Keskustelkaa\n\n- Miten tämä näkyy?\n`,
    );
  }
  return out.join('\n');
}

/** CPU time (ms) of parsing `source` `times` times in a row, after a collection where one can be asked for. */
function cpu(parseChecklist, source, times) {
  // Each measure starts on an empty young generation (`npm run bench` passes --expose-gc), so the
  // garbage one measure leaves is not collected, and counted, in the next.
  globalThis.gc?.();
  const c0 = process.cpuUsage();
  for (let i = 0; i < times; i++) parseChecklist(source);
  const used = process.cpuUsage(c0);
  return (used.user + used.system) / 1000;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Parse times of a `small`- and a 5×`small`-item checklist, and how they grow. The two are timed in
 * pairs, one right after the other (the small one five times over, the same amount of text), so a
 * machine that slows down between pairs slows both alike; the ratio is the median of the pairs'.
 */
export async function timeParseScaling(parserFile, small, runs = 15) {
  const { parseChecklist } = await import(parserFile);
  const large = small * 5;
  const sources = [generatedChecklist(small), generatedChecklist(large)];
  for (const s of sources) {
    const result = parseChecklist(s);
    if (!result.ok)
      throw new Error(`generated checklist does not parse: ${JSON.stringify(result.errors[0])}`);
  }
  for (let i = 0; i < 3; i++) sources.forEach((s) => parseChecklist(s));
  const smalls = [];
  const larges = [];
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    const fiveSmall = cpu(parseChecklist, sources[0], 5);
    const oneLarge = cpu(parseChecklist, sources[1], 1);
    smalls.push(fiveSmall / 5);
    larges.push(oneLarge);
    // Five times the items against one: linear growth is 5×.
    ratios.push((5 * oneLarge) / fiveSmall);
  }
  return { small, large, smallMs: median(smalls), largeMs: median(larges), ratio: median(ratios) };
}
