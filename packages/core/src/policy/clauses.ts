/**
 * Clause registry: every normative clause of the source regulations, keyed
 * by the stable ID used in `shared/policy/CLAUSES.md`. Rules, records and
 * KPIs cite these IDs so that each behaviour of the core traces back to the
 * paragraph of the regulation that demands it.
 */
import type { ClauseId } from './clause-ids.js';

export type ClauseKind = 'rule' | 'record' | 'kpi' | 'guidance';

/** Catalogue headings, in catalogue order. */
export const CLAUSE_SECTIONS = [
  'roster',
  'swaps-leave',
  'handover',
  'liability',
  'first-contact',
  'escalation',
  'records',
  'quality',
  'guidance',
] as const;

export type ClauseSection = (typeof CLAUSE_SECTIONS)[number];

export interface ClauseText {
  readonly 'zh-Hant': string;
  readonly 'zh-Hans': string;
  readonly en: string;
}

export interface ClauseSourceDefinition {
  readonly code: string;
  /** The document's own name in both scripts; `en` is a short description. */
  readonly title: ClauseText;
  /** File under `shared/seeds/` that holds the original text. */
  readonly seedFile: string;
}

export const CLAUSE_SOURCES = [
  {
    code: 'REG7',
    title: {
      'zh-Hant': '物業中心客服值班管理規定(七)',
      'zh-Hans': '物业中心客服值班管理规定(七)',
      en: "Duty rules for the property centre's customer-service desk (regulation 7)",
    },
    seedFile: '000-duty-regulations.txt',
  },
  {
    code: 'CSG',
    title: {
      'zh-Hant': '小區客服組值班管理規定',
      'zh-Hans': '小区客服组值班管理规定',
      en: 'Duty rules for a residential estate customer-service team',
    },
    seedFile: '000-duty-regulations.txt',
  },
  {
    code: 'DUTY',
    title: {
      'zh-Hant': '物業客服值班員崗位工作職責',
      'zh-Hans': '物业客服值班员岗位工作职责',
      en: 'Job description of the customer-service duty officer',
    },
    seedFile: '000-duty-regulations.txt',
  },
  {
    code: 'FINE',
    title: {
      'zh-Hant': '客服精細化作業流程',
      'zh-Hans': '客服精细化作业流程',
      en: 'Step-by-step customer-service procedure with service quality targets',
    },
    seedFile: '001-fine-procedure-and-first-contact.txt',
  },
  {
    code: 'FCR',
    title: {
      'zh-Hant': '首問責任制管理規定',
      'zh-Hans': '首问责任制管理规定',
      en: 'Rules on ownership by the first staff member a customer reaches',
    },
    seedFile: '001-fine-procedure-and-first-contact.txt',
  },
  {
    // The same seven handover rules reappear, partly garbled, in 003.
    code: 'CSM',
    title: {
      'zh-Hant': '客戶服務管理制度·交接班制度',
      'zh-Hans': '客户服务管理制度·交接班制度',
      en: 'Customer-service management rules, shift handover chapter',
    },
    seedFile: '002-handover-systems.txt',
  },
  {
    code: 'TKC',
    title: {
      'zh-Hant': '3.10 客戶服務中心前台值班與交接班管理規定',
      'zh-Hans': '3.10 客户服务中心前台值班与交接班管理规定',
      en: 'Front-desk duty and handover rules of the Taikoo City Garden service centre',
    },
    seedFile: '002-handover-systems.txt',
  },
  {
    code: 'HOR',
    title: {
      'zh-Hant': '客服部交接班管理制度及規定',
      'zh-Hans': '客服部交接班管理制度及规定',
      en: 'Handover system and rules of a customer-service department',
    },
    seedFile: '002-handover-systems.txt',
  },
  {
    code: 'HOS',
    title: {
      'zh-Hant': '客服交接班制度',
      'zh-Hans': '客服交接班制度',
      en: 'Customer-service handover rules (working provisions)',
    },
    seedFile: '002-handover-systems.txt',
  },
  {
    code: 'PWR',
    title: {
      'zh-Hant': '動力車間交接班規定',
      'zh-Hans': '动力车间交接班规定',
      en: 'Plant-room handover rules, used for where responsibility passes',
    },
    seedFile: '002-handover-systems.txt',
  },
  {
    code: 'GXP',
    title: {
      'zh-Hant': '客戶服務部交接班制度',
      'zh-Hans': '客户服务部交接班制度',
      en: 'Front-desk handover rules of Gaoxin International Plaza',
    },
    seedFile: '002-handover-systems.txt',
  },
  {
    code: 'CCS',
    title: {
      'zh-Hant': '客服部管理制度',
      'zh-Hans': '客服部管理制度',
      en: 'Call-centre rules on reporting, attendance, scheduling and peak-load staffing',
    },
    seedFile: '003-call-centre-rules.txt',
  },
  {
    code: 'CSD',
    title: {
      'zh-Hant': '客服部管理規章制度',
      'zh-Hans': '客服部管理规章制度',
      en: 'Department rules covering duty, handover, swaps, keys, archives and meetings',
    },
    seedFile: '004-department-rules.txt',
  },
] as const satisfies readonly ClauseSourceDefinition[];

export type ClauseSourceCode = (typeof CLAUSE_SOURCES)[number]['code'];

/**
 * One clause as written in the registry. Distributed over the sources so the
 * compiler rejects an entry whose ID prefix does not match its `source`.
 */
export type ClauseDefinition = {
  readonly [S in ClauseSourceCode]: {
    readonly id: `${S}-${string}`;
    readonly kind: ClauseKind;
    readonly source: S;
    readonly section: ClauseSection;
    /** One line, paraphrased; never the regulation's wording. */
    readonly summary: ClauseText;
  };
}[ClauseSourceCode];

