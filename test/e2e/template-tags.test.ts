/**
 * Issue 13, item 4, through the bundled action on a real repository shaped like the ones it was
 * found on: a folder of Markdown system prompts (one with a lone `{{` on line 33 and a `}}` on
 * line 323, regex text and `{emoji}`), a Prompty file and a Dotprompt file with `{{media}}` and
 * `{{history}}`. The comment, the summary and the report list only the tags each format's
 * engine fills, each at most 40 characters, and nothing the count leaves out as "counted as
 * written".
 */
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { pullRequestEvent } from './events.js';
import { fakeGitHubPerTest } from './fake-github-per-test.js';
import { createRepo, type FileTree } from './git-repo.js';
import type { FakeGitHub } from './github-api.js';
import { runAction, type ActionRun } from './runner.js';

const OWNER = 'acme';
const REPO = 'prompts';
const TOKEN = 'ghs_q9Zx7Wv3Kp2Lm8Nr4Ty6Hj1Bc5';
const PR = 134;

let fake: FakeGitHub;
fakeGitHubPerTest({ owner: OWNER, repo: REPO, token: TOKEN }, (started) => (fake = started));

const BUDGETS = `version: 1
defaults: { model: gpt-4.1 }
components:
  patterns:
    files: "patterns/*/system.md"
    max_tokens: 20000
  travel:
    files: prompts/travel.prompty
    max_tokens: 2000
  food:
    files: prompts/food.prompt
    max_tokens: 2000
`;

/** 340 lines of prose; line 33 opens `{{` and line 323 closes `}}`, ~9.7 KB apart. */
function explainPattern(extra: string): string {
  const prose = Array.from({ length: 340 }, (_, i) => `Step ${String(i + 1).padStart(3, '0')}: explain it plainly now.`);
  prose[32] = 'Templates open a variable with {{ and close it later on.';
  prose[322] = 'The closing braces }} end it.';
  prose[100] = 'Strip characters matching /[\\p{Bidi_Control}\\p{Cc}]/u before quoting.';
  prose[200] = 'End each summary with {emoji}.';
  return `${prose.join('\n')}\n${extra}`;
}

const TRAVEL = (extra: string) => `---
name: Travel
model:
  api: chat
---
system:
You help {{ firstName }} with {% for b in bookings %}{{ b.title }}; {% endfor %} {# internal #}
{{ customer.profile.preferences | selectattr("enabled") | map(attribute="label") | join(", ") }}
${extra}
user:
{{question}}
`;

const FOOD = (extra: string) => `---
model: googleai/gemini-2.5-flash
---
{{role "system"}}
You are a cheerful food assistant. ${extra}
{{history}}
{{role "user"}}
{{media url=x}}
{{dish}}
`;

function files(extra: string): FileTree {
  return {
    'budgets.yml': BUDGETS,
    'patterns/explain/system.md': explainPattern(extra),
    'patterns/summarize/system.md': 'Summarize {{input}} in three bullets.\n',
    'prompts/travel.prompty': TRAVEL(extra),
    'prompts/food.prompt': FOOD(extra),
  };
}

const log = (r: ActionRun) => `exit ${r.status}\n--- stdout\n${r.stdout.slice(-4000)}\n--- stderr\n${r.stderr.slice(-2000)}`;
/** Markdown as read, without the backslashes that keep it from acting on names. */
const unescaped = (markdown: string) => markdown.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');

interface JsonReport {
  components: { name: string; head: { files: { path: string; placeholders?: string[]; excluded?: string[] }[] } }[];
}

it('lists only the tags each format fills: no 9.7 KB tag, no regex or Markdown braces, no media counted as written', async () => {
  const repo = await createRepo();
  const baseSha = await repo.commit('Base', files(''));
  await repo.branch('change');
  const headSha = await repo.commit('Change every prompt', files('Be brief.'));
  const fixture = { owner: OWNER, repo: REPO, number: PR, base: { sha: baseSha, ref: 'main' }, head: { sha: headSha, ref: 'change' }, apiUrl: fake.url, serverUrl: fake.url };
  const result = await runAction({ workspace: repo.dir, event: pullRequestEvent('opened', fixture), api: { url: fake.url, token: TOKEN }, with: { base: 'main', comment: 'always' } });
  expect(result.status, log(result)).toBe(0);

  const report = JSON.parse(await readFile(result.outputs.report!, 'utf8')) as JsonReport;
  const filesOf = (name: string) => report.components.find((c) => c.name === name)!.head.files;
  expect(Object.fromEntries(filesOf('patterns').map((f) => [f.path, f.placeholders]))).toStrictEqual({
    'patterns/explain/system.md': undefined,
    'patterns/summarize/system.md': ['{{input}}'],
  });
  expect(filesOf('travel')[0]!.placeholders).toStrictEqual(['{{firstName}}', '{% for b in bookings %}', '{{b.title}}', '{{customer.profile.preferences | select…', '{{question}}']);
  const [food] = filesOf('food');
  expect(food!.placeholders).toStrictEqual(['{{dish}}']);
  expect(food!.excluded).toStrictEqual(['earlier turns, which {{history}} inserts (line 6)', 'a media part in the user message (line 8)']);

  const comment = unescaped(fake.comments(PR)[0]?.body ?? '');
  for (const text of [comment, unescaped(result.summary), result.stdout]) {
    expect(text).not.toContain('and close it later on');
    expect(text).not.toContain('Bidi_Control');
    expect(text).not.toContain('{emoji}');
    expect(text).not.toContain('{{media url=x}}');
    expect(text).not.toContain('{{role');
    expect(text).not.toContain('selectattr');
  }
  // What is listed as counted as written is what the count holds; {{history}} and media are named as not counted.
  const counted = comment.split('\n').filter((line) => line.includes('counted as written')).join('\n');
  expect(counted).toContain('`{{input}}`');
  expect(counted).toContain('`{{dish}}`');
  expect(counted).not.toContain('history');
  expect(comment).toContain('`earlier turns, which {{history}} inserts (line 6)`');
}, 60_000);
