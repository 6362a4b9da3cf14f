/** Number formats shared by the findings and every renderer, so all show the same figures. */

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 0 });

/** 12345 → "12,345". */
export function formatTokens(tokens: number): string {
  return integer.format(tokens);
}

/** 412 → "+412", -3 → "-3", 0 → "0". */
export function formatSignedTokens(delta: number): string {
  if (delta === 0) return '0';
  return `${delta > 0 ? '+' : '-'}${integer.format(Math.abs(delta))}`;
}

/** 9.34 → "9.3%"; with sign: "+9.3%". */
export function formatPercent(percent: number, signed = false): string {
  const sign = signed && percent > 0 ? '+' : percent < 0 ? '-' : '';
  return `${sign}${oneDecimal.format(Math.abs(percent))}%`;
}

