/** "Did you mean …?" for misspelt keys, models and encodings. */

/**
 * Edit distance counting a swap of two neighbouring characters as one edit (optimal string
 * alignment, a restricted Damerau-Levenshtein): "mdoel" is one edit from "model", where plain
 * Levenshtein would say two.
 */
export function editDistance(a: string, b: string): number {
  // rows[i][j]: distance between the first i characters of a and the first j of b.
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i]!;
    const previous = rows[i - 1]!;
    for (let j = 1; j <= b.length; j++) {
      const substitution = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      row[j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** Spelling differences nobody means: case, and `-`/`_`/space between words (maxTokens, max-tokens). */
function canonical(word: string): string {
  return word.toLowerCase().replace(/[-_ ]/g, '');
}

/**
 * The candidates close enough to `word` to be what the user meant, closest first (ties keep the
 * candidates' order), at most `limit`. Close means: the same up to case and separators, a prefix
 * of at least three characters (`warn` for `warn_at`), or within about one edit per three
 * characters.
 */
export function closestMatches(word: string, candidates: readonly string[], limit = 1): string[] {
  const wanted = word.toLowerCase();
  const scored: { candidate: string; distance: number; order: number }[] = [];
  candidates.forEach((candidate, order) => {
    const lower = candidate.toLowerCase();
    if (canonical(candidate) === canonical(word)) {
      scored.push({ candidate, distance: 0, order });
      return;
    }
    const distance = editDistance(wanted, lower);
    const tolerance = Math.max(1, Math.floor(Math.max(wanted.length, lower.length) / 3));
    const isPrefix = wanted.length >= 3 && lower.startsWith(wanted);
    if (distance <= tolerance || isPrefix) scored.push({ candidate, distance, order });
  });
  return scored
    .sort((x, y) => x.distance - y.distance || x.order - y.order)
    .slice(0, limit)
    .map((s) => s.candidate);
}

/** "; did you mean `x`?" to append to a message, or "" when nothing is close. */
export function didYouMean(word: string, candidates: readonly string[], limit = 1, quote = (m: string) => `\`${m}\``): string {
  const matches = closestMatches(word, candidates, limit);
  return matches.length === 0 ? '' : `; did you mean ${matches.map(quote).join(', ')}?`;
}
