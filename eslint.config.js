import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Folders a layer may not import from: the dependency direction of docs/architecture.md. */
const forbidden = {
  domain: ['engine', 'news', 'regions', 'server', 'web', 'cli'],
  engine: ['news', 'regions', 'server', 'web', 'cli'],
  regions: ['engine', 'news', 'server', 'web', 'cli'],
  news: ['engine', 'server', 'web', 'cli'],
  server: ['web', 'cli'],
  web: ['engine', 'news', 'regions', 'cli', 'server/db', 'server/modules', 'server/jobs'],
  cli: ['web'],
};

const layerRules = Object.entries(forbidden).map(([layer, targets]) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: targets.map((target) => ({
          regex: `(^|/)\\.\\.(/\\.\\.)*/${target}(/|$)`,
          message: `src/${layer} may not depend on src/${target} (see docs/architecture.md).`,
        })),
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: ['node_modules', 'dist', 'data', 'coverage', 'bench/results', 'src/web/dist'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // Route registrars and handlers are async by contract even when a body does not await.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  ...layerRules,
);
