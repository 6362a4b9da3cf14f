/**
 * Tool definitions counted by a vendor's counting API travel to the counter as one text: a marker
 * no prompt can hold (a NUL, which makes a file binary, never a prompt) and the tools as JSON. The
 * counter sends them as the vendor's `tools` beside a one-letter message and takes off that
 * message's count (src/vendors/api-counter.ts); anything else (an estimate) counts the JSON text.
 */
import type { ToolDefinition } from './types.js';

export const TOOLS_REQUEST_PREFIX = '\u0000tools\u0000';

export function toolsRequestText(tools: readonly ToolDefinition[]): string {
  return TOOLS_REQUEST_PREFIX + JSON.stringify(tools);
}

/** The tools a text made by toolsRequestText holds; undefined for any other text. */
export function readToolsRequestText(text: string): ToolDefinition[] | undefined {
  if (!text.startsWith(TOOLS_REQUEST_PREFIX)) return undefined;
  return JSON.parse(text.slice(TOOLS_REQUEST_PREFIX.length)) as ToolDefinition[];
}
