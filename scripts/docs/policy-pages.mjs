// The policy reference, generated from core's data and never hand-copied: one page
// per rule (ALL_RULE_META), one per preset (PRESETS, PRESET_INFO, their citations),
// the clause catalogue (CLAUSES, CLAUSE_SOURCES) with the rules and tests that cite
// each clause, and an index of each.
import { escapeHtml, href, html, localized, raw } from './html.mjs';

// English first (the site's language), then the two Chinese scripts.
const LOCALES = ['en', 'zh-Hant', 'zh-Hans'];

/** Headings of the catalogue's sections; an unknown section shows its key. */
const SECTION_TITLES = {
  roster: 'Roster',
  'swaps-leave': 'Swaps and leave',
  handover: 'Handover',
  liability: 'Liability',
  'first-contact': 'First contact',
  escalation: 'Escalation',
  records: 'Records',
  quality: 'Quality targets',
  guidance: 'Guidance',
};
const sectionTitle = (section) => SECTION_TITLES[section] ?? section;

export const rulePage = (id) => `rules/${id}.html`;
export const presetPage = (id) => `presets/${id}.html`;
export const clauseTarget = (id) => `clauses.html#${id}`;
const valueAnchor = (path) => `v-${path}`;

/**
 * @param {typeof import('@duty-handover/core')} core
 * @param {{ byClause: Map<string, Citation[]>, byRule: Map<string, Citation[]> }} tests
 * @typedef {import('./test-citations.mjs').Citation} Citation
 */
