/**
 * A quality figure: a FINE-3.x target against what the journal shows for a
 * month, with the counts behind it, so a reader can check the sum by hand.
 */
import type { MessageParams } from '../diagnostics/finding.js';
import type { MessageId } from '../messages.js';
import type { ClauseId } from '../policy/clauses.js';

export const FIGURE_IDS = [
  'FINE-3.1',
  'FINE-3.4',
  'FINE-3.5',
  'FINE-3.9',
  'FINE-3.10',
  'FINE-3.11',
  'FINE-3.16',
  'FINE-3.19',
  'FINE-3.20',
  'FINE-3.21',
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

/** A message of the catalogues and its parameters. */
export interface FigureText {
  readonly messageId: MessageId;
  readonly params: MessageParams;
}

/**
 * What the figure aims at. `rate`: a share of the cases counted, 0–1 (a
 * time limit such as "the same day" is met by every case, 1). `per-working-day`
 * and `per-week`: a count every working day, every week, must reach.
 */
export interface FigureTarget {
  readonly value: number;
  readonly unit: 'rate' | 'per-working-day' | 'per-week';
}

export interface QualityFigure {
  readonly id: FigureId;
  readonly clauses: readonly ClauseId[];
  readonly name: FigureText;
  readonly target: FigureTarget;
  /** Whether the journal (and the data given) can measure it this month. */
  readonly measurable: boolean;
  /** `numerator / denominator`: a rate, or an average per working day or week. `undefined` when not measurable. */
  readonly actual: number | undefined;
  /** `undefined` when not measurable, never a guess. */
  readonly met: boolean | undefined;
  readonly numerator: number;
  readonly denominator: number;
  /** Why it is not measurable, what was left out of the counts, and similar remarks. */
  readonly notes: readonly FigureText[];
}

export function text(messageId: MessageId, params: MessageParams = {}): FigureText {
  return { messageId, params };
}

interface FigureBase {
  readonly id: FigureId;
  readonly clauses: readonly ClauseId[];
  readonly name: FigureText;
  readonly target: FigureTarget;
}

/**
 * A rate figure: met when `numerator / denominator` reaches the target.
 * Nothing to count (a denominator of 0) is not measurable, not 100%.
 */
export function rateFigure(
  base: FigureBase,
  numerator: number,
  denominator: number,
  notes: readonly FigureText[] = [],
): QualityFigure {
  if (denominator === 0) {
    return {
      ...base,
      measurable: false,
      actual: undefined,
      met: undefined,
      numerator,
      denominator,
      notes: [...notes, text('kpi.note.nothing-to-measure')],
    };
  }
  const actual = numerator / denominator;
  return {
    ...base,
    measurable: true,
    actual,
    met: actual >= base.target.value,
    numerator,
    denominator,
    notes,
  };
}

/** A figure the data given cannot measure at all. */
export function notMeasurable(base: FigureBase, note: FigureText): QualityFigure {
  return {
    ...base,
    measurable: false,
    actual: undefined,
    met: undefined,
    numerator: 0,
    denominator: 0,
    notes: [note],
  };
}
