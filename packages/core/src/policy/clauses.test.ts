import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CLAUSE_IDS,
  CLAUSES,
  CLAUSE_SECTIONS,
  CLAUSE_SOURCES,
  clausesIn,
  clausesOf,
  getClause,
  isClauseId,
  type Clause,
  type ClauseId,
  type ClauseSection,
  type ClauseSourceCode,
} from './clauses.js';

// The catalogue lives outside the repo, in `../shared` beside the clone, so
// find the clone's root (the workspaces manifest) instead of trusting a depth.
function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
      if (typeof parsed === 'object' && parsed !== null && 'workspaces' in parsed) return dir;
    }
    if (path.dirname(dir) === dir) throw new Error(`no workspace root above ${start}`);
  }
}

const REPO_ROOT = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));
const SHARED = path.resolve(REPO_ROOT, '../shared');
const CATALOGUE_PATH = path.resolve(SHARED, 'policy/CLAUSES.md');

const SECTION_BY_HEADING: Readonly<Record<string, ClauseSection>> = {
  Roster: 'roster',
  'Swaps and leave': 'swaps-leave',
  Handover: 'handover',
  Liability: 'liability',
  'First-contact responsibility': 'first-contact',
  Escalation: 'escalation',
  Records: 'records',
  'Quality targets': 'quality',
  'Guidance only': 'guidance',
};

interface CatalogueClause {
  readonly id: string;
  readonly kind: string;
  readonly section: ClauseSection;
  readonly original: string;
  readonly english: string;
}

interface CatalogueSource {
  readonly code: string;
  readonly chineseName: string;
  readonly englishName: string;
  readonly fileNumber: string;
}

interface Catalogue {
  readonly clauses: readonly CatalogueClause[];
  readonly sources: readonly CatalogueSource[];
}

function group(match: RegExpMatchArray, index: number): string {
  const value = match[index];
  if (value === undefined) throw new Error(`group ${index} missing in: ${match[0]}`);
  return value;
}

function parseCatalogue(text: string): Catalogue {
  const clauses: CatalogueClause[] = [];
  const sources: CatalogueSource[] = [];
  let section: ClauseSection | undefined;
  for (const [index, line] of text.split('\n').entries()) {
    const where = `CLAUSES.md:${index + 1}`;
    const heading = /^## (.+?)(?: \(.*\))?\s*$/.exec(line);
    if (heading) {
      const name = group(heading, 1);
      section = SECTION_BY_HEADING[name];
      if (section === undefined) throw new Error(`${where}: unknown heading "${name}"`);
      continue;
    }
    const row = /^\| ([A-Z0-9]+) \| (.+?) — (.+?) \| (\d{3})\b.*\|$/.exec(line);
    if (row) {
      sources.push({
        code: group(row, 1),
        chineseName: group(row, 2),
        englishName: group(row, 3),
        fileNumber: group(row, 4),
      });
      continue;
    }
    if (!line.startsWith('- **')) continue;
    // Any bullet that starts like a clause must parse, so format drift fails loudly.
    const clause = /^- \*\*([^*\s]+)\*\* `([a-z]+)` (.+?) — (.+)$/.exec(line);
    if (!clause) throw new Error(`${where}: malformed clause line`);
    if (section === undefined) throw new Error(`${where}: clause before any section heading`);
    clauses.push({
      id: group(clause, 1),
      kind: group(clause, 2),
      section,
      original: group(clause, 3).trim(),
      english: group(clause, 4).trim(),
    });
  }
  return { clauses, sources };
}

const catalogue = parseCatalogue(readFileSync(CATALOGUE_PATH, 'utf8'));
const catalogueById = new Map(catalogue.clauses.map((entry) => [entry.id, entry]));

function entryOf(id: string): CatalogueClause {
  const entry = catalogueById.get(id);
  if (entry === undefined) throw new Error(`${id} is not in the catalogue`);
  return entry;
}

function clauseOf(id: ClauseId): Clause {
  return getClause(id);
}

function normalised(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s.,;:!?'"“”‘’「」()（），；：。]+/g, ' ')
    .trim();
}

const LOCALES = ['zh-Hant', 'zh-Hans', 'en'] as const;

