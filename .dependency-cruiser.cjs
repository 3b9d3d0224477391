/**
 * The shape of the code (docs/architecture.md): `lib/` in layers, bottom first. A folder may import
 * from its own layer and the ones before it, never from a later one; `lib/` never imports
 * components or routes; components never import routes. `npm run check:shape` runs this.
 */
const LAYERS = [
  'util',
  'site',
  'dates',
  'full-text',
  'content',
  'media',
  'http',
  'og',
  'seo',
  'search',
  'pages',
];

const layerRules = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `lib-${layer}-points-down`,
  comment: `lib/${layer} may import only from lib/{${LAYERS.slice(0, index + 1).join(',')}}`,
  severity: 'error',
  from: { path: `^lib/${layer}/` },
  to: { path: `^lib/(${LAYERS.slice(index + 1).join('|')})/` },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-folders-are-known',
      comment: 'every lib/ folder has its place in LAYERS (or is lib/cache, which imports nothing)',
      severity: 'error',
      from: { path: '^lib/', pathNot: `^lib/(${[...LAYERS, 'cache'].join('|')})/` },
      to: {},
    },
    {
      name: 'lib-cache-stands-alone',
      comment: 'Next.js loads the cache handler on its own, before the app',
      severity: 'error',
      from: { path: '^lib/cache/' },
      to: { path: '^(lib|components|app|i18n)/' },
    },
    {
      name: 'lib-below-components-and-routes',
      severity: 'error',
      from: { path: '^(lib|i18n)/' },
      to: { path: '^(components|app)/' },
    },
    {
      name: 'components-below-routes',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^app/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.next|bench/baseline)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mjs', '.js', '.d.mts', '.json'],
    },
  },
};
