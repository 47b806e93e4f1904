/**
 * `@duty-handover/widget`: importing this module defines `<duty-handover>`.
 *
 * The definition is guarded, so loading the module twice (a portal that
 * bundles the widget and also adds the script tag) or onto a page that
 * already defined the tag throws nothing; the first definition stays.
 *
 * @packageDocumentation
 */
import { DhPolicyErrorEvent, DutyHandover } from './duty-handover.js';

export { DhPolicyErrorEvent, DutyHandover };
export type { DhProblem, DutyHandoverPolicyInput } from './duty-handover.js';
export { WIDGET_STRINGS, type WidgetStrings } from './locales.js';

if (!customElements.get('duty-handover')) customElements.define('duty-handover', DutyHandover);

declare global {
  interface HTMLElementTagNameMap {
    'duty-handover': DutyHandover;
  }
  interface GlobalEventHandlersEventMap {
    'dh-policy-error': DhPolicyErrorEvent;
  }
}
