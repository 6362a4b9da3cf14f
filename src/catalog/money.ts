/**
 * Money for token costs, without float drift.
 *
 * Amounts are whole picodollars (10^-12 USD) in a bigint. A price of P USD per million tokens is
 * P × 10^6 picodollars per token, so for any price written with up to six decimals (every list
 * price is: the smallest in the catalog is 0.005) a cost of N tokens is an exact integer. Floats
 * appear only at the edges: a price comes in as a number, and `dollars` hands one back, each
 * rounded once.
 *
 * Rounding, wherever a division happens (volumes, display): half away from zero.
 * A month is 30 days, as in budgets.yml's `volume` (src/config/load.ts) and the report.
 */

export type Picodollars = bigint;

const PICOS_PER_DOLLAR = 10n ** 12n;
const DAYS_PER_MONTH = 30;
const HOURS_PER_DAY = 24;

/**
 * The dearest price budgets.yml may set, in USD per million tokens. The dearest list prices are a
 * few hundred dollars (o1-pro's output: 600); ten thousand leaves room for any real price while
 * keeping every cost a report computes (price × tokens × volume) a finite number.
 */
export const MAX_PRICE_PER_MILLION = 10_000;

/**
 * The most requests a `volume` may name per hour, day or month: a trillion, far above any real
 * traffic, so that a cost over a month stays a finite number of dollars.
 */
export const MAX_VOLUME = 1_000_000_000_000n;

/** USD per million tokens → picodollars per token (× 10^6), rounding to six decimals of the price. */
export function picosPerToken(perMillion: number): Picodollars {
  if (!Number.isFinite(perMillion) || perMillion < 0 || perMillion >= 1e15) {
    throw new RangeError(`A price must be a finite number of US dollars per million tokens, 0 or more; got ${perMillion}`);
  }
  // toFixed rounds the binary value to the nearest 6-decimal string: 0.075 → "0.075000".
  return BigInt(perMillion.toFixed(6).replace('.', ''));
}

/** What `tokens` tokens cost at `perMillion` USD per million tokens, exactly. */
export function tokenCost(tokens: number, perMillion: number): Picodollars {
  if (!Number.isSafeInteger(tokens) || tokens < 0) throw new RangeError(`A token count must be a whole number, 0 or more; got ${tokens}`);
  return BigInt(tokens) * picosPerToken(perMillion);
}

/** The nearest number of US dollars (for JSON reports and arithmetic that tolerates floats). */
export function dollars(amount: Picodollars): number {
  const sign = amount < 0n ? -1 : 1;
  const abs = amount < 0n ? -amount : amount;
  // Whole dollars and the fraction separately: one rounding each, no 2^53 overflow below $9e15.
  return sign * (Number(abs / PICOS_PER_DOLLAR) + Number(abs % PICOS_PER_DOLLAR) / 1e12);
}

/** A number of US dollars → picodollars (rounded to the picodollar; to the dollar from 10^15, where a double has no cents). */
export function fromDollars(amount: number): Picodollars {
  if (!Number.isFinite(amount)) throw new RangeError(`Not an amount of money: ${amount}`);
  if (Math.abs(amount) >= 1e15) return BigInt(Math.round(amount)) * PICOS_PER_DOLLAR;
  const [whole, fraction] = Math.abs(amount).toFixed(12).split('.') as [string, string];
  const picos = BigInt(whole) * PICOS_PER_DOLLAR + BigInt(fraction);
  return amount < 0 ? -picos : picos;
}

/** a × b / c, rounded half away from zero; c > 0. */
function mulDiv(a: bigint, b: bigint, c: bigint): bigint {
  const product = a * b;
  const abs = product < 0n ? -product : product;
  const q = (abs * 2n + c) / (2n * c);
  return product < 0n ? -q : q;
}

export interface MoneyFormat {
  /** ISO 4217 code; USD prints as "$", anything else as a suffix ("12.50 EUR"). */
  currency?: string;
  /** Prefix "+" to positive amounts (for deltas). */
  signed?: boolean;
}

/**
 * "$1,234.56" from one dollar up (cents, grouped thousands); below a dollar three significant
 * digits and at least two decimals ("$0.0123", "$0.00309", "$0.50"), so a per-request cost of a
 * fraction of a cent still reads as a number rather than "$0.00". Zero is "$0.00".
 */
export function formatMoney(amount: Picodollars | number, { currency = 'USD', signed = false }: MoneyFormat = {}): string {
  const picos = typeof amount === 'bigint' ? amount : fromDollars(amount);
  const abs = picos < 0n ? -picos : picos;
  const sign = picos < 0n ? '-' : signed && picos > 0n ? '+' : '';
  const text = abs >= PICOS_PER_DOLLAR ? withCents(abs) : belowOneDollar(abs);
  return currency === 'USD' ? `${sign}$${text}` : `${sign}${text} ${currency}`;
}