const GRAPHEMES = new Intl.Segmenter('zh', { granularity: 'grapheme' });

function characters(text: string): string[] {
  return Array.from(GRAPHEMES.segment(text), ({ segment }) => segment);
}

const HAN = /\p{Script=Han}/u;

// Common characters whose two scripts differ; a summary in one script must not use the other's.
const SCRIPT_PAIRS = characters(
  '們们個个時时間间員员務务責责換换請请記记錄录將将應应與与對对發发經经過过這这還还從从設设為为會会當当' +
    '動动報报單单點点門门開开關关長长數数說说電电話话處处變变實实現现檢检鑰钥簽签級级導导組组鐘钟遞递續续' +
    '達达條条據据歸归區区項项預预錯错雙双離离難难響响頂顶須须領领題题類类體体齊齐',
);
const TRADITIONAL_ONLY = new Set(SCRIPT_PAIRS.filter((_, i) => i % 2 === 0));
const SIMPLIFIED_ONLY = new Set(SCRIPT_PAIRS.filter((_, i) => i % 2 === 1));

describe('clause catalogue (shared/policy/CLAUSES.md)', () => {
  it('parses into clauses under every section heading', () => {
    expect(catalogue.clauses.length).toBeGreaterThan(100);
    expect(new Set(catalogue.clauses.map((entry) => entry.section))).toEqual(new Set(CLAUSE_SECTIONS));
  });

  it('lists the same sources as the registry, with their seed files', () => {
    expect(catalogue.sources.map((source) => source.code)).toEqual(
      CLAUSE_SOURCES.map((source) => source.code),
    );
    for (const source of CLAUSE_SOURCES) {
      const row = catalogue.sources.find((candidate) => candidate.code === source.code);
      expect(row, source.code).toBeDefined();
      if (row === undefined) continue;
      expect(source.seedFile.startsWith(`${row.fileNumber}-`), source.code).toBe(true);
      expect(existsSync(path.resolve(SHARED, 'seeds', source.seedFile)), source.seedFile).toBe(true);
      // The table writes each name in the script the document itself uses.
      expect([source.title['zh-Hant'], source.title['zh-Hans']], source.code).toContain(row.chineseName);
      expect(normalised(source.title.en), source.code).not.toBe(normalised(row.englishName));
    }
  });
});

