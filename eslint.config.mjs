// ESLint: Next's core-web-vitals + TypeScript rules; generated and vendored folders ignored.
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  { ignores: ['.next/**', 'node_modules/**', '.neo4j/**', 'next-env.d.ts', 'coverage/**', 'bench/bare-sigma/dist/**'] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // `_`-prefixed names are deliberately unused (destructuring a field away, a required parameter).
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
];

export default config;
