// @custom-elements-manifest/analyzer: JSDoc of the element classes -> custom-elements.json.
export default {
  globs: ['src/components/**/*.ts', 'src/internal/mg-element.ts', 'src/events/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.messages.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
