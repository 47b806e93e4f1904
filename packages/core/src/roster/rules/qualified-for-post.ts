import type { RuleMeta } from '../../diagnostics/rule.js';
import type { ResolvedPolicy } from '../../policy/resolve.js';
import type { Placement } from '../context.js';
import { defineRosterRule } from './define-roster-rule.js';

const meta = {
  id: 'roster/qualified-for-post',
  domain: 'roster',
  clauses: ['TKC-4.1B'],
  defaultSeverity: 'error',
  summary: {
    'zh-Hant': '只有崗位所列角色(例如客服管家、前台客服)及本人可任的崗位才可排班。',
    'zh-Hans': '只有岗位所列角色(例如客服管家、前台客服)及本人可任的岗位才可排班。',
    en: 'People are rostered only on posts their roles may staff (butlers and front-desk agents at TKC) and that their own post list allows.',
  },
  messages: ['roster.not-qualified'],
  configuredBy: ['posts.staffedBy'],
  examples: {
    failing: {
      description: {
        'zh-Hant':
          'taikoo-front-desk:秩序維護部經理梁國強(E2001,角色只有 security-head)被排在 12 月 10 日前台中班;前台只由客服管家、前台客服及後台支援人員當值(TKC-4.1B)。',
        'zh-Hans':
          'taikoo-front-desk:秩序维护部经理梁国强(E2001,角色只有 security-head)被排在 12 月 10 日前台中班;前台只由客服管家、前台客服及后台支援人员值班(TKC-4.1B)。',
        en: 'taikoo-front-desk: security manager Leung Kwok-keung (E2001, role security-head only) is rostered on the front-desk middle shift on 10 December; the desk is staffed by butlers, front-desk agents and back-office support only (TKC-4.1B).',
      },
      code: '{ "id": "E2001", "name": "梁國強", "roles": ["security-head"] }',
    },
    passing: {
      description: {
        'zh-Hant':
          '後台同事蔡子健(E1036,角色 back-office)在 12 月 10 日加排中班,支援 17:00–19:00 的繁忙時段。',
        'zh-Hans':
          '后台同事蔡子健(E1036,角色 back-office)在 12 月 10 日加排中班,支援 17:00–19:00 的繁忙时段。',
        en: 'Back-office clerk Choi Tsz-kin (E1036, role back-office) is added to the middle shift on 10 December to help over the 17:00–19:00 busy hours.',
      },
      code: '{ "id": "E1036", "name": "蔡子健", "roles": ["back-office"] }',
    },
  },
} as const satisfies RuleMeta;

/** One finding per person and post, naming every shift concerned. */
export const qualifiedForPost = defineRosterRule({
  meta,
  scope: {
    unit: 'staff',
    *check(context, staff) {
      const member = context.roster.staff[staff];
      const roles = context.staffRoles[staff];
      const placements = context.byStaff[staff] ?? [];
      if (member === undefined || roles === undefined || placements.length === 0) return;
      let refused: Map<string, Placement[]> | undefined;
      let allowedPost: string | undefined;
      for (const placement of placements) {
        const { post } = placement.slot;
        // Most people staff one post all month: remember the last post found allowed.
        if (post === allowedPost) continue;
        if (refused?.has(post) !== true && mayStaff(context.policy.posts, post, member.posts, roles)) {
          allowedPost = post;
          continue;
        }
        refused ??= new Map();
        const list = refused.get(post);
        if (list === undefined) refused.set(post, [placement]);
        else list.push(placement);
      }
      if (refused === undefined) return;
      for (const [post, list] of refused) {
        yield {
          messageId: 'roster.not-qualified',
          params: { staff: member.id, post, count: list.length },
          subject: {
            staff: [member.id],
            dates: [...new Set(list.map((placement) => placement.slot.date))],
            shiftInstances: list.map((placement) => placement.slot.key),
          },
        };
      }
    },
  },
});

function mayStaff(
  posts: ResolvedPolicy['posts'],
  post: string,
  ownPosts: readonly string[] | undefined,
  roles: ReadonlySet<string>,
): boolean {
  if (ownPosts !== undefined && !ownPosts.includes(post)) return false;
  const staffedBy = posts.find((definition) => definition.id === post)?.staffedBy;
  return staffedBy === undefined || staffedBy.some((role) => roles.has(role));
}