function withCents(abs: bigint): string {
  const cents = mulDiv(abs, 1n, 10n ** 10n);
  const whole = (cents / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${(cents % 100n).toString().padStart(2, '0')}`;
}

function belowOneDollar(abs: bigint): string {
  if (abs === 0n) return '0.00';
  const digits = abs.toString().padStart(12, '0'); // the 12 decimals of a fraction of a dollar
  const leadingZeros = digits.search(/[1-9]/);
  const decimals = Math.min(12, Math.max(2, leadingZeros + 3));
  const rounded = mulDiv(abs, 1n, 10n ** BigInt(12 - decimals));
  if (rounded >= 10n ** BigInt(decimals)) return '1.00'; // 0.9996 rounds up to a dollar
  const fraction = rounded.toString().padStart(decimals, '0').replace(/0+$/, '').padEnd(2, '0');
  return `0.${fraction}`;
}

/** A count as an exact fraction, so "1000/month" per day is 100/3 and not 33.333…. */
export interface Rational {
  numerator: bigint;
  denominator: bigint;
}

export type VolumeUnit = 'hour' | 'day' | 'month';

export interface Volume {
  /** As written, trimmed: "50000/day". */
  written: string;
  /** Requests per `unit`. */
  requests: Rational;
  unit: VolumeUnit;
  /** Requests per day and per 30-day month, as numbers for display. */
  perDay: number;
  perMonth: number;
}

export type VolumeParse = { ok: true; volume: Volume } | { ok: false; message: string; tooMany?: true };

// "50000", "50,000" (groups of three), "50_000", "1.5"; then k or M; then a unit.
const VOLUME = /^\s*(\d{1,3}(?:,\d{3})+|\d+(?:_\d+)*)(?:\.(\d+))?\s*([kKmM]?)\s*(?:\/|per\s+)\s*(hour|day|month)\s*$/i;
const SCALE: Record<string, bigint> = { '': 1n, k: 1_000n, m: 1_000_000n };
/** Days in one unit, as a fraction. */
const DAYS: Record<VolumeUnit, Rational> = {
  hour: { numerator: 1n, denominator: BigInt(HOURS_PER_DAY) },
  day: { numerator: 1n, denominator: 1n },
  month: { numerator: BigInt(DAYS_PER_MONTH), denominator: 1n },
};

/** Parses "50000/day", "1.5M/month", "2k/hour", "2000 per hour"; the count must be above zero. */
export function parseVolume(text: string): VolumeParse {
  const match = VOLUME.exec(text);
  const hint = 'Write a number of requests per hour, day or month, e.g. "50000/day", "2k/hour" or "1.5M/month".';
  if (!match) return { ok: false, message: `${JSON.stringify(text)} is not a request volume. ${hint}` };
  const [, whole = '', fraction = '', suffix = '', unitText = ''] = match;
  const numerator = BigInt(whole.replace(/[,_]/g, '') + fraction) * SCALE[suffix.toLowerCase()]!;
  const denominator = 10n ** BigInt(fraction.length);
  if (numerator === 0n) return { ok: false, message: `${JSON.stringify(text)} is zero requests. ${hint}` };
  const unit = unitText.toLowerCase() as VolumeUnit;
  if (numerator > MAX_VOLUME * denominator) {
    return { ok: false, tooMany: true, message: `${JSON.stringify(text.trim().slice(0, 60))} is more than ${MAX_VOLUME.toLocaleString('en-US')} requests per ${unit}, the most a volume may be` };
  }
  const requests = { numerator, denominator };
  return {
    ok: true,
    volume: { written: text.trim(), requests, unit, perDay: toNumber(perPeriod(requests, unit, 'day')), perMonth: toNumber(perPeriod(requests, unit, 'month')) },
  };
}

/** Requests per `period` given requests per `unit`: per hour × 24 = per day, per day × 30 = per month. */
function perPeriod(requests: Rational, unit: VolumeUnit, period: 'day' | 'month'): Rational {
  const from = DAYS[unit];
  const to = DAYS[period];
  return { numerator: requests.numerator * to.numerator * from.denominator, denominator: requests.denominator * to.denominator * from.numerator };
}

/** To a number, exact to six decimals, however many digits the fraction was written with. */
function toNumber(r: Rational): number {
  return Number(mulDiv(r.numerator, 1_000_000n, r.denominator)) / 1e6;
}

/** What a per-request amount comes to per day or per 30-day month at a volume, rounded once. */
export function costOverVolume(perRequest: Picodollars, volume: Volume, period: 'day' | 'month'): Picodollars {
  const r = perPeriod(volume.requests, volume.unit, period);
  return mulDiv(perRequest, r.numerator, r.denominator);
}