export function policyReference(core, tests) {
  const { ALL_RULE_META, CLAUSES, CLAUSE_SOURCES, PRESETS, PRESET_IDS, PRESET_INFO, MESSAGES } = core;
  const clauseById = new Map(CLAUSES.map((clause) => [clause.id, clause]));
  const sourceByCode = new Map(CLAUSE_SOURCES.map((source) => [source.code, source]));
  const rulesByClause = new Map();
  for (const meta of ALL_RULE_META) {
    for (const id of meta.clauses) rulesByClause.set(id, [...(rulesByClause.get(id) ?? []), meta]);
  }
  const presetRows = new Map(PRESET_IDS.map((id) => [id, presetValueRows(id, PRESETS[id])]));
  const presetCitations = new Map();
  for (const id of PRESET_IDS) {
    for (const [path, clauses] of Object.entries(PRESETS[id].citations)) {
      for (const clause of clauses) {
        presetCitations.set(clause, [...(presetCitations.get(clause) ?? []), { preset: id, path }]);
      }
    }
  }
  const domains = [...new Set(ALL_RULE_META.map((meta) => meta.domain))];

  /** A clause ID as a link into the catalogue, with its summary as a tooltip. */
  const clauseLink = (from, id) => {
    const clause = clauseById.get(id);
    const title = clause ? ` title="${escapeHtml(clause.summary.en)}"` : '';
    return raw(
      `<a class="clause-id" href="${escapeHtml(href(from, clauseTarget(id)))}"${title}>${escapeHtml(id)}</a>`,
    );
  };
  const ruleLink = (from, id) => html`<a href="${href(from, rulePage(id))}"><code>${id}</code></a>`;
  const presetLink = (from, id) => html`<a href="${href(from, presetPage(id))}"><code>${id}</code></a>`;
  const severity = (value) => html`<span class="severity severity-${value}">${value}</span>`;
  const trilingual = (text, from) =>
    html`<div class="l10n">
      ${LOCALES.map(
        (locale) => html`<p lang="${locale}">${from ? linkClauses(from, text[locale]) : text[locale]}</p>`,
      )}
    </div>`;
  /** Text with the clause IDs it mentions linked to the catalogue. */
  const linkClauses = (from, text) =>
    raw(
      escapeHtml(text).replace(/\b[A-Z][A-Z0-9]*-[A-Za-z0-9.]*[A-Za-z0-9]/g, (token) =>
        clauseById.has(token) ? String(clauseLink(from, token)) : token,
      ),
    );
  const testList = (citations) =>
    citations.length === 0
      ? html`<span class="muted">none</span>`
      : html`<details>
          <summary>
            ${plural(citations.length, 'test')} in
            ${plural(new Set(citations.map((c) => c.file)).size, 'file')}
          </summary>
          <ul class="tests">
            ${citations.map(
              (citation) =>
                html`<li>
                  <code>${citation.file}:${citation.line}</code
                  >${citation.title ? html` <q>${citation.title}</q>` : ''}
                </li>`,
            )}
          </ul>
        </details>`;

  const pages = [];

  // ---- one page per rule ------------------------------------------------------
  ALL_RULE_META.forEach((meta, index) => {
    const path = rulePage(meta.id);
    const previous = ALL_RULE_META[index - 1];
    const next = ALL_RULE_META[index + 1];
    const presetSeverity = PRESET_IDS.map((id) => ({ id, value: PRESETS[id].severity[meta.id] }));
    const overridden = presetSeverity.filter((entry) => entry.value !== undefined);

    const clauses = meta.clauses.map((id) => {
      const clause = clauseById.get(id);
      if (!clause)
        return html`<section class="clause">
          <h3>${clauseLink(path, id)}</h3>
          <p class="problem">Not in the clause registry.</p>
        </section>`;
      const source = sourceByCode.get(clause.source);
      return html`<section class="clause">
        <h3>${clauseLink(path, id)} <span class="tag">${clause.kind}</span></h3>
        <p class="source">
          Source: <strong>${clause.source}</strong> ${localized(source.title['zh-Hant'], 'zh-Hant')}
          (${source.title.en})
        </p>
        ${trilingual(clause.summary)}
      </section>`;
    });

    const configuration = meta.configuredBy.map(
      (setting) =>
        html`<h3 id="${`config-${setting}`}"><code>${setting}</code></h3>
          <div class="table-wrap">
            <table class="config">
              <thead>
                <tr>
                  <th scope="col">Preset</th>
                  <th scope="col">Value</th>
                  <th scope="col">Cited clauses</th>
                </tr>
              </thead>
              <tbody>
                ${PRESET_IDS.map((id) => {
                  const found = lookup(PRESETS[id], setting.split('.'));
                  return html`<tr>
                    <th scope="row">${presetLink(path, id)}</th>
                    <td>
                      ${found.map((entry) => {
                        const anchor = presetRows.get(id).anchors.has(entry.path)
                          ? html` <a
                              class="value-link"
                              href="${href(path, `${presetPage(id)}#${valueAnchor(entry.path)}`)}"
                              aria-label="${`${id}: ${entry.path}`}"
                              >↗</a
                            >`
                          : '';
                        const label =
                          found.length > 1 || entry.path !== setting
                            ? html`<code class="path">${entry.path}</code> `
                            : '';
                        return html`<div>${label}${formatValue(entry.value)}${anchor}</div>`;
                      })}
                    </td>
                    <td>
                      ${citedClauses(
                        path,
                        PRESETS[id],
                        found.map((entry) => entry.path),
                      )}
                    </td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`,
    );

    const example = (kind, value) =>
      html`<section class="example example-${kind}">
        <h3>${kind === 'failing' ? 'Reported' : 'Accepted'}</h3>
        ${trilingual(value.description, path)}
        ${value.code ? html`<pre><code>${value.code}</code></pre>` : ''}
      </section>`;

    const messages = meta.messages.map(
      (id) =>
        html`<tr>
          <th scope="row"><code>${id}</code></th>
          ${LOCALES.map(
            (locale) =>
              html`<td lang="${locale}">
                ${MESSAGES[locale][id] ?? html`<span class="problem">missing</span>`}
              </td>`,
          )}
        </tr>`,
    );

    const body = html` <nav class="breadcrumbs" aria-label="Breadcrumbs">
        <a href="${href(path, 'rules/index.html')}">Rules</a> ›
        <a href="${href(path, `rules/index.html#${meta.domain}`)}">${meta.domain}</a>
      </nav>
      <h1><code>${meta.id}</code></h1>
      <p class="lead">${meta.summary.en}</p>
      <div class="l10n">
        ${['zh-Hant', 'zh-Hans'].map((locale) => html`<p lang="${locale}">${meta.summary[locale]}</p>`)}
      </div>
      <table class="facts">
        <tr>
          <th scope="row">Domain</th>
          <td>${meta.domain}</td>
        </tr>
        <tr>
          <th scope="row">Default severity</th>
          <td>
            ${severity(meta.defaultSeverity)}${
              overridden.length > 0
                ? html` (${overridden.map((entry, i) => html`${i > 0 ? ', ' : ''}${presetLink(path, entry.id)}: ${severity(entry.value)}`)})`
                : html` in every preset`
            }
          </td>
        </tr>
        <tr>
          <th scope="row">Clauses</th>
          <td>${meta.clauses.map((id, i) => html`${i > 0 ? ' ' : ''}${clauseLink(path, id)}`)}</td>
        </tr>
        <tr>
          <th scope="row">Configured by</th>
          <td>
            ${
              meta.configuredBy.length > 0
                ? meta.configuredBy.map(
                    (setting, i) =>
                      html`${i > 0 ? ', ' : ''}<a href="${`#config-${setting}`}"><code>${setting}</code></a>`,
                  )
                : html`<span class="muted">no policy value: only its severity</span>`
            }
          </td>
        </tr>
      </table>

      <h2 id="clauses">Clauses</h2>
      ${clauses}

      <h2 id="configuration">Configuration</h2>
      <p>
        A site turns the rule off or changes how it reports with
        <code>severity: { '${meta.id}': 'off' | 'warn' | 'error' }</code> in its policy
        overrides.${
          meta.configuredBy.length > 0
            ? ' The rule reads the values below; each preset’s value is shown with the clauses it reproduces, or as a project default where the regulation gives none.'
            : ''
        }
      </p>
      ${configuration}

      <h2 id="examples">Examples</h2>
      ${
        meta.examples
          ? [example('failing', meta.examples.failing), example('passing', meta.examples.passing)]
          : html`<p class="muted">This rule carries no examples yet (<code>meta.examples</code>).</p>`
      }

      <h2 id="messages">Messages</h2>
      <p>
        What a finding of this rule says, by message id; <code>{name}</code> is filled from the finding’s
        params.
      </p>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Message</th>
              <th scope="col">English</th>
              <th scope="col" lang="zh-Hant">繁體中文</th>
              <th scope="col" lang="zh-Hans">简体中文</th>
            </tr>
          </thead>
          <tbody>
            ${messages}
          </tbody>
        </table>
      </div>

      <h2 id="tests">Tests</h2>
      <div>Tests that name this rule: ${testList(tests.byRule.get(meta.id) ?? [])}</div>

      <nav class="pager" aria-label="Other rules">
        ${previous ? html`<a rel="prev" href="${href(path, rulePage(previous.id))}">← <code>${previous.id}</code></a>` : html`<span></span>`}
        ${next ? html`<a rel="next" href="${href(path, rulePage(next.id))}"><code>${next.id}</code> →</a>` : ''}
      </nav>`;
    pages.push({ path, title: meta.id, section: 'rules/index.html', body });
  });

  // ---- rule index --------------------------------------------------------------
  {
    const path = 'rules/index.html';
    const withoutExamples = ALL_RULE_META.filter((meta) => !meta.examples).length;
    const body = html` <h1>Rules</h1>
      <p class="lead">
        Every rule of duty-handover, by domain: ${plural(ALL_RULE_META.length, 'rule')} in
        ${plural(domains.length, 'domain')}. Each page gives the clauses the rule enforces, how a policy
        configures it, its default severity, examples and messages.
      </p>
      <p>
        A policy sets a rule’s severity by id (<code>off</code>, <code>warn</code>, <code>error</code>); see
        <a href="${href(path, 'policy.html')}">the site policy</a>.
        ${withoutExamples > 0 ? `${plural(withoutExamples, 'rule')} carry no examples yet.` : ''}
      </p>
      <nav class="toc" aria-label="Domains">
        <ul>
          ${domains.map((domain) => html`<li><a href="${`#${domain}`}">${domain}</a></li>`)}
        </ul>
      </nav>
      ${domains.map(
        (domain) =>
          html`<h2 id="${domain}">${domain}</h2>
            <div class="table-wrap">
              <table class="rules">
                <thead>
                  <tr>
                    <th scope="col">Rule</th>
                    <th scope="col">What it checks</th>
                    <th scope="col">Clauses</th>
                    <th scope="col">Default</th>
                  </tr>
                </thead>
                <tbody>
                  ${ALL_RULE_META.filter((meta) => meta.domain === domain).map(
                    (meta) =>
                      html`<tr>
                        <th scope="row">${ruleLink(path, meta.id)}</th>
                        <td>${meta.summary.en}<br />${localized(meta.summary['zh-Hant'], 'zh-Hant')}</td>
                        <td>
                          ${meta.clauses.map((id, i) => html`${i > 0 ? ' ' : ''}${clauseLink(path, id)}`)}
                        </td>
                        <td>${severity(meta.defaultSeverity)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`,
      )}`;
    pages.push({ path, title: 'Rules', section: path, body });
  }

  // ---- one page per preset ----------------------------------------------------
  for (const id of PRESET_IDS) {
    const path = presetPage(id);
    const preset = PRESETS[id];
    const info = PRESET_INFO[id];
    const source = sourceByCode.get(info.source);
    const { rows } = presetRows.get(id);
    const cited = rows.filter((row) => row.own.length + row.inherited.length > 0).length;
    const sections = [...new Set(rows.map((row) => row.path.split('.')[0]))];
    const clausesCited = [...new Set(Object.values(preset.citations).flat())].sort(compareClauseIds);
    const body = html` <nav class="breadcrumbs" aria-label="Breadcrumbs">
        <a href="${href(path, 'presets/index.html')}">Presets</a>
      </nav>
      <h1>Preset <code>${id}</code></h1>
      <p class="lead">${info.title.en}</p>
      <div class="l10n">
        ${['zh-Hant', 'zh-Hans'].map((locale) => html`<p lang="${locale}">${info.title[locale]}</p>`)}
      </div>
      <table class="facts">
        <tr>
          <th scope="row">Policy name</th>
          <td>${preset.name.en} · ${localized(preset.name['zh-Hant'], 'zh-Hant')}</td>
        </tr>
        <tr>
          <th scope="row">Source regulation</th>
          <td>
            <strong>${info.source}</strong> ${localized(source.title['zh-Hant'], 'zh-Hant')}
            (${source.title.en})
          </td>
        </tr>
        <tr>
          <th scope="row">Values</th>
          <td>${rows.length}: ${cited} cite a clause, ${rows.length - cited} are project defaults</td>
        </tr>
        <tr>
          <th scope="row">Clauses cited</th>
          <td>${clausesCited.map((clause, i) => html`${i > 0 ? ' ' : ''}${clauseLink(path, clause)}`)}</td>
        </tr>
        <tr>
          <th scope="row">Defined in</th>
          <td>
            <code>${`packages/core/src/policy/presets/${id}.ts`}</code> (project defaults are marked
            <code>// default:</code> there, with the reason)
          </td>
        </tr>
      </table>
      <p>
        Use it with <code>resolvePolicy('${id}')</code>, or
        <code>{ preset: '${id}', overrides: { … } }</code> for a site that differs. A value a site overrides
        loses its citation unless the overrides cite anew.
      </p>
      <nav class="toc" aria-label="Parts of the policy">
        <ul>
          ${sections.map(
            (section) =>
              html`<li>
                <a href="${`#part-${section}`}"><code>${section}</code></a>
              </li>`,
          )}
        </ul>
      </nav>
      ${sections.map((section) => {
        const sectionRows = rows.filter((row) => row.path.split('.')[0] === section);
        return html`<h2 id="${`part-${section}`}"><code>${section}</code></h2>
          <div class="table-wrap">
            <table class="values">
              <thead>
                <tr>
                  <th scope="col">Value</th>
                  <th scope="col">Setting</th>
                  <th scope="col">Clauses</th>
                </tr>
              </thead>
              <tbody>
                ${sectionRows.map(
                  (row) =>
                    html`<tr>
                      <th scope="row">
                        ${row.anchorIds.map((anchor) => html`<span id="${valueAnchor(anchor)}"></span>`)}<code
                          >${row.path}</code
                        >
                      </th>
                      <td>${formatLeaf(row.value)}</td>
                      <td>
                        ${
                          row.own.length + row.inherited.length === 0
                            ? html`<span class="muted">project default</span>`
                            : [
                                row.own.map(
                                  (clause, i) => html`${i > 0 ? ' ' : ''}${clauseLink(path, clause)}`,
                                ),
                                row.inherited.map(
                                  (entry) =>
                                    html`<div class="via">
                                      ${entry.clauses.map((clause, i) => html`${i > 0 ? ' ' : ''}${clauseLink(path, clause)}`)}
                                      <span class="muted">via <code>${entry.via}</code></span>
                                    </div>`,
                                ),
                              ]
                        }
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`;
      })}`;
    pages.push({ path, title: `Preset ${id}`, section: 'presets/index.html', body });
  }

  // ---- preset index -------------------------------------------------------------
  {
    const path = 'presets/index.html';
    const body = html` <h1>Presets</h1>
      <p class="lead">
        A preset is a complete policy reproducing one source regulation. A site’s policy is a preset plus its
        own overrides; every value a preset takes from its regulation cites the clause it comes from.
      </p>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Preset</th>
              <th scope="col">Source</th>
              <th scope="col">What it describes</th>
              <th scope="col">Values cited</th>
            </tr>
          </thead>
          <tbody>
            ${PRESET_IDS.map((id) => {
              const { rows } = presetRows.get(id);
              const cited = rows.filter((row) => row.own.length + row.inherited.length > 0).length;
              const source = sourceByCode.get(PRESET_INFO[id].source);
              return html`<tr>
                <th scope="row">${presetLink(path, id)}</th>
                <td><strong>${source.code}</strong><br />${localized(source.title['zh-Hant'], 'zh-Hant')}</td>
                <td>
                  ${PRESET_INFO[id].title.en}<br />${localized(PRESET_INFO[id].title['zh-Hant'], 'zh-Hant')}
                </td>
                <td>${cited} of ${rows.length}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`;
    pages.push({ path, title: 'Presets', section: path, body });
  }

  // ---- clause catalogue ---------------------------------------------------------
  const uncovered = CLAUSES.filter((clause) => !rulesByClause.has(clause.id));
  {
    const path = 'clauses.html';
    const sections = [...new Set(CLAUSES.map((clause) => clause.section))];
    const covered = CLAUSES.length - uncovered.length;
    const testedCount = CLAUSES.filter((clause) => tests.byClause.has(clause.id)).length;
    const kinds = [...new Set(CLAUSES.map((clause) => clause.kind))];
    const uncoveredRules = uncovered.filter((clause) => clause.kind === 'rule');
    const body = html` <h1>Clause catalogue</h1>
      <p class="lead">
        Every normative clause of the source regulations, by the stable ID that rules, findings, presets and
        tests cite: ${CLAUSES.length} clauses from ${CLAUSE_SOURCES.length} documents. ${covered} are enforced
        by at least one rule; ${testedCount} are cited by a test.
      </p>
      <nav class="toc" aria-label="On this page">
        <ul>
          <li><a href="#sources">Sources</a></li>
          ${sections.map((section) => html`<li><a href="${`#section-${section}`}">${sectionTitle(section)}</a></li>`)}
          <li><a href="#not-covered">Not covered yet</a></li>
        </ul>
      </nav>
      <h2 id="sources">Sources</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Document</th>
              <th scope="col">Clauses</th>
              <th scope="col">Enforced by a rule</th>
            </tr>
          </thead>
          <tbody>
            ${CLAUSE_SOURCES.map((source) => {
              const own = CLAUSES.filter((clause) => clause.source === source.code);
              return html`<tr>
                <th scope="row" id="${`source-${source.code}`}">${source.code}</th>
                <td>${localized(source.title['zh-Hant'], 'zh-Hant')}<br />${source.title.en}</td>
                <td>${own.length}</td>
                <td>${own.filter((clause) => rulesByClause.has(clause.id)).length}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      ${sections.map(
        (section) =>
          html`<h2 id="${`section-${section}`}">${sectionTitle(section)}</h2>
            <div class="table-wrap">
              <table class="clauses">
                <thead>
                  <tr>
                    <th scope="col">Clause</th>
                    <th scope="col">Summary</th>
                    <th scope="col">Rules</th>
                    <th scope="col">Presets</th>
                    <th scope="col">Tests</th>
                  </tr>
                </thead>
                <tbody>
                  ${CLAUSES.filter((clause) => clause.section === section).map((clause) => {
                    const rules = rulesByClause.get(clause.id) ?? [];
                    const presets = [
                      ...new Set((presetCitations.get(clause.id) ?? []).map((entry) => entry.preset)),
                    ];
                    return html`<tr id="${clause.id}" ${rules.length === 0 ? raw(' class="uncovered"') : ''}>
                      <th scope="row">
                        <code>${clause.id}</code><br /><span class="tag">${clause.kind}</span>
                      </th>
                      <td>${trilingual(clause.summary)}</td>
                      <td>
                        ${rules.length > 0 ? rules.map((meta) => html`<div>${ruleLink(path, meta.id)}</div>`) : html`<span class="muted">none yet</span>`}
                      </td>
                      <td>
                        ${presets.length > 0 ? presets.map((id) => html`<div>${presetLink(path, id)}</div>`) : html`<span class="muted">—</span>`}
                      </td>
                      <td>${testList(tests.byClause.get(clause.id) ?? [])}</td>
                    </tr>`;
                  })}
                </tbody>
              </table>
            </div>`,
      )}
      <h2 id="not-covered">Not covered yet</h2>
      <p>
        ${uncovered.length} of ${CLAUSES.length} clauses have no rule yet. Clauses of kind
        <span class="tag">rule</span> are the gaps to close (${uncoveredRules.length}); the other kinds
        (${kinds.filter((kind) => kind !== 'rule').join(', ')}) describe records, figures or advice that may
        be met by the journal, a KPI or the text of the docs rather than by a rule.
      </p>
      ${kinds.map((kind) => {
        const list = uncovered.filter((clause) => clause.kind === kind);
        return list.length === 0
          ? ''
          : html`<h3 id="${`not-covered-${kind}`}">Kind <span class="tag">${kind}</span>: ${list.length}</h3>
              <ul class="clause-list">
                ${list.map((clause) => html`<li>${clauseLink(path, clause.id)} ${clause.summary.en}</li>`)}
              </ul>`;
      })}`;
    pages.push({ path, title: 'Clause catalogue', section: path, body });
  }

  return {
    pages,
    summary: {
      rules: ALL_RULE_META.length,
      rulesWithoutExamples: ALL_RULE_META.filter((meta) => !meta.examples).map((meta) => meta.id),
      presets: PRESET_IDS.length,
      clauses: CLAUSES.length,
      uncoveredClauses: uncovered.length,
      uncoveredRuleClauses: uncovered.filter((clause) => clause.kind === 'rule').length,
    },
  };

  /** The clauses a preset cites for some concrete paths: at the path, above it or below it. */
  function citedClauses(from, preset, paths) {
    const found = new Set();
    for (const [cited, clauses] of Object.entries(preset.citations)) {
      if (
        paths.some((path) => path === cited || path.startsWith(`${cited}.`) || cited.startsWith(`${path}.`))
      ) {
        for (const clause of clauses) found.add(clause);
      }
    }
    return found.size === 0
      ? html`<span class="muted">project default</span>`
      : [...found]
          .sort(compareClauseIds)
          .map((clause, i) => html`${i > 0 ? ' ' : ''}${clauseLink(from, clause)}`);
  }
}

// ---- values -------------------------------------------------------------------

function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{ 'zh-Hant', 'zh-Hans', en }`: shown as one value, not three. */
function isLocalizedText(value) {
  return (
    isPlainObject(value) && Object.keys(value).length === 3 && LOCALES.every((locale) => locale in value)
  );
}

/**
 * Every value of a preset down to its leaves (numbers, strings, booleans, texts in
 * three locales, empty lists), each with the clauses it cites itself and those it
 * inherits from an enclosing value (`shifts` cites every field of every shift).
 */
function presetValueRows(presetId, preset) {
  const rows = [];
  const walk = (value, path) => {
    if (isLocalizedText(value) || (!isPlainObject(value) && !Array.isArray(value))) {
      rows.push({ path: path.join('.'), value });
      return;
    }
    const entries = Array.isArray(value)
      ? value.map((item, index) => [String(index), item])
      : Object.entries(value);
    if (entries.length === 0) {
      rows.push({ path: path.join('.'), value });
      return;
    }
    for (const [key, item] of entries) walk(item, [...path, key]);
  };
  for (const [key, value] of Object.entries(preset)) {
    if (key !== 'citations') walk(value, [key]);
  }

  const placed = new Set();
  const anchors = new Set();
  for (const row of rows) {
    const segments = row.path.split('.');
    row.own = [...(preset.citations[row.path] ?? [])];
    if (row.own.length > 0) placed.add(row.path);
    row.inherited = [];
    row.anchorIds = [];
    for (let length = 1; length <= segments.length; length += 1) {
      const prefix = segments.slice(0, length).join('.');
      // The first row at or under a path carries its anchor, so links to `shifts` land there.
      if (!anchors.has(prefix)) {
        anchors.add(prefix);
        row.anchorIds.push(prefix);
      }
      if (length < segments.length && preset.citations[prefix]) {
        row.inherited.push({ via: prefix, clauses: preset.citations[prefix] });
        placed.add(prefix);
      }
    }
    // A text in three locales is one row; a citation of one of its locales lands here.
    for (const [cited, clauses] of Object.entries(preset.citations)) {
      if (cited.startsWith(`${row.path}.`)) {
        row.inherited.push({ via: cited, clauses });
        placed.add(cited);
      }
    }
  }
  const lost = Object.keys(preset.citations).filter((path) => !placed.has(path));
  if (lost.length > 0) {
    throw new Error(`preset ${presetId}: citations name no value of the preset: ${lost.join(', ')}`);
  }
  return { rows, anchors };
}

/**
 * The values at a dotted path; a name that meets a list applies to each element
 * (`posts.staffedBy` → `posts.0.staffedBy`, `posts.1.staffedBy`, …).
 */
export function lookup(value, segments, prefix = []) {
  if (segments.length === 0) return [{ path: prefix.join('.'), value }];
  const [head, ...rest] = segments;
  if (Array.isArray(value) && !/^\d+$/.test(head)) {
    const found = value.flatMap((item, index) => lookup(item, segments, [...prefix, String(index)]));
    return found.length > 0 ? found : [{ path: [...prefix, ...segments].join('.'), value: undefined }];
  }
  if ((isPlainObject(value) || Array.isArray(value)) && head in value) {
    return lookup(value[head], rest, [...prefix, head]);
  }
  return [{ path: [...prefix, ...segments].join('.'), value: undefined }];
}

function formatScalar(value) {
  if (value === undefined) return html`<span class="muted">not set</span>`;
  if (value === null) return html`<code>null</code>`;
  return html`<code>${typeof value === 'string' ? value : JSON.stringify(value)}</code>`;
}

/** One leaf of a preset, in full. */
function formatLeaf(value) {
  if (isLocalizedText(value)) {
    return html`<div class="l10n">
      ${LOCALES.map((locale) => {
        const text = value[locale];
        return html`<p lang="${locale}">${Array.isArray(text) ? text.join(' · ') : text}</p>`;
      })}
    </div>`;
  }
  if (Array.isArray(value)) return html`<span class="muted">empty list</span>`;
  if (isPlainObject(value)) return html`<span class="muted">empty</span>`;
  return formatScalar(value);
}

/** A value of any shape, kept short: the preset page has every detail. */
export function formatValue(value, depth = 0) {
  if (isLocalizedText(value)) {
    const text = value.en;
    return html`${Array.isArray(text) ? text.join(' · ') : text}`;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return html`<span class="muted">empty list</span>`;
    if (value.every((item) => isPlainObject(item) && typeof item.id === 'string')) {
      return html`${value.map((item, i) => html`${i > 0 ? ', ' : ''}<code>${item.id}</code>`)}`;
    }
    if (depth > 0) return html`<span class="muted">${plural(value.length, 'item')}</span>`;
    const shown = value.slice(0, 6);
    return html`<ul class="compact">
      ${shown.map((item) => html`<li>${formatValue(item, depth + 1)}</li>`)}${
        value.length > shown.length
          ? html`<li class="muted">and ${value.length - shown.length} more</li>`
          : ''
      }
    </ul>`;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return html`<span class="muted">empty</span>`;
    if (depth > 1) return html`<span class="muted">{…}</span>`;
    return html`<span class="object"
      >${entries.map(
        ([key, item], i) =>
          html`${i > 0 ? html`<span class="sep">; </span>` : ''}<span class="key">${key}</span>:
            ${formatValue(item, depth + 1)}`,
      )}</span
    >`;
  }
  return formatScalar(value);
}

export function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** REG7-9.2 before REG7-9.10: compare the numeric parts as numbers. */
export function compareClauseIds(a, b) {
  return a.localeCompare(b, 'en', { numeric: true });
}
