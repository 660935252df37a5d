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

/** Median CPU time (ms) of one parse of `source`, over `runs` runs after a warm-up. */
function medianCpu(parseChecklist, source, runs) {
  for (let i = 0; i < 3; i++) parseChecklist(source);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    parseChecklist(source);
    const used = process.cpuUsage(c0);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Parse times of a `small`- and a 5×`small`-item checklist, and their ratio. */
export async function timeParseScaling(parserFile, small, runs = 15) {
  const { parseChecklist } = await import(parserFile);
  const large = small * 5;
  const sources = [generatedChecklist(small), generatedChecklist(large)];
  for (const s of sources) {
    const result = parseChecklist(s);
    if (!result.ok)
      throw new Error(`generated checklist does not parse: ${JSON.stringify(result.errors[0])}`);
  }
  const smallMs = medianCpu(parseChecklist, sources[0], runs);
  const largeMs = medianCpu(parseChecklist, sources[1], runs);
  return { small, large, smallMs, largeMs, ratio: largeMs / smallMs };
}
