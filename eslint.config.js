import tseslint from 'typescript-eslint';
import { boundaryRules, deidentifiedCastRules, plugin as curbside } from './tools/eslint/curbside-rules.mjs';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '.data/**',
      '**/*.js',
      '**/*.mjs',
      'apps/web/dist/**',
      'apps/web/src/gql/**',
      'test-results/**',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { disallowTypeAnnotations: false, fixStyle: 'inline-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    // Module boundaries and declared access (tools/eslint/curbside-rules.mjs).
    files: ['libs/**/*.ts', 'apps/**/*.ts'],
    plugins: { curbside },
    rules: boundaryRules,
  },
  {
    // The anonymizer is the only producer of DeidentifiedText; it declares its access in apps/api.
    files: ['**/*.ts'],
    ignores: ['libs/anonymizer/**'],
    rules: deidentifiedCastRules,
  },
  {
    files: ['libs/anonymizer/**/*.ts'],
    rules: { 'curbside/access-declared': 'off' },
  },
  {
    files: [
      '**/*.spec.ts',
      '**/*.integration-spec.ts',
      '**/*.e2e-spec.ts',
      'libs/testing/**/*.ts',
      'test/**/*.ts',
    ],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
