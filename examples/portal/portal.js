// The demo portal around <duty-handover>. The widget itself needs no script:
// a portal sets its `lang` attribute to change its language. This page also
// gives it what a real portal would: a roster (`roster`), an identity check
// for signatures (`signer`), and, for the demo only, a clock that can jump to
// handover time (`clock`), so that a handover can be completed at any hour.
const STRINGS = {
  'zh-Hant': {
    title: '值班交接 · 海景花園客戶服務中心',
    skip: '跳至主要內容',
    estate: '海景花園',
    centre: '物業管理處 · 客戶服務中心',
    language: '語言',
    nav: '主選單',
    navHome: '首頁',
    navRoster: '值班表',
    navHandover: '值班交接',
    navCases: '住戶個案',
    navNotices: '通告',
    heading: '前台值班交接',
    lead: '交班前請與接班同事當面逐項核對，清點共用物品並簽署交接記錄。',
    footer: '海景花園物業管理處 · 24 小時服務熱線 2345 6789',
    demoTitle: '示範控制',
    demoNote:
      '示範用：排班表列出 S-101 陳美玲（早班）、S-102 黃志強（中班）及 S-201 李主任（客服主任）。簽名時輸入工號即可。',
    demoClock: '示範時鐘（北京時間）：',
    jumpPrepare: '跳到交班準備（16:50）',
    jumpHandover: '跳到交班時間（17:00）',
    jumpMorning: '跳到翌日早上（09:30）',
    reset: '清除示範記錄',
    resetConfirm: '清除本示範的所有交接記錄？',
    signerTitle: '確認身分',
    signerStaff: '工號',
    signerHint: '示範：輸入排班表上的工號。真正的入口網站會核對密碼或員工證。',
    cancel: '取消',
    confirm: '確認',
    purposeOutgoing: '交班人 {staff} 簽署交接記錄。',
    purposeIncoming: '接班人 {staff} 簽署交接記錄。',
    purposeCountersign: '主管覆核簽名（須為客服主任）。',
    purposeAmend: '記錄更正（須為客服主任）。',
    wrongPerson: '工號 {staff} 不符合這次簽名。',
  },
  'zh-Hans': {
    title: '值班交接 · 海景花园客户服务中心',
    skip: '跳至主要内容',
    estate: '海景花园',
    centre: '物业管理处 · 客户服务中心',
    language: '语言',
    nav: '主菜单',
    navHome: '首页',
    navRoster: '值班表',
    navHandover: '值班交接',
    navCases: '住户个案',
    navNotices: '通告',
    heading: '前台值班交接',
    lead: '交班前请与接班同事当面逐项核对，清点共用物品并签署交接记录。',
    footer: '海景花园物业管理处 · 24 小时服务热线 2345 6789',
    demoTitle: '演示控制',
    demoNote:
      '演示用：排班表列出 S-101 陈美玲（早班）、S-102 黄志强（中班）及 S-201 李主任（客服主任）。签名时输入工号即可。',
    demoClock: '演示时钟（北京时间）：',
    jumpPrepare: '跳到交班准备（16:50）',
    jumpHandover: '跳到交班时间（17:00）',
    jumpMorning: '跳到次日早上（09:30）',
    reset: '清除演示记录',
    resetConfirm: '清除本演示的所有交接记录？',
    signerTitle: '确认身份',
    signerStaff: '工号',
    signerHint: '演示：输入排班表上的工号。真正的门户网站会核对密码或员工证。',
    cancel: '取消',
    confirm: '确认',
    purposeOutgoing: '交班人 {staff} 签署交接记录。',
    purposeIncoming: '接班人 {staff} 签署交接记录。',
    purposeCountersign: '主管复核签名（须为客服主任）。',
    purposeAmend: '记录更正（须为客服主任）。',
    wrongPerson: '工号 {staff} 不符合这次签名。',
  },
  en: {
    title: 'Duty handover · Harbour View Gardens customer service centre',
    skip: 'Skip to main content',
    estate: 'Harbour View Gardens',
    centre: 'Management Office · Customer Service Centre',
    language: 'Language',
    nav: 'Main menu',
    navHome: 'Home',
    navRoster: 'Duty roster',
    navHandover: 'Duty handover',
    navCases: 'Resident cases',
    navNotices: 'Notices',
    heading: 'Front-desk duty handover',
    lead: 'Before handing over, go through every item face to face with the incoming colleague, count the shared items and sign the handover record.',
    footer: 'Harbour View Gardens Management Office · 24-hour hotline 2345 6789',
    demoTitle: 'Demo controls',
    demoNote:
      'Demo only: the roster lists S-101 陳美玲 (early shift), S-102 黃志強 (middle shift) and S-201 李主任 (customer-service supervisor). To sign, type the staff number.',
    demoClock: 'Demo clock (Beijing time): ',
    jumpPrepare: 'Jump to handover preparation (16:50)',
    jumpHandover: 'Jump to handover time (17:00)',
    jumpMorning: 'Jump to the next morning (09:30)',
    reset: 'Clear the demo records',
    resetConfirm: 'Clear every handover record of this demo?',
    signerTitle: 'Confirm who you are',
    signerStaff: 'Staff number',
    signerHint: 'Demo: type a staff number from the roster. A real portal checks a password or a staff card.',
    cancel: 'Cancel',
    confirm: 'Confirm',
    purposeOutgoing: 'Outgoing person {staff} signs the handover record.',
    purposeIncoming: 'Incoming person {staff} signs the handover record.',
    purposeCountersign: "Supervisor's countersign (a customer-service supervisor).",
    purposeAmend: 'A correction of the record (a customer-service supervisor).',
    wrongPerson: 'Staff number {staff} is not the one for this signature.',
  },
};

