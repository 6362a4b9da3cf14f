/**
 * Which counters a call charges: for each limit of budgets.yml that applies to the call (the
 * request's and the global ones; per user those of the user's tier), one Charge of the tokens
 * reserved (the fitted input plus the output cap) or of their cost at list prices.
 */
import type { ModelPrices } from '../catalog/catalog.js';
import type { BudgetConfig, RequestConfig } from '../config/types.js';
import { type Charge } from './types.js';
/** Who a call is for: the application's user id and tier (as budgets.yml names tiers). */
export interface Caller {
    user?: string;
    tier?: string;
}
export interface Reserved {
    tokens: number;
    /** Micro-dollars; undefined without prices (then budgets.yml has no dollar limit for the model). */
    micros?: number;
}
export interface CallCharges {
    /** Admitted all or nothing before the call. */
    limits: Charge[];
    /** Alert thresholds: counted apart, never refusing. */
    alerts: Charge[];
}
export declare function chargesFor(config: BudgetConfig, request: RequestConfig, caller: Caller, reserved: Reserved): CallCharges;
export declare function reservedFor(input: number, maxOutput: number | undefined, prices: ModelPrices | undefined): Reserved;
