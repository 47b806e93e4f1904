// `npm run docs`: builds the documentation site into docs/site/ and checks it.
//
//   guides            docs/*.md (index, getting started, site policy, element, architecture,
//                     performance, reliability), with generated blocks where they say <!-- docs:name -->
//   policy reference  rules/<domain>/<name>.html, presets/<id>.html, clauses.html, generated
//                     from core's rule registry, presets and clause registry
//   element           from packages/widget/custom-elements.json (the analyzer runs first),
//                     with a live example running packages/widget/dist/duty-handover.min.js
//   API               api/, TypeDoc over packages/core/src/index.ts (typedoc.json)
//
// Then the checks: every internal link, anchor and required page of the site, and a
// type check of every ```ts snippet of the guides and the README. Nothing reaches
// the network. `--check-only` re-runs the checks on the site as it is.
//
// Runs under tsx with the source condition (see package.json), so the pages describe
// the sources as they are, not the last build.
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '@duty-handover/core';
import { checkSite } from './check-links.mjs';
import { ARCHITECTURE, renderDiagram } from './diagram.mjs';
import { elementReference, elementsOf, liveExample } from './element-page.mjs';
import { escapeHtml, html, layout, NAV, raw } from './html.mjs';
import { codeBlocksOf, renderMarkdown } from './markdown.mjs';
import { benchFigures } from './performance.mjs';
import { reliabilityFigures } from './reliability.mjs';
import { clauseTarget, plural, policyReference, presetPage, rulePage } from './policy-pages.mjs';
import { checkSnippets } from './snippets.mjs';
import { scanTestCitations } from './test-citations.mjs';

const started = performance.now();
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const site = join(root, 'docs', 'site');
const widgetDir = join(root, 'packages', 'widget');
const bundle = join(widgetDir, 'dist', 'duty-handover.min.js');
const manifestFile = join(widgetDir, 'custom-elements.json');
const snippetDir = join(root, 'node_modules', '.cache', 'docs-snippets');
const checkOnly = process.argv.includes('--check-only');

/** The guides, in navigation order; each becomes `<name>.html` at the site root. */
const GUIDES = [
  'index',
  'getting-started',
  'policy',
  'element',
  'architecture',
  'performance',
  'reliability',
];
/** Other Markdown whose ```ts snippets are checked too. */
const SNIPPET_SOURCES = [...GUIDES.map((name) => `docs/${name}.md`), 'README.md'];

const clauseIds = new Set(core.CLAUSES.map((clause) => clause.id));
const ruleIds = new Set(core.RULE_IDS);
const presetIds = new Set(core.PRESET_IDS);
const failures = [];
const notes = [];

/** Runs a command in the background; resolves with its exit code and output. */
function run(label, command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const begun = performance.now();
    const seconds = () => (performance.now() - begun) / 1000;
    child.on('error', (error) =>
      resolve({ label, code: 1, output: `${output}${error.message}\n`, seconds: seconds() }),
    );
    child.on('close', (code) => resolve({ label, code: code ?? 1, output, seconds: seconds() }));
  });
}

/** The script behind a package's `bin`, run with this Node (no shell, no npx). */
function bin(pkg, name) {
  const dir = join(root, 'node_modules', pkg);
  const { bin: bins } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return join(dir, typeof bins === 'string' ? bins : bins[name]);
}

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/** The live example needs the built bundle: build once when there is none. */
function ensureBundle() {
  if (!existsSync(bundle)) {
    console.log('docs: packages/widget/dist/duty-handover.min.js is missing, running `npm run build` first');
    const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) throw new Error('`npm run build` failed: the element page needs the bundle');
    return;
  }
  const built = statSync(bundle).mtimeMs;
  const sources = Math.max(
    newestSource(join(root, 'packages', 'core', 'src')),
    newestSource(join(widgetDir, 'src')),
  );
  if (sources > built) {
    notes.push(
      'the widget bundle is older than the sources: the live example runs the last build (`npm run build`)',
    );
  }
}

// ---- links inside Markdown ----------------------------------------------------------

/** Guide links name Markdown files (`policy.md#checks`) so they also work on a forge. */
const rewriteHref = (target) =>
  /^[a-z][a-z0-9+.-]*:|^\/\//i.test(target) ? target : target.replace(/^([^#?]*)\.md(?=$|[#?])/, '$1.html');

/** `REG7-9.1`, `roster/deadline` and `reg7` in code spans link to their pages. */
function codeLink(code) {
  if (clauseIds.has(code)) return clauseTarget(code);
  if (ruleIds.has(code)) return rulePage(code);
  if (presetIds.has(code)) return presetPage(code);
  return undefined;
}

