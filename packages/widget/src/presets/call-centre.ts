// One preset per chunk: see ../presets.ts.
export { callCentrePreset as preset } from '@duty-handover/core';
