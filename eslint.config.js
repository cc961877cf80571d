// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { configs as litConfigs } from 'eslint-plugin-lit';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'migrations/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // User text is rendered through Lit text bindings only (DESIGN.md §5).
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render user text with Lit text bindings.' },
        { property: 'outerHTML', message: 'Render user text with Lit text bindings.' },
        { property: 'insertAdjacentHTML', message: 'Render user text with Lit text bindings.' },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Never render user text as HTML.' }] },
      ],
    },
  },
  {
    files: ['client/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['server/**/*.ts', 'shared/**/*.ts'],
    rules: {
      // Anonymity: request addresses and agents must never be logged or stored; make touching them deliberate.
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='socket'][object.name='request']",
          message: 'Do not read the client socket.',
        },
        { selector: "Literal[value='user-agent']", message: 'Do not read the User-Agent.' },
      ],
    },
  },
  prettier,
);
