/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median, min and max of a list of numbers, and how many there are. */
export function spread(values) {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    runs: values.length,
  };
}

/** Run by run, a / b: the ratio of two figures measured in turns, so both saw the same machine. */
export function ratios(a, b) {
  if (a.length !== b.length) throw new Error('ratios: not measured in pairs');
  return a.map((x, i) => x / b[i]);
}
