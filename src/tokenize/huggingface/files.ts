/** Which files a tokenizer.json counts with: pure naming, shared by the loader and the rule-change check. */
import { dirname, join } from 'node:path';

/** The files beside a tokenizer.json that its chat template and special tokens come from. */
export const BESIDE = { tokenizerConfigJson: 'tokenizer_config.json', chatTemplate: 'chat_template.jinja', chatTemplateJson: 'chat_template.json' } as const;

/** The files a tokenizer.json counts with: itself, then the chat template and special-token files beside it. */
export function tokenizerFilesOf(path: string): string[] {
  return [path, ...Object.values(BESIDE).map((name) => join(dirname(path), name))];
}
