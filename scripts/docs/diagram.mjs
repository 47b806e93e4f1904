// Diagrams drawn at build time, without a renderer or the network: a diagram is a
// small description (boxes on a grid, arrows between them, optional bends) and
// `renderDiagram` turns it into a self-contained SVG.
import { escapeHtml } from './html.mjs';

/**
 * @typedef {object} DiagramNode
 * @property {string} id
 * @property {[number, number]} at column and row (may be fractional)
 * @property {string} title
 * @property {string} [subtitle]
 * @property {string} kind a key of `kinds`
 *
 * @typedef {object} DiagramEdge
 * @property {string} from
 * @property {string} to
 * @property {string} [label]
 * @property {[number, number][]} [via] bends, in grid coordinates
 * @property {boolean} [both] arrow heads at both ends
 *
 * @typedef {object} Diagram
 * @property {string} title
 * @property {string} description what the diagram shows, for people who cannot see it
 * @property {Record<string, { fill: string, stroke: string, label: string }>} kinds
 * @property {DiagramNode[]} nodes
 * @property {DiagramEdge[]} edges
 */

const CELL = { w: 244, h: 104 };
const BOX = { w: 186, h: 60 };
const MARGIN = 24;
const LEGEND = 40;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
// A rough width per character at 12px: enough to size label backgrounds.
const CHAR = 6.6;

/** The whole architecture: what goes in, what core does with it, and what shows it. */
export const ARCHITECTURE = {
  title: 'How duty-handover fits together',
  description:
    'A policy document goes through resolvePolicy; rules check the resolved policy, roster documents and the state derived from the journal, at the instant the injected clock gives, and return findings whose text comes from the message tables in three languages. The widget issues commands, which append entries to the hash-chained journal; an adapter stores them; reducers fold the entries into state that the widget shows and the rules check.',
  kinds: {
    input: { fill: '#fff6dc', stroke: '#b08a1e', label: 'input (data the caller gives)' },
    core: { fill: '#e6f0fb', stroke: '#0b57a4', label: '@duty-handover/core (pure functions)' },
    shell: { fill: '#e5f5ea', stroke: '#2f7d46', label: 'widget, storage and portal' },
  },
  nodes: [
    { id: 'widget', at: [2, 0], title: '<duty-handover>', subtitle: 'front-desk staff', kind: 'shell' },
    { id: 'policy', at: [0, 1], title: 'Policy document', subtitle: 'preset + overrides', kind: 'input' },
    { id: 'commands', at: [2, 1], title: 'Commands', subtitle: 'open, count, sign, …', kind: 'core' },
    { id: 'resolve', at: [0, 2], title: 'resolvePolicy', subtitle: 'schema + cross-check', kind: 'core' },
    { id: 'roster', at: [1, 2], title: 'Roster document', subtitle: 'one site, one month', kind: 'input' },
    { id: 'journal', at: [2, 2], title: 'Journal', subtitle: 'append-only, SHA-256 chain', kind: 'core' },
    { id: 'adapters', at: [3, 2], title: 'Adapters', subtitle: 'memory · IndexedDB · portal', kind: 'shell' },
    { id: 'clock', at: [0, 3], title: 'Clock', subtitle: 'injected now', kind: 'input' },
    { id: 'rules', at: [1, 3], title: 'Rules + runner', subtitle: 'meta + pure check', kind: 'core' },
    { id: 'reducers', at: [2, 3], title: 'Reducers', subtitle: 'fold entries → state', kind: 'core' },
    { id: 'findings', at: [1, 4], title: 'Findings', subtitle: 'rule, clauses, severity, …', kind: 'core' },
    { id: 'messages', at: [2, 4], title: 'Message tables', subtitle: 'zh-Hant · zh-Hans · en', kind: 'core' },
  ],
  edges: [
    { from: 'policy', to: 'resolve', label: 'validate' },
    { from: 'resolve', to: 'rules', label: 'policy' },
    { from: 'roster', to: 'rules' },
    { from: 'clock', to: 'rules', label: 'now' },
    { from: 'widget', to: 'commands', label: 'user actions' },
    { from: 'commands', to: 'journal', label: 'entries' },
    { from: 'journal', to: 'adapters', label: 'store', both: true },
    { from: 'journal', to: 'reducers', label: 'fold' },
    { from: 'reducers', to: 'rules', label: 'state' },
    {
      from: 'reducers',
      to: 'widget',
      label: 'state',
      via: [
        [2.5, 3],
        [2.5, 0],
      ],
    },
    { from: 'rules', to: 'findings', label: 'reports' },
    { from: 'findings', to: 'messages', label: 'formatFinding' },
  ],
};

const center = ([column, row]) => ({ x: MARGIN + (column + 0.5) * CELL.w, y: MARGIN + (row + 0.5) * CELL.h });

