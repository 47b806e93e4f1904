// One preset per chunk: see ../presets.ts.
export { reg7Preset as preset } from '@duty-handover/core';
