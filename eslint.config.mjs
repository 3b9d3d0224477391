import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // Images are rendered to AVIF/WebP/JPEG on first request (lib/media/renditions.ts) and
      // served through <picture>; next/image would add client JavaScript and its own optimiser.
      '@next/next/no-img-element': 'off',
    },
  },
  {
    ignores: [
      '.next/**',
      '.next-*/**',
      'bench/baseline/.next*/**',
      'bench/results/tmp/**',
      'node_modules/**',
      'public/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      '.probe/**',
    ],
  },
];

export default config;