describe('CLAUSES registry', () => {
  it('the plain ID list (what citations are checked against) names the registry’s clauses, in order', () => {
    expect([...CLAUSE_IDS]).toEqual(CLAUSES.map((clause) => clause.id));
  });

  it('holds every catalogue clause with the same kind, section and source prefix', () => {
    for (const entry of catalogue.clauses) {
      const clause = getClause(entry.id);
      expect(clause, entry.id).toBeDefined();
      expect(clause?.kind, entry.id).toBe(entry.kind);
      expect(clause?.section, entry.id).toBe(entry.section);
      expect(clause?.source, entry.id).toBe(entry.id.slice(0, entry.id.indexOf('-')));
    }
  });

  it('holds nothing beyond the catalogue, in catalogue order', () => {
    expect(CLAUSES.map((clause) => clause.id)).toEqual(catalogue.clauses.map((entry) => entry.id));
  });

  it('has unique IDs (and so does the catalogue)', () => {
    const ids = CLAUSES.map((clause) => clause.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(catalogueById.size).toBe(catalogue.clauses.length);
  });

  it('names a known source whose code prefixes each ID', () => {
    const codes = new Set<string>(CLAUSE_SOURCES.map((source) => source.code));
    for (const clause of CLAUSES) {
      expect(codes.has(clause.source), clause.id).toBe(true);
      expect(clause.id.startsWith(`${clause.source}-`), clause.id).toBe(true);
    }
  });

  it('gives every clause a one-line summary in all three locales', () => {
    for (const clause of CLAUSES) {
      for (const locale of LOCALES) {
        const text = clause.summary[locale];
        expect(text.trim(), `${clause.id} ${locale}`).not.toBe('');
        expect(text, `${clause.id} ${locale}`).toBe(text.trim());
        expect(text, `${clause.id} ${locale}`).not.toMatch(/[\r\n]/);
      }
      expect(clause.summary.en, clause.id).not.toMatch(HAN);
      expect(clause.summary['zh-Hant'], clause.id).toMatch(HAN);
      expect(clause.summary['zh-Hans'], clause.id).toMatch(HAN);
    }
  });

  it('paraphrases the catalogue instead of copying it', () => {
    for (const clause of CLAUSES) {
      const entry = entryOf(clause.id);
      expect(normalised(clause.summary.en), clause.id).not.toBe(normalised(entry.english));
      expect(clause.summary.en, clause.id).not.toContain(entry.english);
      for (const locale of ['zh-Hant', 'zh-Hans'] as const) {
        const summary = clause.summary[locale];
        expect(normalised(summary), `${clause.id} ${locale}`).not.toBe(normalised(entry.original));
        expect(summary, `${clause.id} ${locale}`).not.toContain(entry.original);
      }
    }
  });

  it('writes zh-Hant and zh-Hans as the same sentence in the two scripts', () => {
    for (const clause of CLAUSES) {
      const hant = characters(clause.summary['zh-Hant']);
      const hans = characters(clause.summary['zh-Hans']);
      // Script conversion is character for character, so a reworded sentence shows up as a length change.
      expect(hans.length, clause.id).toBe(hant.length);
      expect(
        hant.filter((char) => SIMPLIFIED_ONLY.has(char)),
        `${clause.id} zh-Hant`,
      ).toEqual([]);
      expect(
        hans.filter((char) => TRADITIONAL_ONLY.has(char)),
        `${clause.id} zh-Hans`,
      ).toEqual([]);
    }
  });

  it('keeps the figures that make each clause checkable', () => {
    const expectations: readonly (readonly [ClauseId, readonly [string, string, string | RegExp]])[] = [
      ['REG7-9.1', ['5分鐘', '5分钟', '5 minutes']],
      ['REG7-9.6', ['15分鐘', '15分钟', '15 minutes']],
      ['HOS-4.1', ['10分鐘', '10分钟', '10 minutes']],
      ['CSM-1', ['10至15分鐘', '10至15分钟', '10 to 15 minutes']],
      ['CCS-6.1.2', ['40小時', '40小时', /\b40 hours\b/]],
      ['REG7-8.5b', ['3年', '3年', '3 years']],
      ['CSD-7.4a', ['3次', '3次', /\b3 times\b/]],
      ['CSD-1.1.6', ['一週', '一周', 'one week']],
      ['CSD-D1', ['01:00', '01:00', '01:00']],
      ['REG7-4.3', ['21:00', '21:00', '21:00']],
      ['TKC-4.1A', ['25日', '25日', '25th']],
      ['CCS-6.3.4', ['5至7', '5至7', '5 to 7']],
      ['CCS-6.3.2a', ['5分鐘', '5分钟', '5 minutes']],
      ['CCS-6.3.2d', ['10人', '10人', 'more than 10']],
      ['CCS-6.3.3', ['5人或以下', '5人或以下', '5 or fewer']],
      ['FCR-5.3', ['100%', '100%', '100%']],
      ['FINE-3.1', ['99.9%', '99.9%', '99.9%']],
      ['FINE-3.9', ['90%', '90%', '90%']],
      ['FINE-3.16', ['2次', '2次', 'twice']],
      ['REG7-7.2c', ['第三聲', '第三声', 'third ring']],
    ];
    for (const [id, [hant, hans, en]] of expectations) {
      const { summary } = clauseOf(id);
      expect(summary['zh-Hant'], id).toContain(hant);
      expect(summary['zh-Hans'], id).toContain(hans);
      if (typeof en === 'string') expect(summary.en, id).toContain(en);
      else expect(summary.en, id).toMatch(en);
    }
  });

  it('keeps the meaning of clauses that are easy to get backwards', () => {
    // Liability boundary: omissions fall on the outgoing side, wrong receipt on the incoming side.
    expect(clauseOf('CSM-6').summary.en).toMatch(/left out.*outgoing.*wrong take-over.*incoming/);
    // Follow-up failures belong to whoever took the follow-up over, not to its author.
    expect(clauseOf('HOS-4.6').summary.en).toMatch(/took it over/);
    // During a handover emergency the outgoing person leads.
    expect(clauseOf('GXP-4.4').summary.en).toMatch(/outgoing person leads/);
    // Corrections never edit: they add an entry.
    expect(clauseOf('REG7-8.5a').summary.en).toMatch(/never edited.*new entry/);
    // A transfer keeps the first-contact owner.
    expect(clauseOf('FCR-4.4').summary.en).toMatch(/never changes who owns it/);
  });
});

describe('clause lookups', () => {
  it('finds clauses by ID and rejects anything else', () => {
    expect(getClause('REG7-9.1')).toMatchObject({
      id: 'REG7-9.1',
      kind: 'rule',
      source: 'REG7',
      section: 'handover',
    });
    expect(getClause('CCS-5').kind).toBe('kpi');
    for (const unknown of ['', 'REG7', 'REG7-', 'reg7-9.1', ' REG7-9.1', 'REG7-9.1 ', 'CSG-8.5', 'NOPE-1']) {
      expect(getClause(unknown), JSON.stringify(unknown)).toBeUndefined();
      expect(isClauseId(unknown), JSON.stringify(unknown)).toBe(false);
    }
    for (const inherited of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(getClause(inherited), inherited).toBeUndefined();
      expect(isClauseId(inherited), inherited).toBe(false);
    }
  });

  it('accepts every registry ID as a ClauseId', () => {
    for (const clause of CLAUSES) {
      expect(isClauseId(clause.id), clause.id).toBe(true);
      expect(getClause(clause.id)).toBe(clause);
    }
  });

  it('narrows strings to ClauseId', () => {
    const inputs: readonly string[] = ['CSD-7.4a', 'CSD-7.4z'];
    const narrowed: ClauseId[] = inputs.filter(isClauseId);
    expect(narrowed).toEqual(['CSD-7.4a']);
    expect(narrowed.map((id) => getClause(id).source)).toEqual(['CSD']);
  });

  it('types IDs and source codes as literal unions', () => {
    const id: ClauseId = 'CCS-6.1.2';
    const source: ClauseSourceCode = 'FCR';
    // @ts-expect-error not a catalogue ID
    const badId: ClauseId = 'REG7-99';
    // @ts-expect-error not a source code
    const badSource: ClauseSourceCode = 'XYZ';
    expect([id, source, badId, badSource]).toHaveLength(4);
  });

  it('partitions the registry by source document', () => {
    let total = 0;
    for (const { code } of CLAUSE_SOURCES) {
      const clauses = clausesOf(code);
      expect(clauses.length, code).toBeGreaterThan(0);
      expect(
        clauses.every((clause) => clause.source === code),
        code,
      ).toBe(true);
      expect(clauses).toEqual(CLAUSES.filter((clause) => clause.source === code));
      total += clauses.length;
    }
    expect(total).toBe(CLAUSES.length);
    expect(clausesOf('CCS').map((clause) => clause.id)).toContain('CCS-6.1.2');
    expect(clausesOf('PWR').map((clause) => clause.id)).toEqual(['PWR-2', 'PWR-4']);
  });

  it('partitions the registry by catalogue section', () => {
    let total = 0;
    for (const section of CLAUSE_SECTIONS) {
      const clauses = clausesIn(section);
      expect(clauses.length, section).toBeGreaterThan(0);
      expect(clauses).toEqual(CLAUSES.filter((clause) => clause.section === section));
      total += clauses.length;
    }
    expect(total).toBe(CLAUSES.length);
    expect(clausesIn('quality').every((clause) => clause.kind === 'kpi')).toBe(true);
    expect(clausesIn('guidance').every((clause) => clause.kind === 'guidance')).toBe(true);
    expect(clausesIn('swaps-leave').map((clause) => clause.id)).toContain('CSD-7.4a');
  });

  it('returns shared arrays that cannot be mutated', () => {
    expect(Object.isFrozen(clausesOf('REG7'))).toBe(true);
    expect(Object.isFrozen(clausesIn('handover'))).toBe(true);
    expect(clausesOf('REG7')).toBe(clausesOf('REG7'));
  });
});
