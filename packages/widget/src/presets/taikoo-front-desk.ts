// One preset per chunk: see ../presets.ts.
export { taikooFrontDeskPreset as preset } from '@duty-handover/core';
