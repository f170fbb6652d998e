/**
 * The layers of src/ that the folders promise, checked by `npm run lint` (dependency-cruiser):
 *   domain  -> itself only (pure TypeScript; npm libraries that are themselves pure are allowed)
 *   data    -> domain (and the committed data/*.json files)
 *   map     -> domain, data
 *   state   -> domain, data, i18n texts and map's interface: src/map/types.ts and the pure
 *              camera maths and renderer choice (camera.ts, rendererChoice.ts)
 *   ui, charts -> everything above; charts never import ui; nothing imports ui but main.tsx
 *   i18n    -> the message tables import only each other; useT.ts (a React hook) reads the store
 * and no module takes part in an import cycle that exists at run time (type-only imports, erased by
 * the compiler, do not make one).
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: the modules cannot be understood (or initialised) one after the other.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'src/domain imports nothing outside itself (no data loading, map, state, UI or texts).',
      from: { path: '^src/domain/' },
      to: { path: '^(src/(?!domain/)|data/)' },
    },
    {
      name: 'data-imports-only-domain',
      severity: 'error',
      comment: 'src/data loads and converts; it may use the domain, never map, state, UI or texts.',
      from: { path: '^src/data/' },
      to: { path: '^src/(?!data/|domain/)' },
    },
    {
      name: 'map-imports-domain-and-data',
      severity: 'error',
      comment: 'src/map draws scenes; it may use domain and data, never state, UI or texts.',
      from: { path: '^src/map/' },
      to: { path: '^src/(?!map/|data/|domain/)' },
    },
    {
      name: 'state-imports-domain-data-and-map-interface',
      severity: 'error',
      comment: "src/state may use domain, data, the i18n texts and map's interface (types, camera maths, renderer choice) only.",
      from: { path: '^src/state/' },
      to: { path: '^src/(?!state/|data/|domain/|i18n/messages|map/(types|camera|rendererChoice)\\.ts$)' },
    },
    {
      name: 'i18n-texts-are-pure',
      severity: 'error',
      comment: 'The message tables are plain data: they import only each other, their types and the language type of the domain.',
      from: { path: '^src/i18n/(messages|en/|texts)' },
      to: { path: '^src/(?!i18n/(messages|en/|texts\\.ts$)|domain/types\\.ts$)' },
    },
    {
      name: 'i18n-hook-reads-only-the-store',
      severity: 'error',
      comment: 'useT reads the language from the store; nothing else outside i18n.',
      from: { path: '^src/i18n/useT' },
      to: { path: '^src/(?!i18n/|state/store\\.ts$)' },
    },
    {
      name: 'charts-do-not-import-ui',
      severity: 'error',
      comment: 'Charts are drawn from view models; what both need lives below ui.',
      from: { path: '^src/charts/' },
      to: { path: '^src/ui/' },
    },
    {
      name: 'nothing-imports-ui',
      severity: 'error',
      comment: 'src/ui is the top layer: only the entry point (src/main.tsx) and ui itself import it.',
      from: { path: '^src/', pathNot: '^src/(ui/|main\\.tsx$)' },
      to: { path: '^src/ui/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that cannot be resolved.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^(src|data)/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
