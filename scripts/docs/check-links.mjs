// The link check of the built site: every internal link and resource of every page
// (the API pages included) must point at a file of the site, every #fragment at an
// id of its page, no page may load anything from the network, and pages that must
// exist (one per rule, one per preset, …) must exist and be linked from their index.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };
const decodeEntities = (value) =>
  value.replace(/&(#\d+|#x[\da-f]+|\w+);/gi, (match, name) => {
    if (name in ENTITIES) return ENTITIES[name];
    if (/^#x/i.test(name)) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return match;
  });

// Tags whose attribute loads a resource (versus <a>/<area>, which navigate).
const RESOURCE =
  /<(script|img|link|iframe|source|audio|video|embed|use|image)\b[^>]*?\s(?:src|href)\s*=\s*(["'])(.*?)\2/gis;
const ATTRIBUTE = /<([a-z][\w-]*)\b[^>]*?\s(href|src)\s*=\s*(["'])(.*?)\3/gis;
const ID = /\s(?:id|name)\s*=\s*(["'])(.*?)\1/gi;
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

function walk(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(join(entry.parentPath, entry.name));
  }
  return out;
}

/**
 * @param {string} site the built site's folder
 * @param {{ required?: { page: string, linkedFrom?: string, ids?: string[], reason?: string }[] }} [options]
 * @returns {{ pages: number, links: number, problems: string[] }}
 */
export function checkSite(site, { required = [] } = {}) {
  const files = new Set(walk(site).map((file) => relative(site, file).split(sep).join('/')));
  const ids = new Map();
  const idsOf = (page) => {
    if (!ids.has(page)) {
      const text = readFileSync(join(site, page), 'utf8');
      ids.set(page, new Set([...text.matchAll(ID)].map((match) => decodeEntities(match[2]))));
    }
    return ids.get(page);
  };
  const problems = [];
  const linksFrom = new Map();
  let links = 0;
  const pages = [...files].filter((file) => file.endsWith('.html')).sort();

  for (const page of pages) {
    const text = readFileSync(join(site, page), 'utf8');
    const targets = new Set();
    linksFrom.set(page, targets);
    for (const match of text.matchAll(RESOURCE)) {
      if (EXTERNAL.test(match[3].trim()) && !/^data:/i.test(match[3].trim())) {
        problems.push(
          `${page}: <${match[1]}> loads ${match[3]} from the network; the site must work offline`,
        );
      }
    }
    for (const match of text.matchAll(ATTRIBUTE)) {
      const tag = match[1].toLowerCase();
      if (tag === 'base') continue;
      const value = decodeEntities(match[4].trim());
      if (EXTERNAL.test(value)) {
        if (/^javascript:/i.test(value)) problems.push(`${page}: javascript: URL in <${tag}>`);
        continue;
      }
      links += 1;
      const [pathAndQuery, fragment] = splitFragment(value);
      const path = pathAndQuery.split('?')[0];
      let target = page;
      if (path !== '') {
        let decoded;
        try {
          decoded = decodeURIComponent(path);
        } catch {
          problems.push(`${page}: malformed link ${value}`);
          continue;
        }
        target = posix.normalize(posix.join(posix.dirname(page), decoded));
        if (decoded.endsWith('/') || target === '.' || target.endsWith('/'))
          target = posix.join(target, 'index.html');
        if (target.startsWith('../') || target === '..') {
          problems.push(`${page}: ${value} points outside the site`);
          continue;
        }
        if (!files.has(target)) {
          const isDir = (() => {
            try {
              return statSync(join(site, target)).isDirectory();
            } catch {
              return false;
            }
          })();
          if (isDir && files.has(posix.join(target, 'index.html'))) target = posix.join(target, 'index.html');
          else {
            problems.push(`${page}: broken link ${value} (no file ${target})`);
            continue;
          }
        }
      }
      targets.add(target);
      if (fragment && (target.endsWith('.html') || target.endsWith('.svg'))) {
        let id;
        try {
          id = decodeURIComponent(fragment);
        } catch {
          id = fragment;
        }
        if (!idsOf(target).has(id))
          problems.push(`${page}: missing anchor ${value} (no id "${id}" in ${target})`);
      }
    }
  }

  for (const need of required) {
    if (!files.has(need.page)) {
      problems.push(`missing page ${need.page}${need.reason ? ` (${need.reason})` : ''}`);
      continue;
    }
    if (need.linkedFrom && !linksFrom.get(need.linkedFrom)?.has(need.page)) {
      problems.push(`${need.linkedFrom} does not link to ${need.page}`);
    }
    for (const id of need.ids ?? []) {
      if (!idsOf(need.page).has(id))
        problems.push(`${need.page} has no anchor #${id}${need.reason ? ` (${need.reason})` : ''}`);
    }
  }
  // The same broken link in a page's header and body is one problem.
  const counted = new Map();
  for (const problem of problems) counted.set(problem, (counted.get(problem) ?? 0) + 1);
  return {
    pages: pages.length,
    links,
    problems: [...counted].map(([problem, count]) => (count > 1 ? `${problem} (${count} times)` : problem)),
  };
}

function splitFragment(value) {
  const index = value.indexOf('#');
  return index < 0 ? [value, ''] : [value.slice(0, index), value.slice(index + 1)];
}
