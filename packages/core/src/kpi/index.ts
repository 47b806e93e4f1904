/**
 * Quality figures (工作質量目標, FINE table 3): target against actual per
 * month, from the journal, the roster and, for answering, call data.
 */
export {
  KPI_PAYLOAD_SCHEMAS,
  PatrolRecordedPayload,
  IncidentReportedPayload,
  MeetingHeldPayload,
  readKpiPayload,
  type KpiEntryType,
  type KpiPayloads,
} from './entries.js';
export {
  FIGURE_IDS,
  type FigureId,
  type FigureTarget,
  type FigureText,
  type QualityFigure,
} from './figure.js';
export { type AttendanceDetail, type AttendanceFigure } from './attendance.js';
export { DEFAULT_SECONDS_PER_RING, type CallSample } from './records.js';
export { qualityFigures, type QualityFiguresInput, type QualityFigures } from './figures.js';
export { kpiMessages } from './messages.js';
