// ESLint: the rules that catch mistakes the type checker lets through. Formatting is prettier's job
// (.prettierrc.json), types are tsc's (npm run typecheck); this config adds neither.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', '.astro/', '.data/', '.tmp/', 'test-results/', 'playwright-report/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Hostile input is cleaned of control characters in several places (mail headers, XML, feeds, the RPC
      // route): matching them is the point there, not a slip.
      'no-control-regex': 'off',
      // A leading underscore names what is left out on purpose: an unused parameter a signature requires, or a
      // field taken out of an object with a rest pattern.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
);
