/**
 * The commands of `duty-handover`, in the order help lists them. A new
 * command is one more import and one more entry (see `../command.ts`).
 */
import type { Command } from '../command.js';
import { checkCommand } from './check.js';
import { exportCommand } from './export.js';
import { verifyCommand } from './verify.js';

export const COMMANDS: readonly Command[] = [checkCommand, verifyCommand, exportCommand];
