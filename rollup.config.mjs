// Bundles what `tsc -b` emitted into packages/<pkg>/build/ (run through `npm run build`):
//
//   core    dist/index.js (+ dist/cli.js once the CLI exists), dist/index.d.ts
//   widget  dist/duty-handover.js + dist/lib/*.js, dist/duty-handover.d.ts  (dependencies stay imports)
//           dist/duty-handover.min.js + dist/chunks/*.js  (one script tag, every dependency inlined)
//           dist/bundle-manifest.json                     (what the min bundle loads when, for size.mjs)
//
// The widget loads parts of itself on demand with dynamic imports: the core
// side (policy, journal, handover engine, messages) as soon as it connects,
// its words in the page's language, the history and key register views when
// they are first shown. Rollup writes each as a chunk next to the entry, and
// the browser fetches it from the same place as the entry: still one script
// tag for the page, and nothing from anywhere else.
//
// Any warning fails the build: each one so far pointed at a real problem.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';

const root = dirname(fileURLToPath(import.meta.url));
const at = (...parts) => resolve(root, ...parts);

const core = {
  build: at('packages/core/build'),
  dist: at('packages/core/dist'),
  pkg: JSON.parse(readFileSync(at('packages/core/package.json'), 'utf8')),
};
const widget = {
  build: at('packages/widget/build'),
  dist: at('packages/widget/dist'),
  pkg: JSON.parse(readFileSync(at('packages/widget/package.json'), 'utf8')),
};

const coreIndex = at(core.build, 'index.js');
const coreCli = at(core.build, 'cli/index.js');
const widgetEntry = at(widget.build, 'define.js');

for (const entry of [coreIndex, widgetEntry]) {
  if (!existsSync(entry))
    throw new Error(`${entry} is missing: run \`tsc -b\` first (npm run build does both).`);
}

/** A package's runtime dependencies (and their subpaths) stay imports; the rest is bundled. */
function dependenciesOf(pkg, { node = false } = {}) {
  const names = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  const builtins = new Set(builtinModules);
  return (id) =>
    names.some((name) => id === name || id.startsWith(`${name}/`)) ||
    (node && (id.startsWith('node:') || builtins.has(id)));
}

/**
 * The one known false alarm: zod 4.6's sources have prose comments that mention
 * `@__PURE__` while explaining the real annotation next to them (v4/core/util.js,
 * regexes.js). Rollup drops such a comment and honours the real annotation; a bare
 * misplaced annotation (the comment is nothing but `@__PURE__`) still fails the build.
 */