const LANG_KEY = 'duty-handover-demo-lang';
const CLOCK_KEY = 'duty-handover-demo-clock-offset';
const SITE_ZONE_OFFSET = '+08:00'; // reg7's Asia/Shanghai: no daylight saving
const panel = document.querySelector('duty-handover');

function strings() {
  return STRINGS[document.documentElement.lang] ?? STRINGS['zh-Hant'];
}

function fill(template, params) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => params[name] ?? whole);
}

function setLanguage(lang) {
  const text = STRINGS[lang];
  if (!text) return;
  document.documentElement.lang = lang;
  document.title = text.title;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = text[node.dataset.i18n];
  for (const node of document.querySelectorAll('[data-i18n-label]')) {
    node.setAttribute('aria-label', text[node.dataset.i18nLabel]);
  }
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  for (const widget of document.querySelectorAll('duty-handover')) widget.setAttribute('lang', lang);
  showClock();
}

function remembered(storage, key) {
  try {
    return storage.getItem(key);
  } catch {
    return null; // storage blocked: the page still works, it just forgets
  }
}

function remember(storage, key, value) {
  try {
    storage.setItem(key, value);
  } catch {
    // not remembered, nothing else lost
  }
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    setLanguage(button.dataset.lang);
    remember(localStorage, LANG_KEY, button.dataset.lang);
  });
}

// ——— The demo clock ——————————————————————————————————————————————————————

let offset = Number(remembered(sessionStorage, CLOCK_KEY) ?? 0) || 0;
const demoNow = () => new Date(Date.now() + offset);

/** The site's calendar day of an instant, `yyyy-MM-dd`. */
function siteDay(date) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(date);
}

