import type { FailOn, RequestConfig } from '../config/types.js';
import type { ComponentResult, ModelFacts, RequestResult } from './report.js';
/** Joins the components' counts into each request's totals, headroom and cost. */
export declare function evaluateRequest(request: RequestConfig, components: readonly ComponentResult[], facts: ModelFacts | undefined, configPath: string, failOn: FailOn, 
/**
 * The base's own budgets.yml declares the request alike (model, components, reserves, each
 * component's files and counting): only then can a request over its window at base be carried over.
 */
declaredAtBase: boolean): RequestResult;
