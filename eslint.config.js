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

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/config/**', 'src/tokenize/**', 'src/budget/**', 'src/render/**', 'src/prompts/**', 'src/catalog/**'],
    rules: {
      'no-restricted-imports': ['error', coreRestrictions],
      'no-restricted-globals': ['error', { name: 'process', message: 'The core is pure: pass values in.' }],
    },
  },
);
