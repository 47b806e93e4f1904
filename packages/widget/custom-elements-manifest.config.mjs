// The Custom Elements Manifest of <duty-handover> (packages/widget/custom-elements.json),
// read by editors, by tools and by the docs' element reference. Run it inside this
// package (`npm run analyze` at the root does, and so do `npm run build` and
// `npm run docs`), so the analyzer finds this file and keeps the `customElements`
// field of this package's package.json pointing at the output.

/**
 * The analyzer lists an event twice when the JSDoc documents it (`@event {DhPolicyErrorEvent}
 * dh-policy-error - …`) and the code dispatches it (`new DhPolicyErrorEvent(…)`): once with
 * its name and description, once with only its type. Keep the documented one.
 */
function dropUnnamedDuplicateEvents() {
  return {
    name: 'drop-unnamed-duplicate-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (!Array.isArray(declaration.events)) continue;
          const named = new Set(
            declaration.events.filter((event) => event.name).map((event) => event.type?.text),
          );
          declaration.events = declaration.events.filter(
            (event) => event.name || !named.has(event.type?.text),
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*-test-helpers.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [dropUnnamedDuplicateEvents()],
};
