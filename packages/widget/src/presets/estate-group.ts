// One preset per chunk: see ../presets.ts.
export { estateGroupPreset as preset } from '@duty-handover/core';
