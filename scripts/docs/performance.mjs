// The performance figures: every figure of bench/results.json with the machine it
// was measured on, and, read from the bench files' sources (never by running them),
// each figure's unit, target and the file that measures it.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { html } from './html.mjs';

/** name → { unit, target, file } from `bench/*.bench.ts`, by reading the figure objects' literals. */
function figureSources(benchDir) {
  const figures = new Map();
  for (const entry of readdirSync(benchDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.bench.ts')) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    // A figure's name is dotted (`journal.append.10k.ms`) and its object has a unit.
    const names = [...text.matchAll(/\bname:\s*(['"`])([A-Za-z][\w-]*(?:\.[\w-]+)+)\1/g)];
    names.forEach((match, index) => {
      const end = names[index + 1]?.index ?? text.length;
      const body = text.slice(match.index, end);
      if (!/\bunit:/.test(body)) return;
      figures.set(match[2], {
        unit: /\bunit:\s*(['"`])([^'"`]+)\1/.exec(body)?.[2],
        target: /\btarget:\s*(['"`])([^'"`]+)\1/.exec(body)?.[2],
        file: basename(entry.name, '.bench.ts'),
      });
    });
  }
  return figures;
}

const MACHINE_LABELS = {
  node: 'Node.js',
  os: 'Operating system',
  cpu: 'CPU',
  cores: 'Cores',
  memoryGiB: 'Memory (GiB)',
  runs: 'Runs per figure',
  warmup: 'Warm-up runs',
  statistic: 'Statistic',
  date: 'Measured at',
};

/**
 * @param {string} root
 * @returns {{ html: unknown, figures: number }}
 */
export function benchFigures(root) {
  const resultsFile = join(root, 'bench', 'results.json');
  let results;
  try {
    results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  } catch (error) {
    throw new Error(`bench/results.json cannot be read (${error.message}): run \`npm run bench\` first`, {
      cause: error,
    });
  }
  const sources = figureSources(join(root, 'bench'));
  const { machine = {}, ...figures } = results;
  const names = Object.keys(figures).sort();
  const unmeasured = [...sources.keys()].filter((name) => !(name in figures)).sort();
  const unitOf = (name) =>
    sources.get(name)?.unit ?? (name.endsWith('.ms') ? 'ms' : /ratio/i.test(name) ? 'ratio' : '');
  const format = (value, unit) => {
    if (typeof value !== 'number') return JSON.stringify(value);
    const text = value.toLocaleString('en', { maximumFractionDigits: 3 });
    return unit === 'ms' ? `${text} ms` : unit === 'ratio' ? `${text} ×` : unit ? `${text} ${unit}` : text;
  };

  const body = html` <div class="table-wrap">
      <table class="figures">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Median</th>
            <th scope="col">Target</th>
            <th scope="col">Measured by</th>
          </tr>
        </thead>
        <tbody>
          ${names.map((name) => {
            const source = sources.get(name);
            return html`<tr>
              <th scope="row" id="${`figure-${name}`}"><code>${name}</code></th>
              <td class="number">${format(figures[name], unitOf(name))}</td>
              <td>${source?.target ?? html`<span class="muted">—</span>`}</td>
              <td>
                ${
                  source
                    ? html`<code>bench/${source.file}.bench.ts</code> ·
                        <code>npm run bench -- ${source.file}</code>`
                    : html`<span class="muted">no bench file measures it any more</span>`
                }
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    ${unmeasured.length > 0 ? html`<p>Not in <code>bench/results.json</code> yet (defined in a bench file, never measured on this machine): ${unmeasured.map((name, i) => html`${i > 0 ? ', ' : ''}<code>${name}</code>`)}.</p>` : ''}
    <h3 id="machine">Machine</h3>
    <table class="facts">
      ${Object.entries(machine).map(
        ([key, value]) =>
          html`<tr>
            <th scope="row">${MACHINE_LABELS[key] ?? key}</th>
            <td>${String(value)}</td>
          </tr>`,
      )}
    </table>`;
  return { html: body, figures: names.length };
}