function showClock() {
  const output = document.getElementById('demo-now');
  if (!output) return;
  output.textContent = new Intl.DateTimeFormat(document.documentElement.lang || 'zh-Hant', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(demoNow());
}

/** Moves the demo clock forward to the next `time` (site time); never back, as records are kept in time order. */
function jumpTo(time, { nextDay = false } = {}) {
  const now = demoNow();
  let day = siteDay(now);
  let target = new Date(`${day}T${time}:00${SITE_ZONE_OFFSET}`);
  if (nextDay || target <= now) {
    day = siteDay(new Date(target.getTime() + 24 * 3600 * 1000));
    target = new Date(`${day}T${time}:00${SITE_ZONE_OFFSET}`);
  }
  offset = target.getTime() - Date.now();
  remember(sessionStorage, CLOCK_KEY, String(offset));
  panel.clock = () => demoNow().toISOString();
  showClock();
}

for (const button of document.querySelectorAll('[data-jump]')) {
  button.addEventListener('click', () => {
    const jump = button.dataset.jump;
    if (jump === 'prepare') jumpTo('16:50');
    else if (jump === 'handover') jumpTo('17:00');
    else jumpTo('09:30');
  });
}

document.getElementById('demo-reset')?.addEventListener('click', () => {
  if (!window.confirm(strings().resetConfirm)) return;
  const request = indexedDB.deleteDatabase('duty-handover/harbour-view/front-desk');
  const done = () => {
    remember(sessionStorage, CLOCK_KEY, '0');
    location.reload();
  };
  request.onsuccess = done;
  request.onerror = done;
});

setInterval(showClock, 15_000);

// ——— The roster: yesterday, today and tomorrow, as the roster module would give it ———

const STAFF = [
  { id: 'S-101', name: '陳美玲', roles: ['duty-officer'] },
  { id: 'S-102', name: '黃志強', roles: ['duty-officer'] },
  { id: 'S-103', name: '張家豪', roles: ['duty-officer'] },
  { id: 'S-201', name: '李主任', roles: ['cs-supervisor'] },
];

function sampleRoster() {
  const today = demoNow();
  const days = [-1, 0, 1, 2].map((shift) => siteDay(new Date(today.getTime() + shift * 24 * 3600 * 1000)));
  return {
    site: 'harbour-view',
    staff: STAFF,
    assignments: days.flatMap((date) => [
      { staff: 'S-101', date, shift: 'early', post: 'front-desk' },
      { staff: 'S-102', date, shift: 'middle', post: 'front-desk' },
    ]),
  };
}

// ——— The identity check: an accessible dialog asking for the staff number ———

const dialog = document.getElementById('signer');
const staffInput = document.getElementById('signer-staff');
const purpose = document.getElementById('signer-purpose');
const errorLine = document.getElementById('signer-error');
// Not a submit button: Enter in the staff number field must confirm, never cancel.
document.getElementById('signer-cancel').addEventListener('click', () => {
  dialog.close('cancel');
});

/** What the widget calls before a signature, a countersign or a correction. */
function demoSigner(request) {
  const text = strings();
  purpose.textContent =
    request.role === 'outgoing'
      ? fill(text.purposeOutgoing, { staff: request.staffId ?? '' })
      : request.role === 'incoming'
        ? fill(text.purposeIncoming, { staff: request.staffId ?? '' })
        : request.role === 'countersign'
          ? text.purposeCountersign
          : text.purposeAmend;
  errorLine.textContent = '';
  staffInput.value = '';
  staffInput.removeAttribute('aria-invalid');
  const accepts = (staffId) => {
    const person = STAFF.find((candidate) => candidate.id === staffId);
    if (!person) return undefined;
    if (request.role === 'outgoing' || request.role === 'incoming') {
      return staffId === request.staffId ? person : undefined;
    }
    return person.roles.includes(request.policyRole ?? 'cs-supervisor') ? person : undefined;
  };
  return new Promise((resolve) => {
    const form = dialog.querySelector('form');
    const onSubmit = (event) => {
      if (event.submitter?.value !== 'ok') return;
      const staffId = staffInput.value.trim();
      if (accepts(staffId) === undefined) {
        event.preventDefault();
        errorLine.textContent = fill(text.wrongPerson, { staff: staffId || '—' });
        staffInput.setAttribute('aria-invalid', 'true');
        staffInput.focus();
      }
    };
    const onClose = () => {
      form.removeEventListener('submit', onSubmit);
      dialog.removeEventListener('close', onClose);
      const person = dialog.returnValue === 'ok' ? accepts(staffInput.value.trim()) : undefined;
      resolve(person ? { staffId: person.id, name: person.name } : null);
    };
    form.addEventListener('submit', onSubmit);
    dialog.addEventListener('close', onClose);
    dialog.returnValue = '';
    dialog.showModal();
    staffInput.focus();
  });
}

panel.roster = sampleRoster();
panel.signer = demoSigner;
panel.clock = () => demoNow().toISOString();

// `?lang=en` (handy for screenshots) wins over the remembered choice.
const params = new URLSearchParams(location.search);
const requested = params.get('lang') ?? remembered(localStorage, LANG_KEY);
if (requested && requested !== document.documentElement.lang) setLanguage(requested);
// `?view=history` opens a view directly (screenshots, links from elsewhere in the portal).
if (params.get('view')) panel.setAttribute('view', params.get('view'));
showClock();
