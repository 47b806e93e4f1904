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