function isZodProseAnnotation(warning) {
  if (warning.code !== 'INVALID_ANNOTATION' || !/[\\/]node_modules[\\/]zod[\\/]/.test(warning.id ?? ''))
    return false;
  const comment = /A comment\s+"([\s\S]*)"\s+in "/.exec(warning.message)?.[1] ?? '';
  const prose = comment.replace(/^\/\/|^\/\*+|\*+\/$/g, '').replace(/[@#]__(PURE|NO_SIDE_EFFECTS)__/g, '');
  return /[a-z]{3,}\s+[a-z]{3,}/i.test(prose);
}

/**
 * A cycle wholly inside a third-party package (zod 4.6: v4/core/core.js <-> util.js)
 * is that package's design and works as ESM; a cycle touching our code still fails.
 */
function isThirdPartyCycle(warning) {
  return (
    warning.code === 'CIRCULAR_DEPENDENCY' &&
    (warning.ids ?? []).length > 0 &&
    warning.ids.every((id) => /[\\/]node_modules[\\/]/.test(id))
  );
}

/** Fails the build on any other warning instead of scrolling past it. */
function onwarn(warning) {
  if (isZodProseAnnotation(warning) || isThirdPartyCycle(warning)) return;
  const where = warning.loc ? ` (${warning.loc.file}:${warning.loc.line}:${warning.loc.column})` : '';
  throw new Error(`rollup warning ${warning.code ?? ''}${where}: ${warning.message}`);
}

/**
 * Loads tsc's output together with its source map (and the TypeScript sources
 * as sourcesContent), so the bundles' maps point at src/*.ts, not at build/.
 */
function tscSourceMaps({ stripHashbang = false } = {}) {
  const builds = [core.build, widget.build];
  return {
    name: 'tsc-source-maps',
    load(id) {
      if (!id.endsWith('.js') || !builds.some((dir) => id.startsWith(`${dir}/`))) return null;
      let code = readFileSync(id, 'utf8');
      // Blank the line rather than delete it, so the source map's lines still match.
      if (stripHashbang) code = code.replace(/^#!.*/, '');
      const mapFile = `${id}.map`;
      if (!existsSync(mapFile)) return code;
      const map = JSON.parse(readFileSync(mapFile, 'utf8'));
      const base = resolve(dirname(mapFile), map.sourceRoot ?? '');
      // A source tsc no longer has (a stale build file) just goes without content.
      map.sourcesContent = map.sources.map((source) => {
        try {
          return readFileSync(resolve(base, source), 'utf8');
        } catch {
          return null;
        }
      });
      return { code, map };
    },
  };
}

/** `@duty-handover/core` from core's tsc output: the self-contained bundle never reads src or dist. */
function coreFromBuild() {
  return {
    name: 'core-from-build',
    resolveId(source) {
      return source === core.pkg.name ? coreIndex : null;
    },
  };
}

/** Empties an output folder once, before the first bundle of a package is written. */
function clean(dir) {
  return {
    name: 'clean',
    buildStart() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Core declares `"sideEffects": false`; the min bundle resolves core from its
 * build folder (not through node-resolve, which would read that field), so
 * the flag is applied here: an unused core module is dropped, not kept for
 * its imports' sake.
 */
function coreSideEffectFree(id) {
  return !id.startsWith(`${core.build}/`);
}

/**
 * Writes `bundle-manifest.json` beside the min bundle: each chunk with the
 * chunks it imports statically and dynamically and the modules that make its
 * name, so `scripts/size.mjs` can add up what a first render loads.
 */
function bundleManifest(entryName) {
  return {
    name: 'bundle-manifest',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle)
        .filter((item) => item.type === 'chunk')
        .map((chunk) => ({
          file: chunk.fileName,
          name: chunk.name,
          entry: chunk.isEntry,
          dynamicEntry: chunk.isDynamicEntry,
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
        }));
      this.emitFile({
        type: 'asset',
        fileName: 'bundle-manifest.json',
        source: `${JSON.stringify({ entry: entryName, chunks }, null, 2)}\n`,
      });
    },
  };
}

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: coreIndex,
    external: dependenciesOf(core.pkg),
    plugins: [clean(core.dist), tscSourceMaps()],
    onwarn,
    output: { file: at(core.dist, 'index.js'), format: 'es', sourcemap: true },
  },
  // The Node-only CLI, once it exists: its imports of ../index.js become ./index.js
  // (one copy of the library), anything else of core it imports is bundled into it,
  // and it gets exactly one hashbang line.
  ...(existsSync(coreCli)
    ? [
        {
          input: coreCli,
          external: (id) => id === coreIndex || dependenciesOf(core.pkg, { node: true })(id),
          plugins: [tscSourceMaps({ stripHashbang: true })],
          onwarn,
          output: {
            file: at(core.dist, 'cli.js'),
            format: 'es',
            sourcemap: true,
            banner: '#!/usr/bin/env node',
            paths: (id) => (id === coreIndex ? './index.js' : id),
          },
        },
      ]
    : []),
  {
    input: at(core.build, 'index.d.ts'),
    external: dependenciesOf(core.pkg),
    plugins: [dts()],
    onwarn,
    output: { file: at(core.dist, 'index.d.ts'), format: 'es' },
  },
  {
    input: widgetEntry,
    // lit, idb-keyval and core stay imports; tslib's helpers are inlined (not a dependency).
    external: dependenciesOf(widget.pkg),
    plugins: [clean(widget.dist), tscSourceMaps(), nodeResolve({ browser: true })],
    preserveEntrySignatures: 'allow-extension',
    onwarn,
    output: {
      dir: widget.dist,
      entryFileNames: 'duty-handover.js',
      chunkFileNames: 'lib/[name]-[hash].js',
      format: 'es',
      sourcemap: true,
    },
  },
  {
    input: at(widget.build, 'define.d.ts'),
    external: dependenciesOf(widget.pkg),
    plugins: [dts()],
    onwarn,
    output: { file: at(widget.dist, 'duty-handover.d.ts'), format: 'es' },
  },
  {
    input: widgetEntry,
    plugins: [
      coreFromBuild(),
      tscSourceMaps(),
      nodeResolve({ browser: true, exportConditions: ['browser'] }),
      bundleManifest('duty-handover.min.js'),
    ],
    treeshake: { moduleSideEffects: coreSideEffectFree },
    // The chunks loaded later import Lit and the shared views from the entry itself, instead of
    // rollup splitting the entry into a one-line facade and a second request.
    preserveEntrySignatures: 'allow-extension',
    onwarn,
    output: {
      dir: widget.dist,
      entryFileNames: 'duty-handover.min.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      format: 'es',
      sourcemap: true,
      plugins: [terser({ ecma: 2020, module: true, compress: { passes: 2 } })],
    },
  },
];