// Kept in catalogue order so the policy reference can list clauses as-is.
export const CLAUSES = [
  // Roster
  {
    id: 'REG7-3.2',
    kind: 'rule',
    source: 'REG7',
    section: 'roster',
    summary: {
      'zh-Hant': '由客服高級助理負責編排值班表，值班表上須註明編制人。',
      'zh-Hans': '由客服高级助理负责编排值班表，值班表上须注明编制人。',
      en: 'The senior customer-service assistant draws up the duty roster, and the roster names who drew it up.',
    },
  },
  {
    id: 'REG7-4.2',
    kind: 'rule',
    source: 'REG7',
    section: 'roster',
    summary: {
      'zh-Hant': '下月排班表須在本月結束前編好，經審核批准後才生效，值班一律以批准版本為準。',
      'zh-Hans': '下月排班表须在本月结束前编好，经审核批准后才生效，值班一律以批准版本为准。',
      en: "Next month's roster is finished before the current month ends and takes effect only once a reviewer approves it; staff work strictly to the approved version.",
    },
  },
  {
    id: 'CSG-4.2',
    kind: 'rule',
    source: 'CSG',
    section: 'roster',
    summary: {
      'zh-Hant': '小區客服組版本：由客服主任在月底前編好下月排班表，不另設審批環節。',
      'zh-Hans': '小区客服组版本：由客服主任在月底前编好下月排班表，不另设审批环节。',
      en: "Estate-group variant: the customer-service supervisor draws up next month's roster before month end, with no separate approval step.",
    },
  },
  {
    id: 'TKC-4.1A',
    kind: 'rule',
    source: 'TKC',
    section: 'roster',
    summary: {
      'zh-Hant': '太古城版本：客服主管須於每月25日前草擬下月前台值班表，審核後呈交項目負責人。',
      'zh-Hans': '太古城版本：客服主管须于每月25日前草拟下月前台值班表，审核后呈交项目负责人。',
      en: "Taikoo City variant: the supervisor drafts next month's front-desk roster by the 25th; once reviewed it is submitted to the project head.",
    },
  },
  {
    id: 'REG7-4.3',
    kind: 'rule',
    source: 'REG7',
    section: 'roster',
    summary: {
      'zh-Hant': '標準班次：早班08:00至17:00，中班12:00至21:00（原文終點寫作「9:00」，按晚上9時理解）。',
      'zh-Hans': '标准班次：早班08:00至17:00，中班12:00至21:00（原文终点写作“9:00”，按晚上9时理解）。',
      en: "Two standard shifts: early 08:00 to 17:00 and middle 12:00 to 21:00 (the source's end time “9:00” is taken to mean 9 pm).",
    },
  },
  {
    id: 'CSG-4.3',
    kind: 'rule',
    source: 'CSG',
    section: 'roster',
    summary: {
      'zh-Hant': '小區客服組版本：只設一個日班，由08:30至17:30。',
      'zh-Hans': '小区客服组版本：只设一个日班，由08:30至17:30。',
      en: 'Estate-group variant: a single day shift from 08:30 to 17:30.',
    },
  },
  {
    id: 'CSD-D1',
    kind: 'rule',
    source: 'CSD',
    section: 'roster',
    summary: {
      'zh-Hant':
        '部門版本：白班08:30至17:30，晚班17:30至翌日01:00（跨越午夜）；上六天休一天，連續上班不得超過6天。',
      'zh-Hans':
        '部门版本：白班08:30至17:30，晚班17:30至翌日01:00（跨越午夜）；上六天休一天，连续上班不得超过6天。',
      en: 'Department variant: day shift 08:30 to 17:30, night shift 17:30 to 01:00 the following morning (across midnight); six days on then one off, so never more than 6 working days in a row.',
    },
  },
  {
    id: 'CSD-D1b',
    kind: 'rule',
    source: 'CSD',
    section: 'roster',
    summary: {
      'zh-Hant': '晚班到點時若仍有客戶在諮詢，可順延下班；延長的時間須記錄，不算違規。',
      'zh-Hans': '晚班到点时若仍有客户在咨询，可顺延下班；延长的时间须记录，不算违规。',
      en: 'If a customer is still being helped when the night shift is due to end, the shift runs on; the extra time is logged and does not count as a breach.',
    },
  },
  {
    id: 'TKC-4.1B',
    kind: 'rule',
    source: 'TKC',
    section: 'roster',
    summary: {
      'zh-Hant': '前台由客服管家與前台客服輪值；繁忙時段由主管抽調後台人員支援，使每個時段達到最低人數。',
      'zh-Hans': '前台由客服管家与前台客服轮值；繁忙时段由主管抽调后台人员支援，使每个时段达到最低人数。',
      en: 'The front desk is staffed by butlers and front-desk agents; at busy times the supervisor brings in back-office staff so every time band meets its minimum head-count.',
    },
  },
  {
    id: 'CCS-6.1.1',
    kind: 'rule',
    source: 'CCS',
    section: 'roster',
    summary: {
      'zh-Hant': '熱線全天24小時服務，任何時刻都不可無人值守，各時段人數按預測話務量配置。',
      'zh-Hans': '热线全天24小时服务，任何时刻都不可无人值守，各时段人数按预测话务量配置。',
      en: 'The hotline runs round the clock: no minute of any day may be left uncovered, and the number of staff in each time band follows the forecast call volume.',
    },
  },
  {
    id: 'CCS-6.1.2',
    kind: 'rule',
    source: 'CCS',
    section: 'roster',
    summary: {
      'zh-Hant': '每名員工平均每週工時不得超過40小時。',
      'zh-Hans': '每名员工平均每周工时不得超过40小时。',
      en: "Nobody's working week may average more than 40 hours.",
    },
  },
  {
    id: 'CCS-6.1.3',
    kind: 'guidance',
    source: 'CCS',
    section: 'roster',
    summary: {
      'zh-Hant': '排班須顧及員工身心負荷，具體以班次之間的最短休息時間及連續上班天數上限來落實。',
      'zh-Hans': '排班须顾及员工身心负荷，具体以班次之间的最短休息时间及连续上班天数上限来落实。',
      en: 'Shift patterns must stay within what staff can bear physically and mentally; in practice this means a minimum rest gap between shifts and a cap on consecutive working days.',
    },
  },
  {
    id: 'CCS-6.1.4',
    kind: 'rule',
    source: 'CCS',
    section: 'roster',
    summary: {
      'zh-Hant': '每天保留設定數量的應急人員，不編入班次，但須隨時聯絡得到。',
      'zh-Hans': '每天保留设定数量的应急人员，不编入班次，但须随时联络得到。',
      en: 'Every day a configured number of staff is held back as an emergency reserve: not on a shift, but reachable.',
    },
  },
  {
    id: 'CCS-6.3.4',
    kind: 'rule',
    source: 'CCS',
    section: 'roster',
    summary: {
      'zh-Hant': '法定假日每個時段的人手都要高於預測，並另備5至7個應急座席隨時可以加班。',
      'zh-Hans': '法定假日每个时段的人手都要高于预测，并另备5至7个应急座席随时可以加班。',
      en: 'On public holidays every time band is staffed above the forecast, with 5 to 7 spare seats ready for emergency overtime.',
    },
  },
  {
    id: 'CSD-1.1.4',
    kind: 'rule',
    source: 'CSD',
    section: 'roster',
    summary: {
      'zh-Hant': '下月排班表須分發給相關部門，在崗員工人手一份。',
      'zh-Hans': '下月排班表须分发给相关部门，在岗员工人手一份。',
      en: "Next month's roster is sent to the related departments and every member of staff on duty gets a copy.",
    },
  },
  {
    id: 'CSD-1.1.5',
    kind: 'rule',
    source: 'CSD',
    section: 'roster',
    summary: {
      'zh-Hant': '排班表公布後，調整班次須事先經上級主管批准，每次變更都要記下批准人。',
      'zh-Hans': '排班表公布后，调整班次须事先经上级主管批准，每次变更都要记下批准人。',
      en: "After publication a shift can change only with a superior's prior approval, and each change records who approved it.",
    },
  },
  {
    id: 'CSD-1.1.6',
    kind: 'rule',
    source: 'CSD',
    section: 'roster',
    summary: {
      'zh-Hant': '涵蓋法定假日的排班表最遲須在假日前一週發出。',
      'zh-Hans': '涵盖法定假日的排班表最迟须在假日前一周发出。',
      en: 'A roster that covers a public holiday is issued at least one week before that holiday.',
    },
  },
  {
    id: 'CSD-1.1.7',
    kind: 'rule',
    source: 'CSD',
    section: 'roster',
    summary: {
      'zh-Hant': '排班表修改後須以新版本重新發出並通知受影響人員，舊版收回作廢但保留存檔。',
      'zh-Hans': '排班表修改后须以新版本重新发出并通知受影响人员，旧版收回作废但保留存档。',
      en: 'An amended roster is reissued as a new version and everyone affected is told; the previous version is withdrawn but kept on file.',
    },
  },
  {
    id: 'CSD-1.2.1',
    kind: 'rule',
    source: 'CSD',
    section: 'roster',
    summary: {
      'zh-Hant': '部門版本：實行三班輪值，共同覆蓋全天24小時。',
      'zh-Hans': '部门版本：实行三班轮值，共同覆盖全天24小时。',
      en: 'Department variant: duty runs on three shifts that together cover all 24 hours.',
    },
  },
  {
    id: 'CSD-3.1.5',
    kind: 'rule',
    source: 'CSD',
    section: 'roster',
    summary: {
      'zh-Hant': '錯開用餐時間，午飯時段櫃台必須有人當值，不得出現空崗。',
      'zh-Hans': '错开用餐时间，午饭时段柜台必须有人当值，不得出现空岗。',
      en: 'Meal breaks are staggered so that someone is always at the desk over lunch; the post is never left empty.',
    },
  },
  {
    id: 'CCS-5',
    kind: 'kpi',
    source: 'CCS',
    section: 'roster',
    summary: {
      'zh-Hant': '每月統計並公布一次考勤：遲到、早退、脫崗、曠工及各類假期。',
      'zh-Hans': '每月统计并公布一次考勤：迟到、早退、脱岗、旷工及各类假期。',
      en: 'Attendance figures (lateness, leaving early, absence from post, unexcused absence and each type of leave) are compiled and published once a month.',
    },
  },
  // Swaps and leave
  {
    id: 'CSD-7.3',
    kind: 'rule',
    source: 'CSD',
    section: 'swaps-leave',
    summary: {
      'zh-Hant': '換班須雙方同意、填寫換班登記表並由部門經理簽批，三者齊備才生效。',
      'zh-Hans': '换班须双方同意、填写换班登记表并由部门经理签批，三者齐备才生效。',
      en: 'A shift swap is valid only when both people agree, a swap form is filed and the department manager signs it off.',
    },
  },
  {
    id: 'CSD-7.4a',
    kind: 'rule',
    source: 'CSD',
    section: 'swaps-leave',
    summary: {
      'zh-Hant': '每人每個自然月換班不超過3次（上限可設定）。',
      'zh-Hans': '每人每个自然月换班不超过3次（上限可设定）。',
      en: 'Each person may swap at most 3 times in a calendar month (the limit is configurable).',
    },
  },
  {
    id: 'CSD-7.4b',
    kind: 'rule',
    source: 'CSD',
    section: 'swaps-leave',
    summary: {
      'zh-Hant': '不得連續換班：同一人不可對相連的兩個工作日或班次都換班。',
      'zh-Hans': '不得连续换班：同一人不可对相连的两个工作日或班次都换班。',
      en: 'Swaps cannot be chained: one person may not swap two adjacent working days or shifts.',
    },
  },
  {
    id: 'CSD-7.4c',
    kind: 'rule',
    source: 'CSD',
    section: 'swaps-leave',
    summary: {
      'zh-Hant': '換班或還班後，雙方都不得因此出現連上兩班的情況。',
      'zh-Hans': '换班或还班后，双方都不得因此出现连上两班的情况。',
      en: 'Neither a swap nor its pay-back may leave either person working two shifts back to back.',
    },
  },
  {
    id: 'CSD-7.5',
    kind: 'rule',
    source: 'CSD',
    section: 'swaps-leave',
    summary: {
      'zh-Hant': '換班交代不清導致誤班或空班時，雙方均按曠工論處，並依各自責任輕重考核。',
      'zh-Hans': '换班交代不清导致误班或空班时，双方均按旷工论处，并依各自责任轻重考核。',
      en: 'If a badly communicated swap causes a missed or unstaffed shift, both people are counted as absent without leave and assessed by their share of the blame.',
    },
  },
  {
    id: 'CSD-7.6',
    kind: 'rule',
    source: 'CSD',
    section: 'swaps-leave',
    summary: {
      'zh-Hant': '換班日與還班日都不能請假。',
      'zh-Hans': '换班日与还班日都不能请假。',
      en: 'Leave cannot be taken on the swapped shift or on the pay-back shift.',
    },
  },
  {
    id: 'CSD-7.7',
    kind: 'rule',
    source: 'CSD',
    section: 'swaps-leave',
    summary: {
      'zh-Hant': '排在法定假日當班的人員，該班既不能換班也不能請假。',
      'zh-Hans': '排在法定假日当班的人员，该班既不能换班也不能请假。',
      en: 'Anyone rostered on a public holiday can neither swap that shift nor take leave for it.',
    },
  },
  {
    id: 'TKC-4.2C',
    kind: 'rule',
    source: 'TKC',
    section: 'swaps-leave',
    summary: {
      'zh-Hant': '無法當值須向客服主管請假，獲批後由主管指派頂班人；員工不得私下調班。',
      'zh-Hans': '无法当值须向客服主管请假，获批后由主管指派顶班人；员工不得私下调班。',
      en: 'Anyone unable to work must have leave approved by the supervisor, who then assigns the cover; staff may not arrange swaps among themselves.',
    },
  },
  {
    id: 'CSM-7',
    kind: 'rule',
    source: 'CSM',
    section: 'swaps-leave',
    summary: {
      'zh-Hant': '換班須事先取得相關人員同意；若因換班造成崗位無人，雙方共同擔責。',
      'zh-Hans': '换班须事先取得相关人员同意；若因换班造成岗位无人，双方共同担责。',
      en: 'A swap needs the agreement of everyone involved in advance; if it leaves a post empty, both sides share the blame.',
    },
  },
  // Handover
  {
    id: 'REG7-9.1',
    kind: 'rule',
    source: 'REG7',
    section: 'handover',
    summary: {
      'zh-Hant': '接班人須在開班前至少5分鐘到崗（此為政策取值；其他來源要求10分鐘、10至15分鐘或15分鐘）。',
      'zh-Hans': '接班人须在开班前至少5分钟到岗（此为政策取值；其他来源要求10分钟、10至15分钟或15分钟）。',
      en: 'The person taking over must be at the post no later than 5 minutes before the shift begins (the policy value; other sources ask for 10, 10 to 15 or 15 minutes).',
    },
  },
  {
    id: 'CSM-1',
    kind: 'rule',
    source: 'CSM',
    section: 'handover',
    summary: {
      'zh-Hant': '版本差異：接班人須提早10至15分鐘到崗，準備交接。',
      'zh-Hans': '版本差异：接班人须提早10至15分钟到岗，准备交接。',
      en: 'Variant: the incoming person reports 10 to 15 minutes before the shift to get ready for handover.',
    },
  },
  {
    id: 'HOS-4.1',
    kind: 'rule',
    source: 'HOS',
    section: 'handover',
    summary: {
      'zh-Hant': '版本差異：提早10分鐘到崗，須閱讀交接班記錄並簽名後才算接班。',
      'zh-Hans': '版本差异：提早10分钟到岗，须阅读交接班记录并签名后才算接班。',
      en: 'Variant: be at the post 10 minutes early, and take over only after reading the handover log and signing it.',
    },
  },
  {
    id: 'REG7-9.2',
    kind: 'record',
    source: 'REG7',
    section: 'handover',
    summary: {
      'zh-Hant':
        '接班人逐一點算崗位公物（對講機、鑰匙、文件等）；如有損壞或短缺，須由交班人說明去向並記入交接班記錄。',
      'zh-Hans':
        '接班人逐一点算岗位公物（对讲机、钥匙、文件等）；如有损坏或短缺，须由交班人说明去向并记入交接班记录。',
      en: 'The incoming person counts all shared equipment (radios, keys, files and so on); anything broken or missing must be accounted for by the outgoing person, and that goes into the handover log.',
    },
  },
  {
    id: 'CSG-9.2',
    kind: 'record',
    source: 'CSG',
    section: 'handover',
    summary: {
      'zh-Hant': '小區客服組版本的點算清單：對講機、滅火器和水瓶。',
      'zh-Hans': '小区客服组版本的点算清单：对讲机、灭火器和水瓶。',
      en: 'Estate-group variant of the item count: radios, fire extinguishers and water bottles.',
    },
  },
  {
    id: 'HOR-1.5',
    kind: 'record',
    source: 'HOR',
    section: 'handover',
    summary: {
      'zh-Hant': '辦公用品、通訊設備、文件、樣板房鑰匙等公用物品須登記，並由雙方當面核對交接。',
      'zh-Hans': '办公用品、通讯设备、文件、样板房钥匙等公用物品须登记，并由双方当面核对交接。',
      en: 'Shared items such as office supplies, communication equipment, files and show-flat keys are registered and checked together in person at handover.',
    },
  },
  {
    id: 'REG7-9.3',
    kind: 'record',
    source: 'REG7',
    section: 'handover',
    summary: {
      'zh-Hant': '接班人查閱上一班記錄、了解工作完成情況，並把每項待跟進事項記下。',
      'zh-Hans': '接班人查阅上一班记录、了解工作完成情况，并把每项待跟进事项记下。',
      en: "The incoming person reviews the last shift's log, asks what was finished and writes down every item that still needs follow-up.",
    },
  },
  {
    id: 'REG7-9.4',
    kind: 'record',
    source: 'REG7',
    section: 'handover',
    summary: {
      'zh-Hant': '接班人巡查責任區有無異常；每項異常都須由交班人解釋並記錄在案。',
      'zh-Hans': '接班人巡查责任区有无异常；每项异常都须由交班人解释并记录在案。',
      en: 'The incoming person checks the area for anything unusual; the outgoing person must explain each finding and it is logged.',
    },
  },
  {
    id: 'REG7-9.5',
    kind: 'rule',
    source: 'REG7',
    section: 'handover',
    summary: {
      'zh-Hant': '雙方核對無誤後在上一班記錄上簽名，新一班值班自此才開始。',
      'zh-Hans': '双方核对无误后在上一班记录上签名，新一班值班自此才开始。',
      en: "Both people sign the previous shift's log once they agree it is correct, and the new duty starts only then.",
    },
  },
  {
    id: 'REG7-9.6',
    kind: 'rule',
    source: 'REG7',
    section: 'handover',
    summary: {
      'zh-Hant': '交班人須在下班前15分鐘開始整理公物、清理桌面。',
      'zh-Hans': '交班人须在下班前15分钟开始整理公物、清理桌面。',
      en: 'In the last 15 minutes of the shift the outgoing person puts the shared items in order and clears the desk.',
    },
  },
  {
    id: 'REG7-9.7',
    kind: 'record',
    source: 'REG7',
    section: 'handover',
    summary: {
      'zh-Hant': '交班人完成值班記錄，並整理好相關工作證據附上。',
      'zh-Hans': '交班人完成值班记录，并整理好相关工作证据附上。',
      en: 'The outgoing person completes the duty log and gathers the supporting evidence for the work done.',
    },
  },
  {
    id: 'REG7-9.8',
    kind: 'rule',
    source: 'REG7',
    section: 'handover',
    summary: {
      'zh-Hant': '未完成工作須如實交代；雙方簽名前任何一方不得離崗；重要工作未辦完不准交班。',
      'zh-Hans': '未完成工作须如实交代；双方签名前任何一方不得离岗；重要工作未办完不准交班。',
      en: 'Unfinished work is disclosed honestly; neither person leaves before both have signed; handover is refused while important work is still open.',
    },
  },
  {
    id: 'REG7-9.9',
    kind: 'rule',
    source: 'REG7',
    section: 'handover',
    summary: {
      'zh-Hant': '客服主任每個工作日上班時審閱交接班記錄並簽名確認。',
      'zh-Hans': '客服主任每个工作日上班时审阅交接班记录并签名确认。',
      en: 'Every working day the customer-service supervisor reviews the handover log and countersigns it.',
    },
  },
  {
    id: 'CSM-2',
    kind: 'rule',
    source: 'CSM',
    section: 'handover',
    summary: {
      'zh-Hant': '交接須詳細清楚，並由雙方親身在場辦理。',
      'zh-Hans': '交接须详细清楚，并由双方亲身在场办理。',
      en: 'Handover happens in person with both people present, and must be detailed and unambiguous.',
    },
  },
  {
    id: 'CSM-3',
    kind: 'record',
    source: 'CSM',
    section: 'handover',
    summary: {
      'zh-Hant': '交班人下班前填寫交班日記，並簽上交班時間與工號。',
      'zh-Hans': '交班人下班前填写交班日记，并签上交班时间与工号。',
      en: 'Before going off duty the outgoing person writes up the handover diary and signs it with the time and their staff number.',
    },
  },
  {
    id: 'CSM-5',
    kind: 'rule',
    source: 'CSM',
    section: 'handover',
    summary: {
      'zh-Hant': '交接期間冒出的問題由交接雙方一同處理至可暫停的階段，之後才繼續交接。',
      'zh-Hans': '交接期间冒出的问题由交接双方一同处理至可暂停的阶段，之后才继续交接。',
      en: 'If a problem comes up mid-handover, both people deal with it together until it can safely be paused, and only then carry on with the handover.',
    },
  },
  {
    id: 'HOR-1.1',
    kind: 'rule',
    source: 'HOR',
    section: 'handover',
    summary: {
      'zh-Hant': '所有記錄時間一律採用同一標準時間，即站點的官方時區。',
      'zh-Hans': '所有记录时间一律采用同一标准时间，即站点的官方时区。',
      en: "Every recorded time uses one official clock, namely the site's standard time zone.",
    },
  },
  {
    id: 'HOR-1.2',
    kind: 'record',
    source: 'HOR',
    section: 'handover',
    summary: {
      'zh-Hant': '每項交接事項都要寫明起因、來龍去脈和結果。',
      'zh-Hans': '每项交接事项都要写明起因、来龙去脉和结果。',
      en: 'For each matter handed over, the log states its cause, how it unfolded and the outcome.',
    },
  },
  {
    id: 'HOR-1.3',
    kind: 'record',
    source: 'HOR',
    section: 'handover',
    summary: {
      'zh-Hant': '本班發現或發生的重大問題，不論是否已解決都要交接。',
      'zh-Hans': '本班发现或发生的重大问题，不论是否已解决都要交接。',
      en: 'Every significant problem found or arising during the shift is handed over, whether resolved or still open.',
    },
  },
  {
    id: 'HOR-1.4',
    kind: 'record',
    source: 'HOR',
    section: 'handover',
    summary: {
      'zh-Hant': '上級下達的指示和命令須在交接時轉告接班人。',
      'zh-Hans': '上级下达的指示和命令须在交接时转告接班人。',
      en: 'Orders and instructions received from superiors are passed on at handover.',
    },
  },
  {
    id: 'HOR-1.6',
    kind: 'rule',
    source: 'HOR',
    section: 'handover',
    summary: {
      'zh-Hant': '交班人須先辦完未處理事務才可離開，按政策轉作跟進事項者除外。',
      'zh-Hans': '交班人须先办完未处理事务才可离开，按政策转作跟进事项者除外。',
      en: 'The outgoing person clears pending matters before leaving, unless the policy lets them be handed over as follow-ups.',
    },
  },
  {
    id: 'HOR-2.4',
    kind: 'rule',
    source: 'HOR',
    section: 'handover',
    summary: {
      'zh-Hant':
        '以下情況不得交接：重大或緊急事件尚未處理完；重要設備正在啟動或停機；交接準備未完成；接班人有飲酒跡象或神志不清且找不到頂班人。',
      'zh-Hans':
        '以下情况不得交接：重大或紧急事件尚未处理完；重要设备正在启动或停机；交接准备未完成；接班人有饮酒迹象或神志不清且找不到顶班人。',
      en: 'Handover may not take place while a major or emergency event is still open, while major equipment is starting up or shutting down, while handover preparation is unfinished, or while the incoming person seems drunk or confused and no substitute is available.',
    },
  },
  {
    id: 'GXP-4.2',
    kind: 'rule',
    source: 'GXP',
    section: 'handover',
    summary: {
      'zh-Hant': '高新廣場版本：未到交班時間、接班人到點未到或正在處理突發事件時，均不得交班。',
      'zh-Hans': '高新广场版本：未到交班时间、接班人到点未到或正在处理突发事件时，均不得交班。',
      en: 'Gaoxin variant: no handover before the scheduled time, when the incoming person has not turned up, or while an emergency is being dealt with.',
    },
  },
  {
    id: 'GXP-4.4',
    kind: 'rule',
    source: 'GXP',
    section: 'handover',
    summary: {
      'zh-Hant': '交接時遇上突發事件，由交班人主導處理，接班人從旁協助。',
      'zh-Hans': '交接时遇上突发事件，由交班人主导处理，接班人从旁协助。',
      en: 'If an emergency breaks out during handover, the outgoing person leads the response and the incoming person assists.',
    },
  },
  {
    id: 'HOS-4.5',
    kind: 'rule',
    source: 'HOS',
    section: 'handover',
    summary: {
      'zh-Hant': '交接記錄中未寫清楚的事項，責任歸上一班人員。',
      'zh-Hans': '交接记录中未写清楚的事项，责任归上一班人员。',
      en: 'Anything the handover log fails to state clearly is the responsibility of the shift that wrote it.',
    },
  },
  {
    id: 'HOS-4.6',
    kind: 'rule',
    source: 'HOS',
    section: 'handover',
    summary: {
      'zh-Hant': '跟進事項若未妥善完成，後果由接手跟進的人承擔。',
      'zh-Hans': '跟进事项若未妥善完成，后果由接手跟进的人承担。',
      en: 'If a follow-up is not carried through properly, the consequences fall on the person who took it over.',
    },
  },
  {
    id: 'HOS-4.7',
    kind: 'guidance',
    source: 'HOS',
    section: 'handover',
    summary: {
      'zh-Hant': '交接記錄看不明白時，接班人應先向記錄人問清楚再跟進。',
      'zh-Hans': '交接记录看不明白时，接班人应先向记录人问清楚再跟进。',
      en: 'When a log entry is unclear, the incoming person checks with whoever wrote it before acting on it.',
    },
  },
  {
    id: 'HOS-4.8',
    kind: 'rule',
    source: 'HOS',
    section: 'handover',
    summary: {
      'zh-Hant': '交接記錄須完整保存，任何人不得撕毀、銷毀或覆蓋。',
      'zh-Hans': '交接记录须完整保存，任何人不得撕毁、销毁或覆盖。',
      en: 'Handover logs are preserved whole; no one may tear out, destroy or write over entries.',
    },
  },
  {
    id: 'HOS-4.10',
    kind: 'rule',
    source: 'HOS',
    section: 'handover',
    summary: {
      'zh-Hant': '不得只作口頭交接，每項交接內容都必須有書面記錄。',
      'zh-Hans': '不得只作口头交接，每项交接内容都必须有书面记录。',
      en: 'Purely spoken handover is not allowed: every matter handed over must have a written entry.',
    },
  },
  {
    id: 'HOS-4.11',
    kind: 'rule',
    source: 'HOS',
    section: 'handover',
    summary: {
      'zh-Hant': '交接時雙方如有爭議，應報值班負責人協調，解決前由交班人照常操作。',
      'zh-Hans': '交接时双方如有争议，应报值班负责人协调，解决前由交班人照常操作。',
      en: 'If the two sides disagree during handover, the duty manager is called in to settle it, and the outgoing person keeps working normally until it is settled.',
    },
  },
  {
    id: 'HOS-4.12',
    kind: 'rule',
    source: 'HOS',
    section: 'handover',
    summary: {
      'zh-Hant': '接班人未到時，當班人須留守崗位，直至接班人到達並完成交接才可離開。',
      'zh-Hans': '接班人未到时，当班人须留守岗位，直至接班人到达并完成交接才可离开。',
      en: 'If the relief has not arrived, the person on duty stays at the post until the relief comes and the handover is done.',
    },
  },
  {
    id: 'PWR-2',
    kind: 'rule',
    source: 'PWR',
    section: 'handover',
    summary: {
      'zh-Hant':
        '動力車間規定：因接班檢查馬虎而發生的事故由接班人負責；接班人在記錄上簽齊所有名字即正式接班，責任自此轉移。',
      'zh-Hans':
        '动力车间规定：因接班检查马虎而发生的事故由接班人负责；接班人在记录上签齐所有名字即正式接班，责任自此转移。',
      en: "Plant-room rule: an accident caused by a careless take-over check is the incoming person's fault; the incoming person officially takes over once every signature on the log is complete, which is where responsibility passes.",
    },
  },
  {
    id: 'PWR-4',
    kind: 'rule',
    source: 'PWR',
    section: 'handover',
    summary: {
      'zh-Hant': '原則上事故處理期間不交接，除非接班人確認已無任何疑問。',
      'zh-Hans': '原则上事故处理期间不交接，除非接班人确认已无任何疑问。',
      en: 'As a rule no handover happens while an incident is ongoing, unless the incoming person confirms they have no open questions.',
    },
  },
  {
    id: 'GXP-4.1',
    kind: 'record',
    source: 'GXP',
    section: 'handover',
    summary: {
      'zh-Hant': '交班前須整理當班記錄、檢查公物有無損壞、填好交接班記錄表，並把待辦事項交給接班人。',
      'zh-Hans': '交班前须整理当班记录、检查公物有无损坏、填好交接班记录表，并把待办事项交给接班人。',
      en: "Before handing over: sort the shift's records, check shared items for damage, complete the handover form and pass pending matters to the incoming person.",
    },
  },
  {
    id: 'GXP-4.3',
    kind: 'record',
    source: 'GXP',
    section: 'handover',
    summary: {
      'zh-Hant': '接班時須按崗位要求著裝、檢查公物並閱讀交接班記錄表。',
      'zh-Hans': '接班时须按岗位要求着装、检查公物并阅读交接班记录表。',
      en: "On taking over: wear the post's uniform properly, check shared items and read the handover form.",
    },
  },
  {
    id: 'CSD-3.4',
    kind: 'record',
    source: 'CSD',
    section: 'handover',
    summary: {
      'zh-Hant': '交接日誌須寫明設備狀態、未解決的難題和人手調動。',
      'zh-Hans': '交接日志须写明设备状态、未解决的难题和人手调动。',
      en: 'The handover log spells out equipment status, unresolved difficult issues and changes of staff.',
    },
  },
  {
    id: 'CSD-3.2',
    kind: 'rule',
    source: 'CSD',
    section: 'handover',
    summary: {
      'zh-Hant': '接班人到崗前，交班人必須留在櫃台。',
      'zh-Hans': '接班人到岗前，交班人必须留在柜台。',
      en: 'The outgoing person stays at the desk until the incoming person has arrived.',
    },
  },
  {
    id: 'CSD-2.1.1',
    kind: 'rule',
    source: 'CSD',
    section: 'handover',
    summary: {
      'zh-Hant': '晨會日員工須提早15分鐘到崗，閱讀交接班記錄並簽名後再開晨會。',
      'zh-Hans': '晨会日员工须提早15分钟到岗，阅读交接班记录并签名后再开晨会。',
      en: 'On morning-meeting days staff arrive 15 minutes early and read and sign the handover log before the meeting.',
    },
  },
  // Liability
  {
    id: 'CSM-6',
    kind: 'rule',
    source: 'CSM',
    section: 'liability',
    summary: {
      'zh-Hant': '因漏交或錯交引起的問題歸交班人，因接錯引起的問題歸接班人；以簽注的時間和工號劃定責任分界。',
      'zh-Hans': '因漏交或错交引起的问题归交班人，因接错引起的问题归接班人；以签注的时间和工号划定责任分界。',
      en: 'Problems from items left out or handed over wrongly belong to the outgoing person; problems from a wrong take-over belong to the incoming person; the signed time and staff number mark where one ends and the other begins.',
    },
  },
  {
    id: 'FCR-5.1',
    kind: 'rule',
    source: 'FCR',
    section: 'liability',
    summary: {
      'zh-Hant':
        '問題未及時解決而引致投訴時分三級問責：當事員工為直接責任人，主管負督導之責，部門經理負管理之責。',
      'zh-Hans':
        '问题未及时解决而引致投诉时分三级问责：当事员工为直接责任人，主管负督导之责，部门经理负管理之责。',
      en: 'When an unresolved issue ends in a complaint, blame is assigned at three levels: the employee directly, the supervisor for oversight, the department manager for management.',
    },
  },
  {
    id: 'FCR-5.3',
    kind: 'rule',
    source: 'FCR',
    section: 'liability',
    summary: {
      'zh-Hant': '各層級各自為本身失職負全部（100%）責任，不作分攤；對公司造成重大影響時須提交書面過錯報告。',
      'zh-Hans': '各层级各自为本身失职负全部（100%）责任，不作分摊；对公司造成重大影响时须提交书面过错报告。',
      en: 'Each level answers in full (100%) for its own lapse, with no sharing out; where the company suffers serious impact a written fault report is filed.',
    },
  },
  {
    id: 'FCR-4.10',
    kind: 'rule',
    source: 'FCR',
    section: 'liability',
    summary: {
      'zh-Hant': '首問負責人失職造成不良後果時，本人及其部門主管均被追究。',
      'zh-Hans': '首问负责人失职造成不良后果时，本人及其部门主管均被追究。',
      en: "If harm results from the first-contact person's negligence, both that person and the head of their department are held to account.",
    },
  },
  {
    id: 'REG7-10',
    kind: 'guidance',
    source: 'REG7',
    section: 'liability',
    summary: {
      'zh-Hant': '遵守這些規定的情況會納入員工的績效評核。',
      'zh-Hans': '遵守这些规定的情况会纳入员工的绩效评核。',
      en: 'How well staff follow these rules feeds into their performance appraisal.',
    },
  },
  // First-contact responsibility
  {
    id: 'FCR-4.1',
    kind: 'rule',
    source: 'FCR',
    section: 'first-contact',
    summary: {
      'zh-Hant': '首問負責人須一直跟到問題解決或給客戶明確答覆為止。',
      'zh-Hans': '首问负责人须一直跟到问题解决或给客户明确答复为止。',
      en: 'Whoever takes the first contact stays responsible until the issue is resolved or the customer has a clear answer.',
    },
  },
  {
    id: 'FCR-4.2',
    kind: 'rule',
    source: 'FCR',
    section: 'first-contact',
    summary: {
      'zh-Hant': '首問負責人即客戶來訪或來電時最先接觸的那位員工。',
      'zh-Hans': '首问负责人即客户来访或来电时最先接触的那位员工。',
      en: 'The owner is the first staff member the customer dealt with, whether in person or by phone.',
    },
  },
  {
    id: 'FCR-4.4',
    kind: 'rule',
    source: 'FCR',
    section: 'first-contact',
    summary: {
      'zh-Hant': '超出本職的事項要轉交負責部門或人員，但首問人須持續跟蹤至解決；轉交不改變負責人。',
      'zh-Hans': '超出本职的事项要转交负责部门或人员，但首问人须持续跟踪至解决；转交不改变负责人。',
      en: "A matter outside the owner's job is passed to the responsible department or person, but the owner keeps tracking it to the end; passing it on never changes who owns it.",
    },
  },
  {
    id: 'FCR-4.5',
    kind: 'record',
    source: 'FCR',
    section: 'first-contact',
    summary: {
      'zh-Hant': '把反映的事情連同來電人姓名和聯絡電話登記下來，並通知承辦部門。',
      'zh-Hans': '把反映的事情连同来电人姓名和联络电话登记下来，并通知承办部门。',
      en: "Log the reported matter with the caller's name and phone number, and notify the department that will handle it.",
    },
  },
  {
    id: 'FCR-4.6',
    kind: 'rule',
    source: 'FCR',
    section: 'first-contact',
    summary: {
      'zh-Hant': '向客戶說明辦理要求、步驟和期限；能當場辦的即辦，否則告知預計完成時間，最多兩次接觸內辦妥。',
      'zh-Hans': '向客户说明办理要求、步骤和期限；能当场办的即办，否则告知预计完成时间，最多两次接触内办妥。',
      en: 'Explain the requirements, steps and deadline; handle it on the spot where possible, otherwise give an expected completion time; finish within no more than two contacts.',
    },
  },
  {
    id: 'FCR-4.7',
    kind: 'rule',
    source: 'FCR',
    section: 'first-contact',
    summary: {
      'zh-Hant': '不准用「不知道」「沒辦法」「不歸我管」之類說法回應，也不得把客戶推來推去。',
      'zh-Hans': '不准用“不知道”“没办法”“不归我管”之类说法回应，也不得把客户推来推去。',
      en: "Staff must never answer with phrases like “I don't know”, “there's nothing we can do” or “that's not my job”, nor pass the customer around.",
    },
  },
  {
    id: 'FCR-4.8',
    kind: 'rule',
    source: 'FCR',
    section: 'first-contact',
    summary: {
      'zh-Hant': '聯絡不上相關人員時，記下客戶姓名、電話和疑問，承諾盡快回覆（建立回電任務）。',
      'zh-Hans': '联络不上相关人员时，记下客户姓名、电话和疑问，承诺尽快回复（建立回电任务）。',
      en: "If the right person cannot be reached, note the customer's name, number and question and promise a prompt reply (a callback task is created).",
    },
  },
  {
    id: 'FCR-4.9',
    kind: 'guidance',
    source: 'FCR',
    section: 'first-contact',
    summary: {
      'zh-Hant': '要見領導的訪客先帶到接待室等候，問明來意並及時通報領導。',
      'zh-Hans': '要见领导的访客先带到接待室等候，问明来意并及时通报领导。',
      en: 'A visitor who wants to see a manager is shown to the reception room to wait, asked what it is about, and the manager is told promptly.',
    },
  },
  {
    id: 'CSD-0.7',
    kind: 'rule',
    source: 'CSD',
    section: 'first-contact',
    summary: {
      'zh-Hant': '不說生硬的話、不推卸責任、不指責或抱怨客戶，作為禁用語清單的補充。',
      'zh-Hans': '不说生硬的话、不推卸责任、不指责或抱怨客户，作为禁用语清单的补充。',
      en: 'No harsh wording, no blame-shifting remarks and no reproaching the customer; this adds to the list of forbidden replies.',
    },
  },
  {
    id: 'DUTY-2',
    kind: 'record',
    source: 'DUTY',
    section: 'first-contact',
    summary: {
      'zh-Hant': '把任務派給對應崗位，監察完成時限，登記完工回饋並徵詢住戶意見。',
      'zh-Hans': '把任务派给对应岗位，监察完成时限，登记完工回馈并征询住户意见。',
      en: 'Dispatch each task to the right post, watch its deadline, record the completion feedback and ask the resident for their view.',
    },
  },
  {
    id: 'DUTY-4',
    kind: 'rule',
    source: 'DUTY',
    section: 'first-contact',
    summary: {
      'zh-Hant': '投訴須登記，並在限定時間內拿出處理方案回覆投訴人；重大投訴要上報項目經理。',
      'zh-Hans': '投诉须登记，并在限定时间内拿出处理方案回复投诉人；重大投诉要上报项目经理。',
      en: 'Each complaint is logged and a handling plan must be produced within the set time and reported back to the complainant; serious complaints go up to the project manager.',
    },
  },
  {
    id: 'REG7-5.6',
    kind: 'record',
    source: 'REG7',
    section: 'first-contact',
    summary: {
      'zh-Hant': '跟蹤投訴及服務請求的處理進度，並及時回覆客戶。',
      'zh-Hans': '跟踪投诉及服务请求的处理进度，并及时回复客户。',
      en: 'Track how complaints and service requests are progressing and keep the customer informed.',
    },
  },
  // Escalation
  {
    id: 'REG7-7.2a',
    kind: 'rule',
    source: 'REG7',
    section: 'escalation',
    summary: {
      'zh-Hant': '疑難個案上報客服主任，由其決定處理辦法。',
      'zh-Hans': '疑难个案上报客服主任，由其决定处理办法。',
      en: 'Hard cases go up to the customer-service supervisor, who decides how to handle them.',
    },
  },
  {
    id: 'REG7-7.2b',
    kind: 'rule',
    source: 'REG7',
    section: 'escalation',
    summary: {
      'zh-Hant': '客服主任認為須由物業部經理定奪的重大問題，須立即上報經理。',
      'zh-Hans': '客服主任认为须由物业部经理定夺的重大问题，须立即上报经理。',
      en: "Where the supervisor judges that a serious problem needs the property manager's decision, it is reported to the manager immediately.",
    },
  },
  {
    id: 'TKC-4.2B',
    kind: 'rule',
    source: 'TKC',
    section: 'escalation',
    summary: {
      'zh-Hant': '太古城版本：最高一級上報對象為項目負責人，而非物業部經理。',
      'zh-Hans': '太古城版本：最高一级上报对象为项目负责人，而非物业部经理。',
      en: 'Taikoo City variant: the highest escalation level is the project head rather than the property manager.',
    },
  },
  {
    id: 'REG7-7.2c',
    kind: 'kpi',
    source: 'REG7',
    section: 'escalation',
    summary: {
      'zh-Hant': '電話最遲在第三聲鈴響時接起（約10秒，可設定）。',
      'zh-Hans': '电话最迟在第三声铃响时接起（约10秒，可设定）。',
      en: 'Phones are picked up by the third ring (roughly 10 seconds; configurable).',
    },
  },
  {
    id: 'REG7-7.3',
    kind: 'rule',
    source: 'REG7',
    section: 'escalation',
    summary: {
      'zh-Hant': '值班熱線只用來接聽來電，如須撥出屬例外情況，必須記錄。',
      'zh-Hans': '值班热线只用来接听来电，如须拨出属例外情况，必须记录。',
      en: 'The duty hotline only takes incoming calls; any outgoing call is an exception and must be logged.',
    },
  },
  {
    id: 'REG7-8.4',
    kind: 'rule',
    source: 'REG7',
    section: 'escalation',
    summary: {
      'zh-Hant':
        '下班後及假日，物業部經理、經理助理、客服主任、保安部主任和工程組主任須保持手機開機，必要時返回現場。',
      'zh-Hans':
        '下班后及假日，物业部经理、经理助理、客服主任、保安部主任和工程组主任须保持手机开机，必要时返回现场。',
      en: 'Outside working hours and on holidays the property manager, assistant manager, customer-service supervisor, security head and engineering head keep their phones on and come back on site if needed.',
    },
  },
  {
    id: 'TKC-4.2E',
    kind: 'rule',
    source: 'TKC',
    section: 'escalation',
    summary: {
      'zh-Hant': '太古城版本的候命名單：項目負責人、客服主管、秩序維護部經理、工程維修部主管。',
      'zh-Hans': '太古城版本的候命名单：项目负责人、客服主管、秩序维护部经理、工程维修部主管。',
      en: 'Taikoo City variant of the on-call list: project head, customer-service supervisor, order-maintenance manager and engineering-maintenance supervisor.',
    },
  },
  {
    id: 'REG7-8.1',
    kind: 'rule',
    source: 'REG7',
    section: 'escalation',
    summary: {
      'zh-Hant': '值班人員可按事態發展把情況通報任何部門，並要求對方解決。',
      'zh-Hans': '值班人员可按事态发展把情况通报任何部门，并要求对方解决。',
      en: 'As events develop, the duty officer may pass the situation to any department and require it to act.',
    },
  },
  {
    id: 'TKC-4.2D',
    kind: 'rule',
    source: 'TKC',
    section: 'escalation',
    summary: {
      'zh-Hant': '太古城版本：值班人員可視事態調動其他部門人員。',
      'zh-Hans': '太古城版本：值班人员可视事态调动其他部门人员。',
      en: 'Taikoo City variant: the duty officer may call on staff from other departments as the situation requires.',
    },
  },
  {
    id: 'REG7-8.5',
    kind: 'record',
    source: 'REG7',
    section: 'escalation',
    summary: {
      'zh-Hant': '每宗突發事件都要寫成詳細的事件報告，交相關部門跟進。',
      'zh-Hans': '每宗突发事件都要写成详细的事件报告，交相关部门跟进。',
      en: 'Each emergency is written up in a detailed incident report, which is passed to the relevant department to follow up.',
    },
  },
  {
    id: 'FCR-5.2',
    kind: 'rule',
    source: 'FCR',
    section: 'escalation',
    summary: {
      'zh-Hant': '住戶提出不滿意投訴時，部門經理須第一時間親赴現場處理。',
      'zh-Hans': '住户提出不满意投诉时，部门经理须第一时间亲赴现场处理。',
      en: 'For a complaint from a dissatisfied resident, the department manager goes to the scene first of all.',
    },
  },
  {
    id: 'CCS-4.2',
    kind: 'rule',
    source: 'CCS',
    section: 'escalation',
    summary: {
      'zh-Hant':
        '必須請示上報的情況：市場競爭問題、洩密、重大差錯或事故或嚴重違紀、危及設備或人身安全、超出本職範圍的事項。',
      'zh-Hans':
        '必须请示上报的情况：市场竞争问题、泄密、重大差错或事故或严重违纪、危及设备或人身安全、超出本职范围的事项。',
      en: "Must be reported upward: competition issues, leaks of confidential information, serious errors, accidents or disciplinary breaches, threats to equipment or personal safety, and anything beyond one's own remit.",
    },
  },
  {
    id: 'CCS-4.3',
    kind: 'rule',
    source: 'CCS',
    section: 'escalation',
    summary: {
      'zh-Hant': '上報須逐級進行；緊急時可越級，但事後要向被跳過的直屬上級補報。',
      'zh-Hans': '上报须逐级进行；紧急时可越级，但事后要向被跳过的直属上级补报。',
      en: 'Reporting goes one level at a time; in an emergency a level may be skipped, but the bypassed direct superior is briefed afterwards.',
    },
  },
  {
    id: 'CCS-6.3.2a',
    kind: 'rule',
    source: 'CCS',
    section: 'escalation',
    summary: {
      'zh-Hant': '話務激增第1步：排隊人數多於5且不超過10、持續5分鐘或以上時，流動專家組加入呼入座席。',
      'zh-Hans': '话务激增第1步：排队人数多于5且不超过10、持续5分钟或以上时，流动专家组加入呼入座席。',
      en: 'Surge step 1: when more than 5 and at most 10 callers have been waiting for 5 minutes or longer, the floating expert team joins the inbound seats.',
    },
  },
  {
    id: 'CCS-6.3.2b',
    kind: 'rule',
    source: 'CCS',
    section: 'escalation',
    summary: {
      'zh-Hant': '第2步：第1步後排隊仍維持該水平，調2至3個呼出座席轉接呼入。',
      'zh-Hans': '第2步：第1步后排队仍维持该水平，调2至3个呼出座席转接呼入。',
      en: 'Step 2: if the queue is still at that level after step 1, 2 to 3 outbound seats switch to inbound.',
    },
  },
  {
    id: 'CCS-6.3.2c',
    kind: 'rule',
    source: 'CCS',
    section: 'escalation',
    summary: {
      'zh-Hant': '第3步：情況仍持續，再加入2至3名品質控制人員接聽呼入。',
      'zh-Hans': '第3步：情况仍持续，再加入2至3名品质控制人员接听呼入。',
      en: 'Step 3: if it still persists, 2 to 3 quality-control staff join inbound.',
    },
  },
  {
    id: 'CCS-6.3.2d',
    kind: 'rule',
    source: 'CCS',
    section: 'escalation',
    summary: {
      'zh-Hant': '第4步：排隊超過10人時，調2至3名後台處理人員接聽呼入。',
      'zh-Hans': '第4步：排队超过10人时，调2至3名后台处理人员接听呼入。',
      en: 'Step 4: once more than 10 callers are waiting, 2 to 3 back-office staff join inbound.',
    },
  },
  {
    id: 'CCS-6.3.2e',
    kind: 'rule',
    source: 'CCS',
    section: 'escalation',
    summary: {
      'zh-Hant': '第5步：話務量持續過高時，在實體座席容許範圍內延長班次以增加座席。',
      'zh-Hans': '第5步：话务量持续过高时，在实体座席容许范围内延长班次以增加座席。',
      en: 'Step 5: if volume stays very high, lengthen shifts to add seats, up to the number of physical seats available.',
    },
  },
  {
    id: 'CCS-6.3.2f',
    kind: 'rule',
    source: 'CCS',
    section: 'escalation',
    summary: {
      'zh-Hant': '第6步：仍無法消化高峰時，計算所需座席數並安排緊急加班。',
      'zh-Hans': '第6步：仍无法消化高峰时，计算所需座席数并安排紧急加班。',
      en: 'Step 6: if that still does not clear the peak, work out how many seats are needed and schedule emergency overtime.',
    },
  },
  {
    id: 'CCS-6.3.3',
    kind: 'rule',
    source: 'CCS',
    section: 'escalation',
    summary: {
      'zh-Hant': '回落：排隊人數降至5人或以下時，按加入次序倒序逐一撤出增援座席。',
      'zh-Hans': '回落：排队人数降至5人或以下时，按加入次序倒序逐一撤出增援座席。',
      en: 'Stand-down: once 5 or fewer callers are waiting, the added seats sign out one by one, last in first out.',
    },
  },
  {
    id: 'CCS-6.3.4n',
    kind: 'rule',
    source: 'CCS',
    section: 'escalation',
    summary: {
      'zh-Hant': '夜班激增：除留1名現場業務督導外，其餘非話務座席全部轉接呼入。',
      'zh-Hans': '夜班激增：除留1名现场业务督导外，其余非话务座席全部转接呼入。',
      en: 'Night surge: apart from one on-site supervisor, every non-call seat switches to inbound calls.',
    },
  },
  // Records
  {
    id: 'REG7-8.5a',
    kind: 'rule',
    source: 'REG7',
    section: 'records',
    summary: {
      'zh-Hant': '記錄一律不可塗改；更正須另立新條目並指向原條目。',
      'zh-Hans': '记录一律不可涂改；更正须另立新条目并指向原条目。',
      en: 'Entries are never edited: a correction is a new entry pointing to the one it corrects.',
    },
  },
  {
    id: 'REG7-8.5b',
    kind: 'rule',
    source: 'REG7',
    section: 'records',
    summary: {
      'zh-Hant': '記錄每月底交部門集中歸檔，保存3年；未滿3年不得刪除。',
      'zh-Hans': '记录每月底交部门集中归档，保存3年；未满3年不得删除。',
      en: 'At the end of each month records are archived centrally by the department and kept for 3 years; nothing less than 3 years old may be deleted.',
    },
  },
  {
    id: 'CSD-4',
    kind: 'record',
    source: 'CSD',
    section: 'records',
    summary: {
      'zh-Hant': '客服工作台賬逐項記下值班期間各事項的處理經過（屬REG7-8.5的小區客服組寫法）。',
      'zh-Hans': '客服工作台账逐项记下值班期间各事项的处理经过（属REG7-8.5的小区客服组写法）。',
      en: 'The customer-service work ledger captures how every matter was handled during the duty (the estate-group wording of REG7-8.5).',
    },
  },
  {
    id: 'CSD-9.1.1',
    kind: 'record',
    source: 'CSD',
    section: 'records',
    summary: {
      'zh-Hant': '早班上班時到中控室領取區域鑰匙，中班下班後交回並點數，兩次都要填寫鑰匙交接單。',
      'zh-Hans': '早班上班时到中控室领取区域钥匙，中班下班后交回并点数，两次都要填写钥匙交接单。',
      en: 'Area keys are collected from central control at the start of the early shift and returned and counted after the middle shift, with both movements entered on the key handover sheet.',
    },
  },
  {
    id: 'CSD-9.1.2',
    kind: 'rule',
    source: 'CSD',
    section: 'records',
    summary: {
      'zh-Hant': '房間鑰匙須登記才可借出；負責人每天核對登記表，追查並記錄未歸還的鑰匙。',
      'zh-Hans': '房间钥匙须登记才可借出；负责人每天核对登记表，追查并记录未归还的钥匙。',
      en: 'Room keys are lent only once the loan is registered; the person in charge checks the register daily and traces and notes any key not returned.',
    },
  },
  {
    id: 'CSD-6.1.2',
    kind: 'rule',
    source: 'CSD',
    section: 'records',
    summary: {
      'zh-Hant': '借閱檔案的借出與歸還都要登記，並設定歸還期限。',
      'zh-Hans': '借阅档案的借出与归还都要登记，并设定归还期限。',
      en: 'Lending and returning archive files are both registered, and every loan has a return deadline.',
    },
  },
  {
    id: 'HOS-4.9',
    kind: 'rule',
    source: 'HOS',
    section: 'records',
    summary: {
      'zh-Hant': '交接記錄只寫工作相關內容，不得寫入私事。',
      'zh-Hans': '交接记录只写工作相关内容，不得写入私事。',
      en: 'Nothing unrelated to work may be written in the handover log.',
    },
  },
  {
    id: 'FINE-12.4',
    kind: 'rule',
    source: 'FINE',
    section: 'records',
    summary: {
      'zh-Hant': '巡查結果須逐項登記，不接受只寫「正常」的記錄，並由經理簽名確認。',
      'zh-Hans': '巡查结果须逐项登记，不接受只写“正常”的记录，并由经理签名确认。',
      en: 'Patrol findings are recorded item by item (an entry saying only “normal” is not accepted) and signed off by the manager.',
    },
  },
  // Quality targets
  {
    id: 'FINE-3.1',
    kind: 'kpi',
    source: 'FINE',
    section: 'quality',
    summary: {
      'zh-Hant': '目標：員工出勤率達99.9%。',
      'zh-Hans': '目标：员工出勤率达99.9%。',
      en: 'Target: 99.9% staff attendance.',
    },
  },
  {
    id: 'FINE-3.4',
    kind: 'kpi',
    source: 'FINE',
    section: 'quality',
    summary: {
      'zh-Hant': '目標：一般問題當天處理完畢。',
      'zh-Hans': '目标：一般问题当天处理完毕。',
      en: 'Target: routine issues closed on the day they are raised.',
    },
  },
  {
    id: 'FINE-3.5',
    kind: 'kpi',
    source: 'FINE',
    section: 'quality',
    summary: {
      'zh-Hant': '目標：疑難問題一週內處理完畢。',
      'zh-Hans': '目标：疑难问题一周内处理完毕。',
      en: 'Target: difficult issues closed within a week.',
    },
  },
  {
    id: 'FINE-3.9',
    kind: 'kpi',
    source: 'FINE',
    section: 'quality',
    summary: {
      'zh-Hant': '目標：當天已解決的問題有90%要回訪。',
      'zh-Hans': '目标：当天已解决的问题有90%要回访。',
      en: 'Target: 90% of issues resolved the same day get a follow-up call.',
    },
  },
  {
    id: 'FINE-3.10',
    kind: 'kpi',
    source: 'FINE',
    section: 'quality',
    summary: {
      'zh-Hant': '目標：來電均在第三聲鈴響內接聽。',
      'zh-Hans': '目标：来电均在第三声铃响内接听。',
      en: 'Target: every call picked up by the third ring.',
    },
  },
  {
    id: 'FINE-3.11',
    kind: 'kpi',
    source: 'FINE',
    section: 'quality',
    summary: {
      'zh-Hant': '目標：重大事件100%有事件報告。',
      'zh-Hans': '目标：重大事件100%有事件报告。',
      en: 'Target: an incident report exists for 100% of major events.',
    },
  },
  {
    id: 'FINE-3.16',
    kind: 'kpi',
    source: 'FINE',
    section: 'quality',
    summary: {
      'zh-Hant': '目標：每個工作日巡查園區公共區域2次。',
      'zh-Hans': '目标：每个工作日巡查园区公共区域2次。',
      en: 'Target: public areas of the estate patrolled twice on each working day.',
    },
  },
  {
    id: 'FINE-3.19',
    kind: 'kpi',
    source: 'FINE',
    section: 'quality',
    summary: {
      'zh-Hant': '目標：99.9%的投訴按時答覆。',
      'zh-Hans': '目标：99.9%的投诉按时答复。',
      en: 'Target: 99.9% of complaints answered on time.',
    },
  },
  {
    id: 'FINE-3.20',
    kind: 'kpi',
    source: 'FINE',
    section: 'quality',
    summary: {
      'zh-Hant': '目標：有效投訴的處理滿意度達90%。',
      'zh-Hans': '目标：有效投诉的处理满意度达90%。',
      en: 'Target: 90% satisfaction with how valid complaints were handled.',
    },
  },
  {
    id: 'FINE-3.21',
    kind: 'kpi',
    source: 'FINE',
    section: 'quality',
    summary: {
      'zh-Hant': '目標：部門每週開一次例會。',
      'zh-Hans': '目标：部门每周开一次例会。',
      en: 'Target: one department meeting every week.',
    },
  },
  // Guidance only
  {
    id: 'REG7-6',
    kind: 'guidance',
    source: 'REG7',
    section: 'guidance',
    summary: {
      'zh-Hant': '值班原則：講求時效、防止事態擴大、及時上報。',
      'zh-Hans': '值班原则：讲求时效、防止事态扩大、及时上报。',
      en: 'Guiding principles on duty: act in time, keep incidents from getting worse, report promptly.',
    },
  },
  {
    id: 'REG7-7.1',
    kind: 'guidance',
    source: 'REG7',
    section: 'guidance',
    summary: {
      'zh-Hant': '值班人員必須留守崗位，不可擅自離開。',
      'zh-Hans': '值班人员必须留守岗位，不可擅自离开。',
      en: 'Stay at your post and never leave it unattended without authorisation.',
    },
  },
  {
    id: 'REG7-5',
    kind: 'guidance',
    source: 'REG7',
    section: 'guidance',
    summary: {
      'zh-Hant': '值班主要職責：解答諮詢、受理求助、處理日常事務、協調突發事件、做記錄及跟進投訴。',
      'zh-Hans': '值班主要职责：解答咨询、受理求助、处理日常事务、协调突发事件、做记录及跟进投诉。',
      en: 'Core duty tasks: answering enquiries, taking help requests, routine business, coordinating the response to emergencies, keeping records and following up complaints.',
    },
  },
  {
    id: 'FINE-5',
    kind: 'guidance',
    source: 'FINE',
    section: 'guidance',
    summary: {
      'zh-Hant': '主管每日、經理每週檢查；不合格項開具不合格單，屢次違紀則開員工過錯報告單。',
      'zh-Hans': '主管每日、经理每周检查；不合格项开具不合格单，屡次违纪则开员工过错报告单。',
      en: 'Supervisors inspect daily and managers weekly; non-conformities are written up on non-conformance forms, and repeated misconduct on staff fault reports.',
    },
  },
] as const satisfies readonly ClauseDefinition[];

