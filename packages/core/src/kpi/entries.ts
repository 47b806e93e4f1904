/**
 * Journal entries the quality figures count and no other domain writes:
 * patrols of the public areas (FINE-3.16), incident reports on major events
 * (FINE-3.11, REG7-8.5) and department meetings (FINE-3.21). Each is one
 * fact, dated by its entry's `at`, written by its entry's `actor`. Pass
 * {@link KPI_PAYLOAD_SCHEMAS} to `createJournal` beside the other domains'
 * schemas; corrections go through the journal's `amend`.
 *
 * Text is work-only like the handover's (HOS-4.9): a patrol's results are
 * itemised and a bare "normal" is refused (FINE-12.4).
 */
import * as z from 'zod/mini';
import { RecordId, StaffId } from '../handover/entries.js';
import { DescriptiveText, WorkText } from '../handover/text.js';
import { PolicyId } from '../policy/schema.js';

/** A patrol of the public areas (巡視、巡查): where, and what each checked item was found to be. */
export const PatrolRecordedPayload = z.strictObject({
  patrolId: RecordId,
  /** The route or area patrolled. */
  area: WorkText,
  /** Every item checked and what was found (FINE-12.4: itemised, never a bare "normal"). */
  items: z.array(z.strictObject({ item: WorkText, result: DescriptiveText })).check(z.minLength(1)),
  /** The manager who countersigned the patrol record (FINE-12.4), when done. */
  countersignedBy: z.optional(StaffId),
});

/**
 * The incident report (事件報告) on an event: an emergency, incident or
 * major event raised in a handover (its `flagId`), or a major issue handed
 * over (its `issueId`) — REG7-8.5, FINE-3.11.
 */
export const IncidentReportedPayload = z.strictObject({
  reportId: RecordId,
  /** The flag id or major-issue id of the event reported. */
  eventId: RecordId,
  /** The handover whose record holds the event, when known. */
  handoverId: z.optional(RecordId),
  summary: DescriptiveText,
  /** The role the report was handed to for follow-up. */
  reportedTo: z.optional(PolicyId),
});

/** A department meeting (部門例會) was held: what it covered and, when recorded, who attended (FINE-3.21). */
export const MeetingHeldPayload = z.strictObject({
  meetingId: RecordId,
  topics: z.array(WorkText).check(z.minLength(1)),
  attendees: z.optional(z.array(StaffId)),
});

/** Entry type → payload schema, for `createJournal({ payloadSchemas })`. */
export const KPI_PAYLOAD_SCHEMAS = {
  'patrol.recorded': PatrolRecordedPayload,
  'incident.reported': IncidentReportedPayload,
  'meeting.held': MeetingHeldPayload,
} as const;

export type KpiEntryType = keyof typeof KPI_PAYLOAD_SCHEMAS;
export type KpiPayloads = { readonly [T in KpiEntryType]: z.infer<(typeof KPI_PAYLOAD_SCHEMAS)[T]> };

/** The payload of a quality entry, or `undefined` when it does not fit its schema. */
export function readKpiPayload<T extends KpiEntryType>(
  type: T,
  payload: unknown,
): KpiPayloads[T] | undefined {
  const parsed = z.safeParse(KPI_PAYLOAD_SCHEMAS[type], payload);
  return parsed.success ? (parsed.data as KpiPayloads[T]) : undefined;
}
