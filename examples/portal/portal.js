// The demo portal's language switch. The widget itself needs no script:
// setting its `lang` attribute is all a portal does to change its language.
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
  },
};

const STORAGE_KEY = 'duty-handover-demo-lang';

function setLanguage(lang) {
  const strings = STRINGS[lang];
  if (!strings) return;
  document.documentElement.lang = lang;
  document.title = strings.title;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = strings[node.dataset.i18n];
  for (const node of document.querySelectorAll('[data-i18n-label]')) {
    node.setAttribute('aria-label', strings[node.dataset.i18nLabel]);
  }
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  for (const widget of document.querySelectorAll('duty-handover')) widget.setAttribute('lang', lang);
}

function remembered() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked: the switch still works for this page
  }
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    setLanguage(button.dataset.lang);
    try {
      localStorage.setItem(STORAGE_KEY, button.dataset.lang);
    } catch {
      // not remembered, nothing else lost
    }
  });
}

// `?lang=en` (handy for screenshots) wins over the remembered choice.
const requested = new URLSearchParams(location.search).get('lang') ?? remembered();
if (requested && requested !== document.documentElement.lang) setLanguage(requested);
