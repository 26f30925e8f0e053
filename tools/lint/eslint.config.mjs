/**
 * ESLint for the whole repository (`npm run lint`, part of `npm test`). The root eslint.config.mjs
 * re-exports this file, so these imports resolve from tools/lint/ (where npm puts typescript-eslint
 * with the TypeScript 5 it needs; see package.json here).
 *
 * Syntax-level rules only (no type-aware rules: those would need a second, slower compiler run; tsc
 * already checks types). Formatting is Prettier's job (`npm run format:check`), not ESLint's.
 */
import Module, { createRequire } from 'node:module';
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

// typescript-eslint parses with the TypeScript 5 compiler API. npm installs that TypeScript here,
// but hoists some of typescript-eslint's helpers (ts-api-utils) to the root, where `typescript` is
// TypeScript 7, which has no JavaScript API. In this process only, every require('typescript')
// gets the TypeScript 5 beside this file.
const typescript5 = createRequire(import.meta.url).resolve('typescript');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'typescript' ? typescript5 : resolveFilename.call(this, request, ...rest);
};
const { default: tseslint } = await import('typescript-eslint');

/** Test files: mocha in Chromium (web-test-runner) and, for the SDK, node:test as well. */
const TESTS = ['**/*.test.ts', 'test/**/*.ts'];

/** Page APIs the SDK must not use: it runs in Node, workers and browsers alike (issue 11). */
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'customElements',
  'HTMLElement',
  'Element',
  'Node',
  'DOMParser',
  'matchMedia',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'bench/tmp/**',
      'coverage/**',
      'examples/**/build/**',
      // Generated data (scripts/build-outcodes.mjs): one very long string.
      'packages/sdk/src/geo/outcodes-data.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused names are a compile error already (noUnusedLocals); `_name` marks a deliberate one.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['packages/elements/src/**/*.ts', 'demo/src/**/*.ts', 'examples/**/*.{js,ts,tsx}'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts', 'demo/src/**/*.ts', 'examples/**/*.{js,ts,tsx}'],
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    // The ARIA combobox pattern: keys are handled on the input (aria-activedescendant); a click on
    // an option is the pointer path only.
    files: ['packages/elements/src/components/search-form/need-combobox.ts'],
    rules: { 'lit-a11y/click-events-have-key-events': 'off' },
  },
  {
    // The combobox input is named by its <label for=id>, which the rule cannot follow.
    files: ['packages/elements/src/components/search-form/search-form.component.ts'],
    rules: { 'lit-a11y/accessible-name': 'off' },
  },
  {
    // Text cleaning matches control characters on purpose.
    files: ['packages/sdk/src/**/*.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['packages/sdk/src/**/*.ts'],
    ignores: TESTS,
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.map((name) => ({ name, message: 'The SDK has no DOM: take what you need as a parameter.' })),
        { name: 'process', message: 'The SDK also runs in browsers.' },
        { name: 'Buffer', message: 'The SDK also runs in browsers.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'The SDK also runs in browsers.' },
            { group: ['lit', 'lit/*', '@micro-provider-finder/elements'], message: 'The SDK knows nothing of elements.' },
          ],
        },
      ],
    },
  },
  {
    files: TESTS,
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    // chai's `expect(x).to.be.true` is an expression statement.
    rules: { 'no-console': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js', '**/vite.config.ts', 'web-test-runner.config.mjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    // Terse hand-written parsers in the data scripts.
    files: ['scripts/**/*.mjs'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // The demo logs what the parser skipped, for developers trying their own feed.
    files: ['demo/src/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
