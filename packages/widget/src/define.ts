/**
 * `@duty-handover/widget`: importing this module defines `<duty-handover>`.
 *
 * The definition is guarded, so loading the module twice (a portal that
 * bundles the widget and also adds the script tag) or onto a page that
 * already defined the tag throws nothing; the first definition stays.
 *
 * @packageDocumentation
 */
import { DutyHandover } from './duty-handover.js';
import {
  DutyHandoverBlockedEvent,
  DutyHandoverChangeEvent,
  DutyHandoverErrorEvent,
  DutyHandoverPolicyErrorEvent,
  DutyHandoverSignedEvent,
} from './events.js';

export {
  DutyHandover,
  DutyHandoverBlockedEvent,
  DutyHandoverChangeEvent,
  DutyHandoverErrorEvent,
  DutyHandoverPolicyErrorEvent,
  DutyHandoverSignedEvent,
};
export type {
  DhProblem,
  DutyHandoverPolicyInput,
  DutyHandoverRoster,
  DutyHandoverSigner,
  SignerRequest,
  SignerResult,
} from './duty-handover.js';
export type {
  BlockedDetail,
  ChangeDetail,
  ErrorDetail,
  ErrorKind,
  PolicyErrorDetail,
  SignedDetail,
} from './events.js';
export type { SignerRole, ViewName } from './types.js';
export type { WidgetStrings } from './locales.js';
export { createIndexedDbAdapter, databaseName } from './store/idb.js';

if (!customElements.get('duty-handover')) customElements.define('duty-handover', DutyHandover);

declare global {
  interface HTMLElementTagNameMap {
    'duty-handover': DutyHandover;
  }
  interface GlobalEventHandlersEventMap {
    'duty-handover-change': DutyHandoverChangeEvent;
    'duty-handover-signed': DutyHandoverSignedEvent;
    'duty-handover-blocked': DutyHandoverBlockedEvent;
    'duty-handover-error': DutyHandoverErrorEvent;
    'duty-handover-policy-error': DutyHandoverPolicyErrorEvent;
  }
}
