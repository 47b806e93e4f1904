import { checkPolicy, PRESET_IDS, resolvePolicy } from '@duty-handover/core';
import { time, type Figure } from './harness.js';

export const figures: readonly Figure[] = [
  {
    name: 'policy.resolve.allPresets.ms',
    unit: 'ms',
    measure: () => time(() => PRESET_IDS.map((id) => resolvePolicy(id))),
  },
  {
    name: 'policy.resolve.withOverrides.ms',
    unit: 'ms',
    measure: () =>
      time(() =>
        resolvePolicy('cs-department', {
          handover: { arriveEarlyMinutes: 15 },
          swaps: { monthlyLimit: 2 },
        }),
      ),
  },
  {
    name: 'policy.check.allPresets.ms',
    unit: 'ms',
    measure: () => {
      const policies = PRESET_IDS.map((id) => resolvePolicy(id));
      return time(() => policies.map((policy) => checkPolicy(policy)));
    },
  },
];