/** Where the segment from a box's centre towards `toward` leaves the box. */
function exitPoint(from, toward) {
  const dx = toward.x - from.x;
  const dy = toward.y - from.y;
  const t = Math.min(
    dx === 0 ? Infinity : BOX.w / 2 / Math.abs(dx),
    dy === 0 ? Infinity : BOX.h / 2 / Math.abs(dy),
  );
  return { x: from.x + dx * t, y: from.y + dy * t };
}

const round = (value) => Math.round(value * 10) / 10;

/**
 * @param {Diagram} diagram
 * @returns {{ svg: string, width: number, height: number }}
 */
export function renderDiagram(diagram) {
  const byId = new Map(diagram.nodes.map((node) => [node.id, node]));
  const columns = Math.max(...diagram.nodes.map((node) => node.at[0])) + 1;
  const rows = Math.max(...diagram.nodes.map((node) => node.at[1])) + 1;
  const width = MARGIN * 2 + columns * CELL.w;
  const height = MARGIN * 2 + rows * CELL.h + LEGEND;
  const out = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="diagram-title diagram-desc" font-family="${FONT}">`,
    `<title id="diagram-title">${escapeHtml(diagram.title)}</title>`,
    `<desc id="diagram-desc">${escapeHtml(diagram.description)}</desc>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#3d4752"/></marker></defs>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  );

  const labels = [];
  for (const edge of diagram.edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to) throw new Error(`diagram edge ${edge.from} → ${edge.to} names an unknown box`);
    const points = [center(from.at), ...(edge.via ?? []).map(center), center(to.at)];
    points[0] = exitPoint(points[0], points[1]);
    points[points.length - 1] = exitPoint(points[points.length - 1], points[points.length - 2]);
    const d = points
      .map((point, index) => `${index === 0 ? 'M' : 'L'}${round(point.x)},${round(point.y)}`)
      .join(' ');
    out.push(
      `<path d="${d}" fill="none" stroke="#3d4752" stroke-width="1.5" marker-end="url(#arrow)"${edge.both ? ' marker-start="url(#arrow)"' : ''}/>`,
    );
    if (edge.label) {
      // On the longest segment, at its middle.
      let best = 0;
      let bestLength = -1;
      for (let i = 0; i + 1 < points.length; i += 1) {
        const length = Math.hypot(points[i + 1].x - points[i].x, points[i + 1].y - points[i].y);
        if (length > bestLength) {
          best = i;
          bestLength = length;
        }
      }
      const a = points[best];
      const b = points[best + 1];
      const w = edge.label.length * CHAR + 8;
      // A label longer than its (straight) segment goes beside it instead of on it.
      const horizontal = Math.abs(b.y - a.y) < 1;
      const beside = bestLength < w + 12 && (horizontal || Math.abs(b.x - a.x) < 1);
      const x = (a.x + b.x) / 2 + (beside && !horizontal ? w / 2 + 4 : 0);
      const y = (a.y + b.y) / 2 - (beside && horizontal ? BOX.h / 2 + 12 : 0);
      labels.push(
        `<rect x="${round(x - w / 2)}" y="${round(y - 9)}" width="${round(w)}" height="18" rx="3" fill="#ffffff" opacity="0.92"/>`,
        `<text x="${round(x)}" y="${round(y + 4)}" text-anchor="middle" font-size="12" fill="#3d4752">${escapeHtml(edge.label)}</text>`,
      );
    }
  }
  out.push(...labels);

  for (const node of diagram.nodes) {
    const kind = diagram.kinds[node.kind];
    if (!kind) throw new Error(`diagram box ${node.id} has an unknown kind ${node.kind}`);
    const { x, y } = center(node.at);
    out.push(
      `<g><rect x="${round(x - BOX.w / 2)}" y="${round(y - BOX.h / 2)}" width="${BOX.w}" height="${BOX.h}" rx="8" fill="${kind.fill}" stroke="${kind.stroke}" stroke-width="1.5"/>`,
      `<text x="${round(x)}" y="${round(y - (node.subtitle ? 4 : -5))}" text-anchor="middle" font-size="14" font-weight="600" fill="#1b1f24">${escapeHtml(node.title)}</text>`,
      node.subtitle
        ? `<text x="${round(x)}" y="${round(y + 15)}" text-anchor="middle" font-size="12" fill="#4a5561">${escapeHtml(node.subtitle)}</text>`
        : '',
      '</g>',
    );
  }

  let legendX = MARGIN;
  const legendY = height - LEGEND + 8;
  for (const kind of Object.values(diagram.kinds)) {
    out.push(
      `<rect x="${legendX}" y="${legendY}" width="16" height="16" rx="3" fill="${kind.fill}" stroke="${kind.stroke}"/>`,
      `<text x="${legendX + 22}" y="${legendY + 12.5}" font-size="12" fill="#1b1f24">${escapeHtml(kind.label)}</text>`,
    );
    legendX += 22 + kind.label.length * CHAR + 28;
  }
  out.push('</svg>');
  return { svg: `${out.filter(Boolean).join('\n')}\n`, width, height };
}
