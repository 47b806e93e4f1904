/**
 * The presets: one complete policy per source regulation. A site's policy is
 * a preset plus its own overrides (see `resolvePolicy`).
 */
import type { ClauseSourceCode } from '../clauses.js';
import type { LocalizedText } from '../schema.js';
import { callCentre } from './call-centre.js';
import { csDepartment } from './cs-department.js';
import { estateGroup } from './estate-group.js';
import { reg7 } from './reg7.js';
import { taikooFrontDesk } from './taikoo-front-desk.js';
import type { PresetId } from './ids.js';
import type { Policy } from '../schema.js';

export { PRESET_IDS, isPresetId, type PresetId } from './ids.js';

export const PRESETS = {
  reg7,
  'estate-group': estateGroup,
  'taikoo-front-desk': taikooFrontDesk,
  'call-centre': callCentre,
  'cs-department': csDepartment,
} as const satisfies Record<PresetId, Policy>;

export interface PresetInfo {
  /** The source regulation the preset reproduces (its clause-ID prefix). */
  readonly source: ClauseSourceCode;
  /** One line for a picker or the docs. */
  readonly title: LocalizedText;
}

export const PRESET_INFO: Readonly<Record<PresetId, PresetInfo>> = {
  reg7: {
    source: 'REG7',
    title: {
      'zh-Hant': '物業中心客服值班:早班與中班、月底排班經審核、提前 5 分鐘接班',
      'zh-Hans': '物业中心客服值班:早班与中班、月底排班经审核、提前 5 分钟接班',
      en: 'Property-centre duty desk: early and middle shifts, reviewed month-end roster, arrive 5 minutes early',
    },
  },
  'estate-group': {
    source: 'CSG',
    title: {
      'zh-Hant': '小區客服組:單一日間班、主任月底排班免審核、以工作台帳交接',
      'zh-Hans': '小区客服组:单一日间班、主任月底排班免审核、以工作台账交接',
      en: 'Estate customer-service team: one day shift, supervisor’s unreviewed roster, handover through the work ledger',
    },
  },
  'taikoo-front-desk': {
    source: 'TKC',
    title: {
      'zh-Hant': '太古城前台:管家與前台客服值班、25 日前排班報項目負責人、主管安排頂班',
      'zh-Hans': '太古城前台:管家与前台客服值班、25 日前排班报项目负责人、主管安排顶班',
      en: 'Taikoo City front desk: butlers and agents on duty, roster by the 25th for the project head, supervisor-assigned cover',
    },
  },
  'call-centre': {
    source: 'CCS',
    title: {
      'zh-Hant': '24 小時熱線:三班輪值、每週平均 40 小時、話務高峰逐步加席、當面交接',
      'zh-Hans': '24 小时热线:三班轮值、每周平均 40 小时、话务高峰逐步加席、当面交接',
      en: '24-hour hotline: three rotating shifts, 40-hour average week, staged surge staffing, face-to-face handover',
    },
  },
  'cs-department': {
    source: 'CSD',
    title: {
      'zh-Hant': '客服部:白班、跨午夜晚班與通宵班,做六休一,換班嚴格限制,交接條件完整',
      'zh-Hans': '客服部:白班、跨午夜晚班与通宵班,做六休一,换班严格限制,交接条件完整',
      en: 'Customer-service department: day, past-midnight night and overnight shifts, six days on, strict swaps, full handover blockers',
    },
  },
};
