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

/**
 * Money with its currency, precise enough to see a change: "$1,234.56", "$0.0123",
 * "$0.000264". Below a cent, three significant digits; US dollars as "$", others by code.
 */
export function formatMoney(amount: number, currency: string, signed = false): string {
  const magnitude = Math.abs(amount);
  const digits = magnitude >= 0.01 || magnitude === 0 ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : { maximumSignificantDigits: 3 };
  const number = new Intl.NumberFormat('en-US', digits).format(magnitude);
  const sign = amount < 0 ? '-' : signed && amount > 0 ? '+' : '';
  return currency === 'USD' ? `${sign}$${number}` : `${sign}${number} ${currency}`;
}
