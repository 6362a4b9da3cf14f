// Renders the PR comment for a demo pull request on the bundled example and screenshots it:
// docs/comment.png in the README. Needs Debian's cmark-gfm (GitHub's Markdown engine) and
// chromium; not part of CI. The page styles approximate github.com's (its CSS is not fetched).
//   node scripts/screenshot.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'prompt-budget-shot-'));
const git = (...args) => execFileSync('git', ['-c', 'user.name=demo', '-c', 'user.email=demo@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: work });
try {
  cpSync(join(root, 'examples'), join(work, 'examples'), { recursive: true });
  cpSync(join(root, 'budgets.yml'), join(work, 'budgets.yml'));
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'base');
  // The demo PR: the support prompt gains a pasted policy, and a few-shot example is reworded.
  const system = join(work, 'examples/support/system.md');
  writeFileSync(system, `${readFileSync(system, 'utf8')}\n# Full returns policy\n\n${'Items must be returned unused, in their original packaging, with the receipt, within the period stated on the order confirmation. '.repeat(3)}\n`);
  const shot = join(work, 'examples/support/shots/02-return.md');
  writeFileSync(shot, readFileSync(shot, 'utf8').replace(/\n$/, ' Thanks for shopping with Northwind!\n'));
  // Exit 1 is the expected verdict (a budget broke); the Markdown is on stdout either way.
  const run = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'check', '--base', 'main', '--markdown', '-'], { cwd: work, encoding: 'utf8' }).stdout;
  const html = execFileSync('cmark-gfm', ['--extension', 'table', '--extension', 'autolink', '--unsafe'], { input: run, encoding: 'utf8' });
  const page = `<!doctype html><meta charset="utf-8"><style>
    body { font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; margin: 0; padding: 16px; width: 880px; }
    .comment { border: 1px solid #d1d9e0; border-radius: 6px; padding: 16px; }
    table { border-collapse: collapse; margin: 8px 0; } th, td { border: 1px solid #d1d9e0; padding: 4px 10px; } th { background: #f6f8fa; }
    code { background: #eff1f3; border-radius: 4px; padding: 1px 4px; font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; }
    h3 { margin-top: 0; } sub { color: #59636e; } details { margin: 8px 0; }
  </style><div class="comment">${html}</div>`;
  writeFileSync(join(work, 'comment.html'), page);
  const png = join(root, 'docs/comment.png');
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--disable-background-networking', '--no-first-run', `--screenshot=${png}`, '--window-size=912,870', `file://${join(work, 'comment.html')}`], { stdio: 'ignore' });
  console.log(`wrote ${png}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
