// Which tests cite which clause and which rule: scans packages/**/src/**/*.test.ts
// for the clause IDs of the registry and the rule ids of the rule registry, and
// names each place by the test (`it(...)`) or group (`describe(...)`) around it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// Longest token shaped like a clause ID; only tokens the registry knows count.
const CLAUSE_TOKEN = /\b[A-Z][A-Z0-9]*-[A-Za-z0-9.]*[A-Za-z0-9]/g;
const RULE_TOKEN = /['"`]([a-z]+\/[a-z0-9-]+)['"`]/g;
const TITLE = /\b(?:it|test|describe)(?:\.\w+)?\(\s*(['"`])((?:\\.|(?!\1).)*)\1/;

function testFiles(root) {
  const files = [];
  for (const pkg of readdirSync(join(root, 'packages'), { withFileTypes: true })) {
    if (!pkg.isDirectory()) continue;
    const src = join(root, 'packages', pkg.name, 'src');
    let entries;
    try {
      entries = readdirSync(src, { withFileTypes: true, recursive: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isFile() && entry.name.endsWith('.test.ts')) files.push(join(entry.parentPath, entry.name));
    }
  }
  return files.sort();
}

/**
 * @param {string} root the repository
 * @param {{ clauseIds: ReadonlySet<string>, ruleIds: ReadonlySet<string> }} known
 * @returns {{ files: number, byClause: Map<string, Citation[]>, byRule: Map<string, Citation[]> }}
 *
 * @typedef {{ file: string, line: number, title: string | undefined }} Citation
 */
export function scanTestCitations(root, { clauseIds, ruleIds }) {
  const byClause = new Map();
  const byRule = new Map();
  const add = (map, key, citation) => {
    const list = map.get(key) ?? [];
    const last = list.at(-1);
    // One entry per test: the same test citing a clause twice is one citation.
    if (!last || last.file !== citation.file || last.title !== citation.title) list.push(citation);
    map.set(key, list);
  };
  const files = testFiles(root);
  for (const file of files) {
    const path = relative(root, file).split('\\').join('/');
    const lines = readFileSync(file, 'utf8').split('\n');
    let title;
    lines.forEach((text, index) => {
      const opened = TITLE.exec(text);
      if (opened) title = opened[2];
      const citation = { file: path, line: index + 1, title };
      for (const [token] of text.matchAll(CLAUSE_TOKEN)) {
        if (clauseIds.has(token)) add(byClause, token, citation);
      }
      for (const [, token] of text.matchAll(RULE_TOKEN)) {
        if (ruleIds.has(token)) add(byRule, token, citation);
      }
    });
  }
  return { files: files.length, byClause, byRule };
}
