/**
 * The preset ids on their own, in the order the docs list them: enough to
 * recognise a preset's name without loading any preset (see `resolvePolicyFrom`).
 * presets/index.ts maps every id to its policy, which the compiler checks.
 */
export const PRESET_IDS = [
  'reg7',
  'estate-group',
  'taikoo-front-desk',
  'call-centre',
  'cs-department',
] as const;

export type PresetId = (typeof PRESET_IDS)[number];

export function isPresetId(value: unknown): value is PresetId {
  return typeof value === 'string' && (PRESET_IDS as readonly string[]).includes(value);
}