/** Clause IDs in running text link to the catalogue. */
function linkText(text) {
  return escapeHtml(text).replace(/\b[A-Z][A-Z0-9]*-[A-Za-z0-9.]*[A-Za-z0-9]/g, (token) =>
    clauseIds.has(token) ? `<a class="clause-id" href="${clauseTarget(token)}">${token}</a>` : token,
  );
}

const inline = { rewriteHref, codeLink, linkText };

// ---- the build ------------------------------------------------------------------------

function guidePage(name, directives) {
  const source = readFileSync(join(root, 'docs', `${name}.md`), 'utf8');
  const path = `${name}.html`;
  const { html: content, title, headings } = renderMarkdown(source, { directives, inline });
  if (!title) throw new Error(`docs/${name}.md has no # title`);
  const sections = headings.filter((heading) => heading.level === 2);
  const toc =
    sections.length >= 3
      ? html`<nav class="toc" aria-label="On this page">
          <ul>
            ${sections.map((heading) => html`<li><a href="${`#${heading.id}`}">${heading.text}</a></li>`)}
          </ul>
        </nav>`
      : '';
  // The table of contents goes after the title and the paragraph that introduces the page.
  const split = content.indexOf('</p>');
  const body =
    toc && split >= 0
      ? raw(`${content.slice(0, split + 4)}\n${toc}\n${content.slice(split + 4)}`)
      : raw(content);
  return { path, title, section: NAV.some((entry) => entry.path === path) ? path : 'index.html', body };
}

