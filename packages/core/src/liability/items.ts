/**
 * A shared item recorded as present at a signed handover and found missing
 * later is the incoming person's (CSM-6: 錯接; PWR-2: the incoming person
 * takes over once every signature is in). The boundary is the last
 * signature's time.
 *
 * For a shared item of the inventory, the counts of the post's signed
 * handovers are read in order of their boundaries up to the moment it was
 * found missing (the incident, or an earlier handover that counted it
 * missing): the last handover that counted it present fixes who took it
 * over. If a later handover was signed without counting it, its incoming
 * person took the post over unchecked and answers instead.
 *
 * For a set of area keys (CSD-9.1.1) the key register is read first: a set
 * issued to someone and not back, or back short, is that person's, who
 * counted it when it was issued to them.
 */
import { lastAtOrBefore, type ItemStop } from './journal-index.js';
import {
  assigned,
  entries,
  explain,
  missing,
  signatureSeqs,
  subjectMissing,
  type Inquiry,
  type Outcome,
} from './outcome.js';
import { parseInstant } from '../time/parse-instant.js';

export function missingItem(q: Inquiry): Outcome {
  const { itemId } = q.incident.concerns;
  if (itemId === undefined) return subjectMissing('itemId');
  return keysOut(q, itemId) ?? inventoryItem(q, itemId);
}

/** An area key set out with someone, or returned short, when found missing; `undefined` to read the inventory. */
function keysOut(q: Inquiry, keySet: string): Outcome | undefined {
  const issues = (q.index.keyIssues.get(keySet) ?? []).filter(
    (issue) => (parseInstant(issue.issuedAt) ?? Infinity) <= q.foundAtMs,
  );
  const issue = issues[issues.length - 1];
  if (issue === undefined) return undefined;
  const returnedMs = issue.returned === undefined ? undefined : parseInstant(issue.returned.at);
  const out = returnedMs === undefined || returnedMs > q.foundAtMs;
  const short = !out && issue.returned !== undefined && issue.returned.count < issue.count;
  if (!out && !short) return undefined;
  return assigned({
    staffId: issue.issuedTo,
    role: 'key-holder',
    share: 'direct',
    clauses: ['CSD-9.1.1', 'PWR-2'],
    because: out
      ? explain('liability.because.keys-out', {
          staff: issue.issuedTo,
          keys: keySet,
          issuedAt: issue.issuedAt,
          count: issue.count,
        })
      : explain('liability.because.keys-short', {
          staff: issue.issuedTo,
          keys: keySet,
          issued: issue.count,
          returned: issue.returned?.count ?? 0,
        }),
    evidence: entries(q.index, issue.seq, out ? undefined : issue.returned?.seq),
  });
}

function inventoryItem(q: Inquiry, itemId: string): Outcome {
  const posts = postsOf(q, itemId);
  const post = posts[0];
  if (posts.length > 1) return subjectMissing('post');
  if (post === undefined) {
    return missing('item-record', 'liability.missing.item-record', {
      item: itemId,
      post: q.incident.concerns.post ?? '—',
      foundAt: q.incident.foundAt,
    });
  }
  const stops = q.index.itemCounts.get(`${post}|${itemId}`) ?? [];

  // Read the counts up to the discovery: the incident, or a handover that already counted it missing.
  let present: ItemStop | undefined;
  let discovery: ItemStop | undefined;
  for (const stop of stops) {
    if ((stop.view.boundaryMs ?? Infinity) > q.foundAtMs) break;
    if (stop.count.status === 'missing') {
      discovery = stop;
      break;
    }
    present = stop;
  }
  if (present === undefined) {
    return missing('item-record', 'liability.missing.item-record', {
      item: itemId,
      post,
      foundAt: q.incident.foundAt,
    });
  }
  const discoveredMs = discovery?.view.boundaryMs ?? q.foundAtMs;
  // The person on duty when it was found: the incoming person of the last handover signed before.
  const signed = q.index.signedByPost.get(post) ?? [];
  const onDuty = lastAtOrBefore(
    signed,
    discovery === undefined ? discoveredMs : discoveredMs - 1,
    (view) => view.boundaryMs ?? Infinity,
  );
  const unchecked = onDuty !== undefined && (onDuty.boundaryMs ?? 0) > (present.view.boundaryMs ?? 0);
  const taker = unchecked ? onDuty : present.view;
  if (taker.incoming === undefined || taker.boundary === undefined) {
    return missing('signatures', 'liability.missing.signatures', { handover: taker.handoverId });
  }
  return assigned({
    staffId: taker.incoming,
    role: 'incoming',
    share: 'direct',
    clauses: ['CSM-6', 'PWR-2'],
    because: explain(unchecked ? 'liability.because.item-unchecked' : 'liability.because.missing-item', {
      staff: taker.incoming,
      item: itemId,
      handover: taker.handoverId,
      boundary: taker.boundary,
      foundAt: discovery?.count.at ?? q.incident.foundAt,
    }),
    evidence: entries(
      q.index,
      present.count.seq,
      ...signatureSeqs(present.view),
      ...(unchecked ? signatureSeqs(taker) : []),
      discovery?.count.seq,
    ),
  });
}

/**
 * The post whose counts are read: the incident's, else the named
 * handover's, else the posts whose handovers counted the item (more than
 * one, and the incident must say which).
 */
function postsOf(q: Inquiry, itemId: string): string[] {
  const { post, handoverId } = q.incident.concerns;
  if (post !== undefined) return [post];
  const named = handoverId === undefined ? undefined : q.index.handovers.get(handoverId);
  if (named !== undefined) return [named.post];
  return q.policy.posts
    .map((candidate) => candidate.id)
    .filter((candidate) => q.index.itemCounts.has(`${candidate}|${itemId}`));
}
