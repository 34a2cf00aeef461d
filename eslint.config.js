// Lint rules. The block for src/model/** keeps the simulation pure: no React, three, zustand
// or browser globals there, so it runs unchanged in Node (tests, CLI) and in the app. The blocks
// after it keep the layers importing downwards only (model <- state <- scene; i18n <- ui): the
// scene never imports the page (src/ui), and the store never imports the i18n layer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const VIEW_PACKAGES = ['react', 'react-dom', 'three', 'zustand'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-single/**', 'node_modules/**', 'coverage/**', 'tests/e2e/__screenshots__/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/model/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: VIEW_PACKAGES.map((name) => ({ name, message: 'src/model is pure: no view or state libraries.' })),
        patterns: [{
          group: ['react/*', 'react-dom/*', 'three/*', 'zustand/*', '@react-three/*'],
          message: 'src/model is pure: no view or state libraries.',
        }],
      }],
      'no-restricted-globals': ['error',
        ...['window', 'document', 'navigator', 'localStorage', 'requestAnimationFrame'].map((name) => ({
          name, message: 'src/model runs without a browser.',
        })),
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/scene/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '(^|/)ui(/|$)', message: 'Layers import downwards: src/scene must not import src/ui (move what both need into scene/ or state/).' }],
      }],
    },
  },
  {
    files: ['src/state/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '(^|/)(ui|i18n|scene)(/|$)', message: 'Layers import downwards: src/state must not import src/i18n, src/ui or src/scene.' }],
      }],
    },
  },
);
