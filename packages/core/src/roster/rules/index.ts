import { changeApproval } from './change-approval.js';
import { consecutiveDays } from './consecutive-days.js';
import { coverage } from './coverage.js';
import type { RosterRule } from './define-roster-rule.js';
import { deadline } from './deadline.js';
import { doubleBooking } from './double-booking.js';
import { emergencySeats } from './emergency-seats.js';
import { holidayHeadroom } from './holiday-headroom.js';
import { holidayPublication } from './holiday-publication.js';
import { leaveApproval } from './leave-approval.js';
import { leaveCover } from './leave-cover.js';
import { preparedBy } from './prepared-by.js';
import { publication } from './publication.js';
import { qualifiedForPost } from './qualified-for-post.js';
import { reserve } from './reserve.js';
import { restBetweenShifts } from './rest-between-shifts.js';
import { review } from './review.js';
import { supersede } from './supersede.js';
import { swapApproval } from './swap-approval.js';
import { swapBackToBack } from './swap-back-to-back.js';
import { swapConsecutive } from './swap-consecutive.js';
import { swapConsent } from './swap-consent.js';
import { swapHandedOver } from './swap-handed-over.js';
import { swapHolidayFreeze } from './swap-holiday-freeze.js';
import { swapMonthlyLimit } from './swap-monthly-limit.js';
import { swapNoLeave } from './swap-no-leave.js';
import { weeklyHours } from './weekly-hours.js';

/**
 * Every rule of the roster domain (`roster/*`) and of swaps and leave
 * (`swap/*`), in the order the docs list them: who prepares and when, review
 * and publication, coverage, working time, reserve, then swaps and leave.
 */
export const ROSTER_RULES: readonly RosterRule[] = [
  preparedBy,
  deadline,
  review,
  publication,
  changeApproval,
  holidayPublication,
  supersede,
  coverage,
  qualifiedForPost,
  doubleBooking,
  weeklyHours,
  consecutiveDays,
  restBetweenShifts,
  reserve,
  holidayHeadroom,
  emergencySeats,
  swapConsent,
  swapApproval,
  swapMonthlyLimit,
  swapConsecutive,
  swapBackToBack,
  swapHandedOver,
  swapNoLeave,
  swapHolidayFreeze,
  leaveApproval,
  leaveCover,
];

export type { RosterRule, RosterRuleScope, RosterRuleUnit } from './define-roster-rule.js';
