/**
 * The widget's own words (headings, table headers, markers). Policy content
 * (checklist labels, item names, problem messages) comes localised from core;
 * only the chrome around it lives here.
 */
import type { Locale } from '@duty-handover/core';

export interface WidgetStrings {
  /** Accessible name of the whole panel when the policy has no name to show. */
  readonly panel: string;
  readonly site: string;
  readonly post: string;
  /** Between a label and its value: full-width in Chinese. */
  readonly labelSeparator: string;
  readonly outgoingChecklist: string;
  readonly incomingChecklist: string;
  readonly inventory: string;
  readonly inventoryItem: string;
  readonly inventoryExpected: string;
  /** Marks a checklist item that must be done before the handover can complete. */
  readonly required: string;
  readonly emptyList: string;
  readonly invalidPolicy: string;
  readonly invalidPolicyHint: string;
  /** Shown in place of a path for a problem about the whole document. */
  readonly wholeDocument: string;
  /** A problem that is not a policy problem (a bug); `{detail}` is the error text. */
  readonly unexpected: string;
}

export const WIDGET_STRINGS: Readonly<Record<Locale, WidgetStrings>> = {
  'zh-Hant': {
    panel: '值班交接',
    site: '站點',
    post: '崗位',
    labelSeparator: '：',
    outgoingChecklist: '交班檢查清單',
    incomingChecklist: '接班檢查清單',
    inventory: '共用物品清點',
    inventoryItem: '物品',
    inventoryExpected: '應有數量',
    required: '必做',
    emptyList: '（此政策沒有項目）',
    invalidPolicy: '值班政策設定有誤，無法顯示交接清單',
    invalidPolicyHint: '請通知政策負責人修正以下問題：',
    wholeDocument: '（整份文件）',
    unexpected: '無法讀取政策：{detail}',
  },
  'zh-Hans': {
    panel: '值班交接',
    site: '站点',
    post: '岗位',
    labelSeparator: '：',
    outgoingChecklist: '交班检查清单',
    incomingChecklist: '接班检查清单',
    inventory: '共用物品清点',
    inventoryItem: '物品',
    inventoryExpected: '应有数量',
    required: '必做',
    emptyList: '（此政策没有项目）',
    invalidPolicy: '值班政策设置有误，无法显示交接清单',
    invalidPolicyHint: '请通知政策负责人修正以下问题：',
    wholeDocument: '（整份文件）',
    unexpected: '无法读取政策：{detail}',
  },
  en: {
    panel: 'Duty handover',
    site: 'Site',
    post: 'Post',
    labelSeparator: ': ',
    outgoingChecklist: 'Outgoing checklist',
    incomingChecklist: 'Incoming checklist',
    inventory: 'Shared-item inventory',
    inventoryItem: 'Item',
    inventoryExpected: 'Expected',
    required: 'Required',
    emptyList: '(this policy lists no items)',
    invalidPolicy: 'The duty policy is invalid, so the handover lists cannot be shown',
    invalidPolicyHint: 'Ask the policy owner to fix these problems:',
    wholeDocument: '(whole document)',
    unexpected: 'The policy could not be read: {detail}',
  },
};
