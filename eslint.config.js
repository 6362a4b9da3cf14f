import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The pure core never touches the outside world; adapters (cli, github, git, fs) do.
const coreRestrictions = {
  paths: [
    { name: '@actions/core', message: 'The core is pure: only src/github may use @actions/*.' },
    { name: '@actions/github', message: 'The core is pure: only src/github may use @actions/*.' },
    { name: 'node:fs', message: 'The core is pure: file access belongs to an adapter.' },
    { name: 'node:fs/promises', message: 'The core is pure: file access belongs to an adapter.' },
    { name: 'node:child_process', message: 'The core is pure: git belongs to src/git.' },
    { name: 'node:process', message: 'The core is pure: process state belongs to an adapter.' },
  ],
};

// Files are opened, read and written only through src/files (confined to the repository, regular
// files, bounded, never through a link): a second way in is where the next hole would appear.
const FILE_ACCESS = ['readFile', 'readFileSync', 'open', 'openSync', 'createReadStream', 'writeFile', 'writeFileSync', 'appendFile', 'appendFileSync', 'createWriteStream', 'rename', 'renameSync', 'copyFile', 'cp', 'symlink'];
const fileAccessRestrictions = {
  paths: ['node:fs', 'node:fs/promises', 'fs', 'fs/promises'].map((name) => ({
    name,
    importNames: FILE_ACCESS,
    message: 'Read and write files through src/files/confined.ts (regular files, inside the repository, bounded, never through a link).',
  })),
};

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'coverage/**', '.node24/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Before the core's rule, which forbids node:fs outright and so must win for core files.
    files: ['src/**'],
    ignores: ['src/files/**'],
    rules: { 'no-restricted-imports': ['error', fileAccessRestrictions] },
  },
  {
    files: ['src/common/**', 'src/guard/**', 'src/limits/**', 'src/config/**', 'src/tokenize/**', 'src/budget/**', 'src/render/**', 'src/prompts/**', 'src/catalog/**'],
    rules: {
      'no-restricted-imports': ['error', coreRestrictions],
      'no-restricted-globals': ['error', { name: 'process', message: 'The core is pure: pass values in.' }],
    },
  },
);
