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
/**
 * The dearest price budgets.yml may set, in USD per million tokens. The dearest list prices are a
 * few hundred dollars (o1-pro's output: 600); ten thousand leaves room for any real price while
 * keeping every cost a report computes (price × tokens × volume) a finite number.
 */
export declare const MAX_PRICE_PER_MILLION = 10000;
/**
 * The most requests a `volume` may name per hour, day or month: a trillion, far above any real
 * traffic, so that a cost over a month stays a finite number of dollars.
 */
export declare const MAX_VOLUME = 1000000000000n;
/** USD per million tokens → picodollars per token (× 10^6), rounding to six decimals of the price. */
export declare function picosPerToken(perMillion: number): Picodollars;
/** What `tokens` tokens cost at `perMillion` USD per million tokens, exactly. */
export declare function tokenCost(tokens: number, perMillion: number): Picodollars;
/** The nearest number of US dollars (for JSON reports and arithmetic that tolerates floats). */
export declare function dollars(amount: Picodollars): number;
/** A number of US dollars → picodollars (rounded to the picodollar; to the dollar from 10^15, where a double has no cents). */
export declare function fromDollars(amount: number): Picodollars;
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
export declare function formatMoney(amount: Picodollars | number, { currency, signed }?: MoneyFormat): string;
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
export type VolumeParse = {
    ok: true;
    volume: Volume;
} | {
    ok: false;
    message: string;
    tooMany?: true;
};
/** Parses "50000/day", "1.5M/month", "2k/hour", "2000 per hour"; the count must be above zero. */
export declare function parseVolume(text: string): VolumeParse;
/** What a per-request amount comes to per day or per 30-day month at a volume, rounded once. */
export declare function costOverVolume(perRequest: Picodollars, volume: Volume, period: 'day' | 'month'): Picodollars;
