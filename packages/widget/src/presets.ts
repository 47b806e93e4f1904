/**
 * Presets arrive one at a time: a panel downloads only the preset its `policy`
 * names (each is a chunk of its own in the min bundle), and core resolves the
 * policy from it with `resolvePolicyFrom`.
 */
import type { Policy, PresetId } from '@duty-handover/core';

const LOADERS: Readonly<Record<PresetId, () => Promise<{ readonly preset: Policy }>>> = {
  reg7: () => import('./presets/reg7.js'),
  'estate-group': () => import('./presets/estate-group.js'),
  'taikoo-front-desk': () => import('./presets/taikoo-front-desk.js'),
  'call-centre': () => import('./presets/call-centre.js'),
  'cs-department': () => import('./presets/cs-department.js'),
};

/** The preset's policy, fetched on first use. */
export async function loadPreset(id: PresetId): Promise<Policy> {
  return (await LOADERS[id]()).preset;
}
