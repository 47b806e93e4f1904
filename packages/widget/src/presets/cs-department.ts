// One preset per chunk: see ../presets.ts.
export { csDepartmentPreset as preset } from '@duty-handover/core';
