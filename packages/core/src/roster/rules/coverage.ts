import type { ClauseId } from '../../policy/clauses.js';
import type { RuleMeta } from '../../diagnostics/rule.js';
import type { BandOccurrence } from '../calendar.js';
import type { RosterContext } from '../context.js';
import { presentDuring, staffingGaps } from '../staffing.js';
import { defineRosterRule } from './define-roster-rule.js';
import { citedClauses, siteTime } from './support.js';

const meta = {
  id: 'roster/coverage',
  domain: 'roster',
  clauses: ['CCS-6.1.1', 'CSD-3.1.5', 'TKC-4.1B'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant': '每個崗位在每個人手時段都有足夠人數當值:24 小時熱線每分鐘有人,午餐時間不缺崗。',
    'zh-Hans': '每个岗位在每个人手时段都有足够人数值班:24 小时热线每分钟有人,午餐时间不缺岗。',
    en: 'Every post has its head-count in every coverage band: a 24-hour hotline at every minute, the desk over lunch.',
  },
  messages: ['roster.understaffed'],
  configuredBy: ['roster.coverage', 'posts'],
  examples: {
    failing: {
      description: {
        'zh-Hant':
          'cs-department:12 月 10 日沒有人上 08:30–17:30 的白班,值班台由 08:30 到 17:30 無人,連 11:30–13:30 的午餐時段也缺崗(CSD-3.1.5)。',
        'zh-Hans':
          'cs-department:12 月 10 日没有人上 08:30–17:30 的白班,值班台从 08:30 到 17:30 无人,连 11:30–13:30 的午餐时段也缺岗(CSD-3.1.5)。',
        en: 'cs-department: nobody is on the 08:30–17:30 day shift on 10 December, so the desk is empty from 08:30 to 17:30, the 11:30–13:30 lunch band included (CSD-3.1.5).',
      },
      code: '[{ "staff": "E1045", "date": "2026-12-10", "shift": "overnight" }, { "staff": "E1031", "date": "2026-12-10", "shift": "night" }]',
    },
    passing: {
      description: {
        'zh-Hant': '陳美玲(E1024)上 12 月 10 日的白班:值班台全日有人,午餐時段也有人當值。',
        'zh-Hans': '陈美玲(E1024)上 12 月 10 日的白班:值班台全天有人,午餐时段也有人值班。',
        en: 'Chan Mei-ling (E1024) works the day shift on 10 December: the desk is staffed all day, lunch included.',
      },
      code: '[{ "staff": "E1045", "date": "2026-12-10", "shift": "overnight" }, { "staff": "E1024", "date": "2026-12-10", "shift": "day" }, { "staff": "E1031", "date": "2026-12-10", "shift": "night" }]',
    },
  },
} as const satisfies RuleMeta;

/**
 * The clause a band enforces: the one the policy cites for it, else the
 * 24-hour clause for a round-the-clock post, else the head-count-per-band
 * clause.
 */
export function bandClauses(
  context: RosterContext,
  occurrence: BandOccurrence,
  candidates: readonly ClauseId[],
): readonly ClauseId[] {
  const { policy } = context;
  const postIndex = policy.posts.findIndex((post) => post.id === occurrence.band.post);
  const cited = citedClauses(
    policy,
    [`roster.coverage.${occurrence.bandIndex}`, `posts.${postIndex}`],
    candidates,
  );
  if (cited !== undefined) return cited;
  return policy.posts[postIndex]?.roundTheClock === true ? ['CCS-6.1.1'] : ['TKC-4.1B'];
}

/**
 * Each finding gives the exact uncovered (or short) interval as instants
 * with the site's offset, who was on duty then, and the instances that
 * needed more people. Time another month's shifts may cover (the 1st's
 * first hour, after the previous night shift) is left to that month.
 */
export const coverage = defineRosterRule({
  meta,
  scope: {
    unit: 'occurrence',
    *check(context, index) {
      const occurrence = context.calendar.occurrences[index];
      if (occurrence === undefined) return;
      const { band } = occurrence;
      const gaps = staffingGaps(context, occurrence, band.minStaff);
      if (gaps.length === 0) return;
      const clauses = bandClauses(context, occurrence, meta.clauses);
      for (const gap of gaps) {
        const start = siteTime(context, gap.startMs);
        const end = siteTime(context, gap.endMs);
        const staff = presentDuring(context, gap.slots, gap.startMs, gap.endMs);
        yield {
          messageId: 'roster.understaffed',
          params: {
            post: band.post,
            band: band.id,
            start,
            end,
            present: gap.present,
            required: band.minStaff,
          },
          subject: {
            ...(staff.length > 0 && { staff }),
            dates: [occurrence.date],
            shiftInstances: gap.slots.map((slot) => slot.key),
            interval: { start, end },
          },
          clauses,
        };
      }
    },
  },
});