export { CLAUSE_IDS, isClauseId, type ClauseId } from './clause-ids.js';

export interface Clause {
  readonly id: ClauseId;
  readonly kind: ClauseKind;
  readonly source: ClauseSourceCode;
  readonly section: ClauseSection;
  readonly summary: ClauseText;
}

const CLAUSE_BY_ID: ReadonlyMap<string, Clause> = new Map(
  CLAUSES.map((clause): [string, Clause] => [clause.id, clause]),
);

function groupClauses<K>(keyOf: (clause: Clause) => K): ReadonlyMap<K, readonly Clause[]> {
  const groups = new Map<K, Clause[]>();
  for (const clause of CLAUSES) {
    const key = keyOf(clause);
    const group = groups.get(key);
    if (group) group.push(clause);
    else groups.set(key, [clause]);
  }
  // Callers share these arrays, so nobody may reorder or extend them.
  for (const group of groups.values()) Object.freeze(group);
  return groups;
}

const CLAUSES_BY_SOURCE = groupClauses((clause) => clause.source);
const CLAUSES_BY_SECTION = groupClauses((clause) => clause.section);
const NO_CLAUSES: readonly Clause[] = Object.freeze([]);

/** Known IDs always resolve; arbitrary strings (user input, stored data) may not. */
export function getClause(id: ClauseId): Clause;
export function getClause(id: string): Clause | undefined;
export function getClause(id: string): Clause | undefined {
  return CLAUSE_BY_ID.get(id);
}

/** Clauses taken from one source document, in catalogue order. */
export function clausesOf(source: ClauseSourceCode): readonly Clause[] {
  return CLAUSES_BY_SOURCE.get(source) ?? NO_CLAUSES;
}

/** Clauses listed under one catalogue heading, in catalogue order. */
export function clausesIn(section: ClauseSection): readonly Clause[] {
  return CLAUSES_BY_SECTION.get(section) ?? NO_CLAUSES;
}
