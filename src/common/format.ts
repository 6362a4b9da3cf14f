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
 * Control characters, Unicode line separators and bidirectional controls: in text from a PR they
 * could forge a log line (a newline starting `::error::`), retitle or clear a terminal (ESC, OSC),
 * break a YAML or JSON string, or reorder what a reader sees (U+202E), so that a line shows
 * something other than what it says.
 */
const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const CONTROL_ALL = new RegExp(CONTROL.source, 'gu');

export function hasControl(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * Each such character as `\uXXXX`: visible in a log, and the same escape in JSON and double-quoted
 * YAML. The one escaper for text shown in a terminal or a CI log (and the text of annotations).
 */
export function escapeControl(text: string): string {
  return text.replace(CONTROL_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Text of several lines with each line escaped on its own: line breaks stay, every other control
 * character is escaped. Lossless for JSON (a `\uXXXX` escape in a string is the same character).
 */
export function escapeLines(text: string): string {
  return text.split('\n').map(escapeControl).join('\n');
}