async function build() {
  ensureBundle();
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, 'assets'), { recursive: true });

  // In the background while the pages are generated: TypeDoc and the manifest.
  const typedoc = run('typedoc', process.execPath, [bin('typedoc', 'typedoc'), '--options', 'typedoc.json'], {
    env: { ...process.env, NO_COLOR: '1' },
  });
  const analyzer = run(
    'custom elements manifest',
    process.execPath,
    [bin('@custom-elements-manifest/analyzer', 'cem'), 'analyze', '--quiet'],
    {
      cwd: widgetDir,
    },
  );

  const tests = scanTestCitations(root, { clauseIds, ruleIds });
  const reference = policyReference(core, tests);
  const pages = [...reference.pages];

  const analyzed = await analyzer;
  if (analyzed.code !== 0 || !existsSync(manifestFile)) {
    throw new Error(`the custom elements analyzer failed:\n${analyzed.output}`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const elements = elementsOf(manifest).map(({ declaration }) => declaration.tagName);

  let figures = 0;
  const directives = {
    stats: () =>
      html`<ul class="stats">
        <li>
          <a href="rules/index.html"><strong>${reference.summary.rules}</strong> rules</a>
        </li>
        <li>
          <a href="presets/index.html"><strong>${reference.summary.presets}</strong> presets</a>
        </li>
        <li>
          <a href="clauses.html"><strong>${reference.summary.clauses}</strong> clauses</a>,
          ${reference.summary.clauses - reference.summary.uncoveredClauses} enforced by a rule
        </li>
        <li>
          <a href="element.html"
            ><strong>${elements.length}</strong> element${elements.length === 1 ? '' : 's'}</a
          >
        </li>
      </ul>`.toString(),
    'element-live': () =>
      liveExample({
        presetIds: core.PRESET_IDS,
        postsOf: (id) => core.PRESETS[id].posts.map((post) => post.id),
      }).toString(),
    'element-reference': () => elementReference(manifest, inline).map(String).join('\n'),
    diagram: (name) => {
      if (name !== 'architecture') throw new Error(`unknown diagram ${name}`);
      const { svg, width, height } = renderDiagram(ARCHITECTURE);
      writeFileSync(join(site, 'assets', 'architecture.svg'), svg);
      return `<figure class="diagram"><img src="assets/architecture.svg" alt="${escapeHtml(ARCHITECTURE.description)}" width="${width}" height="${height}"><figcaption>${escapeHtml(ARCHITECTURE.title)}. Drawn at build time from <code>scripts/docs/diagram.mjs</code>.</figcaption></figure>`;
    },
    'bench-figures': () => {
      const result = benchFigures(root);
      figures = result.figures;
      return result.html.toString();
    },
    'reliability-figures': () => reliabilityFigures(root).html.toString(),
  };
  for (const name of GUIDES) pages.push(guidePage(name, directives));

  for (const page of pages) {
    const file = join(site, page.path);
    mkdirSync(dirname(file), { recursive: true });
    const scripts =
      page.path === 'element.html' ? ['assets/duty-handover.min.js', 'assets/element-demo.mjs'] : [];
    writeFileSync(file, layout({ ...page, scripts }));
  }
  for (const asset of ['site.css', 'element-demo.mjs'])
    copyFileSync(join(here, 'assets', asset), join(site, 'assets', asset));
  for (const file of ['duty-handover.min.js', 'duty-handover.min.js.map']) {
    if (existsSync(join(widgetDir, 'dist', file)))
      copyFileSync(join(widgetDir, 'dist', file), join(site, 'assets', file));
  }
  // The bundle loads its parts (core, languages, views) as chunks beside it.
  const chunks = join(widgetDir, 'dist', 'chunks');
  if (existsSync(chunks)) cpSync(chunks, join(site, 'assets', 'chunks'), { recursive: true });

  const api = await typedoc;
  const warnings = api.output
    .split('\n')
    .filter((line) => /\[warning\]/.test(line) && !/Found \d+ errors/.test(line));
  if (api.code !== 0) throw new Error(`TypeDoc failed:\n${api.output}`);
  return {
    pages: pages.length,
    reference: reference.summary,
    tests,
    figures,
    elements,
    apiWarnings: warnings,
    apiSeconds: api.seconds,
  };
}

/** What must be there whatever else the site holds. */
function requiredPages() {
  return [
    ...GUIDES.map((name) => ({ page: `${name}.html`, reason: `docs/${name}.md` })),
    ...core.RULE_IDS.map((id) => ({
      page: rulePage(id),
      linkedFrom: 'rules/index.html',
      reason: `rule ${id}`,
    })),
    ...core.PRESET_IDS.map((id) => ({
      page: presetPage(id),
      linkedFrom: 'presets/index.html',
      reason: `preset ${id}`,
    })),
    { page: 'clauses.html', ids: core.CLAUSES.map((clause) => clause.id), reason: 'the clause catalogue' },
    { page: 'api/index.html', reason: 'TypeDoc' },
    { page: 'assets/duty-handover.min.js', linkedFrom: 'element.html', reason: 'the live example' },
  ];
}

function snippetsOf() {
  return SNIPPET_SOURCES.flatMap((file) =>
    codeBlocksOf(readFileSync(join(root, file), 'utf8'))
      .filter((block) => block.lang === 'ts' || block.lang === 'typescript')
      .map((block, index) => ({ file, index, line: block.line, code: block.code })),
  );
}

try {
  // The snippets compile while the site is built.
  const snippetsStarted = performance.now();
  const snippets = checkSnippets(root, snippetDir, snippetsOf()).then((result) => ({
    ...result,
    seconds: (performance.now() - snippetsStarted) / 1000,
  }));
  const built = checkOnly ? undefined : await build();

  const links = checkSite(site, { required: requiredPages() });
  for (const problem of links.problems) failures.push(`link check: ${problem}`);
  const typed = await snippets;
  for (const error of typed.errors) failures.push(`snippet: ${error}`);

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const out = [];
  if (built) {
    const { reference } = built;
    out.push(`docs: ${built.pages} pages and the API reference in ${relative(root, site)}/ (${seconds} s)`);
    const missing = reference.rulesWithoutExamples;
    const perDomain = new Map();
    for (const id of missing) perDomain.set(id.split('/')[0], (perDomain.get(id.split('/')[0]) ?? 0) + 1);
    const byDomain = [...perDomain].map(([domain, count]) => `${domain} ${count}`).join(', ');
    out.push(
      `  rules      ${reference.rules}; ${missing.length} without examples (meta.examples)${missing.length > 0 ? `: ${byDomain}` : ''}`,
    );
    out.push(
      `  clauses    ${reference.clauses}; ${reference.uncoveredClauses} not covered by a rule yet (${reference.uncoveredRuleClauses} of kind "rule"); tests scanned: ${plural(built.tests.files, 'file')}`,
    );
    out.push(`  presets    ${reference.presets}`);
    out.push(
      `  element    ${built.elements.map((tag) => `<${tag}>`).join(', ')} from packages/widget/custom-elements.json`,
    );
    out.push(
      `  API        TypeDoc, ${plural(built.apiWarnings.length, 'warning')} (${built.apiSeconds.toFixed(1)} s)`,
    );
    for (const warning of built.apiWarnings) out.push(`             ${warning}`);
    out.push(`  figures    ${built.figures} from bench/results.json`);
  } else {
    out.push(`docs: checked ${relative(root, site)}/ as it is (${seconds} s)`);
  }
  out.push(
    `  links      ${links.pages} pages, ${links.links} links, ${plural(links.problems.length, 'problem')}`,
  );
  out.push(
    `  snippets   ${typed.snippets} TypeScript snippets, ${plural(typed.errors.length, 'error')} (${typed.seconds.toFixed(1)} s)${
      typed.elsewhere > 0
        ? ` (${typed.elsewhere} errors in the sources they import are left to \`tsc -b\`)`
        : ''
    }`,
  );
  for (const note of notes) out.push(`  note       ${note}`);
  console.log(out.join('\n'));
  if (failures.length > 0) {
    console.error(`\n${failures.map((failure) => `✗ ${failure}`).join('\n')}`);
    console.error(`\ndocs: ${plural(failures.length, 'problem')}`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`docs: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
