/**
 * The model a prompt file names for itself, for `init`: a Prompty file's `model.configuration`,
 * a Dotprompt file's `model:` and a GitHub Models `.prompt.yml`'s `model:`. Counting such a file
 * with another model's tokenizer would set its allotment on the wrong scale. Agent instruction
 * files go by their vendor: CLAUDE.md is read by Claude, GEMINI.md by Gemini. Pure: text in, a
 * model name as written (vendor prefix removed) out; whether the name is known is init's check.
 */
import { parse as parseYaml } from 'yaml';

/** What CLAUDE.md and GEMINI.md are budgeted for: the vendor's current general model in the catalog. */
const AGENT_FILE_MODELS: Readonly<Record<string, string>> = {
  'claude.md': 'claude-sonnet-4-5',
  'claude.local.md': 'claude-sonnet-4-5',
  'gemini.md': 'gemini-2.5-pro',
};

/** The model a file declares, or undefined when it names none (or cannot be read as its format). */
export function declaredModel(path: string, text: string): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const agent = AGENT_FILE_MODELS[name];
  if (agent !== undefined) return agent;
  if (name.endsWith('.prompty')) return prompty(frontMatter(text));
  if (name.endsWith('.prompt')) return modelName(field(frontMatter(text), 'model'));
  if (name.endsWith('.prompt.yml') || name.endsWith('.prompt.yaml')) return modelName(field(readYaml(text), 'model'));
  return undefined;
}

/**
 * Prompty: `model: { configuration: { type, name | azure_deployment } }`. OpenAI configurations
 * name the model (`name`); Azure ones name a deployment, which teams usually call after the model.
 */
function prompty(front: unknown): string | undefined {
  const model = field(front, 'model');
  if (typeof model === 'string') return modelName(model);
  const configuration = field(model, 'configuration');
  for (const key of ['name', 'model', 'azure_deployment', 'deployment']) {
    const value = modelName(field(configuration, key));
    if (value !== undefined) return value;
  }
  return undefined;
}

/** `googleai/gemini-2.5-flash` → `gemini-2.5-flash`; Azure's `gpt-35-turbo` → `gpt-3.5-turbo`; not text or a `${env}` reference → undefined. */
function modelName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.trim().slice(value.trim().lastIndexOf('/') + 1);
  if (name === '' || /[${}\s]/.test(name) || name.length > 100) return undefined;
  return name.replace(/^gpt-35\b/, 'gpt-3.5');
}

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

/** The YAML between a leading `---` line and the next; undefined without one or when it does not parse. */
function frontMatter(text: string): unknown {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(text);
  return match ? readYaml(match[1]!) : undefined;
}

function readYaml(text: string): unknown {
  try {
    // A prompt's YAML is small; aliases are not followed past the yaml package's own limit.
    return parseYaml(text, { maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}
