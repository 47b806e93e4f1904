import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../policy/resolve.js';
import { checkReplyWording } from './wording.js';

// cs-department lists both FCR-4.7's and CSD-0.7's replies, in all three locales.
const policy = resolvePolicy('cs-department');

/** Replies a customer may hear: none of them may be flagged. */
const POLITE: readonly string[] = [
  // The brief's tricky ones: they share words with forbidden replies.
  '我知道怎麼辦',
  '有辦法的',
  'this is my responsibility',
  'I don’t know yet, but I will find out by 5 pm',
  "I don't know yet, but I will find out by 5 pm.",
  "I'm not clear about that yet; let me check with engineering and call you back.",
  // Asking the caller to repeat (聽不清楚 / 看不清楚 are about hearing and seeing).
  '對不起,我聽不清楚,請您再說一遍好嗎?',
  '对不起,我听不清楚,麻烦您再说一遍。',
  '不好意思,證件上的字我看不清楚,請您再出示一下。',
  // Chinese, traditional.
  '您好,請問有什麼可以幫到您?',
  '有辦法的,請您放心。',
  '這件事由我負責跟進,今天下午五點前回覆您。',
  '我幫您查清楚後再回覆您。',
  '我會親自跟進,直到問題解決。',
  '麻煩您留下電話,我下午三點前回電。',
  '請問您方便甚麼時候讓師傅上門?',
  '我們已經通知保安部,五分鐘內到場。',
  '這是我應當做的,不用客氣。',
  '歡迎您下次再來。',
  '我們的規定是這樣的,我給您解釋原因。',
  '請您放心,我們今天內完成維修。',
  '您好，我們已安排工程師上門。',
  'ＯＫ，我現在幫您處理。',
  '我已經知道問題所在,正在安排。',
  '很抱歉,這個情況我先請示主管,十五分鐘內回覆您。',
  // Chinese, simplified.
  '请稍等,我帮您联系工程部。',
  '这件事我来跟进,明天上午十点前给您答复。',
  '您反映的问题我已经登记,工程部今天会上门。',
  '谢谢您的耐心,我们马上处理。',
  '没关系,这是我应当做的。',
  '您看这样处理可以吗?',
  '我已经把您的问题转给工程部,并会全程跟进。',
  '很抱歉让您久等了。',
  '我明白了,马上为您安排。',
  '维修费用的规定我给您详细解释一下。',
  '如果有任何问题,请随时联系我。',
  '这个问题我需要请示主管,半小时内回电给您。',
  '您不用担心,我们会处理好的。',
  '系统正在维护,我先帮您手工登记。',
  '您的意见我会转达给管理处经理。',
  '我马上为您查询,请稍候。',
  // English.
  'Let me find out and get back to you within the hour.',
  'I will take care of it personally.',
  'I know exactly what to do, please leave it with me.',
  "That is my job, and I'm glad to help.",
  'We can deal with that today.',
  "I'll ask the department myself and call you back.",
  "There is something I can do: I'll book the technician now.",
  'Thank you for your patience.',
  'I understand, let me arrange it.',
  'Could you repeat that, please?',
  "I'm sorry, the line is unclear; could you say that again?",
  'Good morning, how can I help you?',
  'We are responsible for the lobby, so we will fix it.',
  "I don't knowingly leave anyone waiting.",
  'Let me look into the problem for you.',
  'No rush at all, take your time.',
  'The system shows your payment was received.',
];

/** Replies that must be caught: [text, the phrase reported, what was written]. */
const BAD: readonly (readonly [string, string, string])[] = [
  // FCR-4.7's own three, and their variants.
  ['不知道。', '不知道', '不知道'],
  ['這個我不知道。', '不知道', '不知道'],
  ['您不知道也沒關係', '不知道', '不知道'],
  ['不 知 道', '不知道', '不 知 道'],
  ['不－知－道！', '不知道', '不－知－道'],
  ['我暫時不知道', '不知道', '不知道'],
  ['沒辦法,你等吧。', '沒辦法', '沒辦法'],
  ['沒 辦 法', '沒辦法', '沒 辦 法'],
  ['没辦法', '沒辦法', '没辦法'],
  ['实在没办法', '没办法', '没办法'],
  ['這不歸我管。', '不歸我管', '不歸我管'],
  ['不归我管！', '不归我管', '不归我管'],
  ['I don’t know.', "I don't know", 'I don’t know'],
  ['i dont know', "I don't know", 'i dont know'],
  ["I DON'T KNOW!", "I don't know", "I DON'T KNOW"],
  ['Ｉ ｄｏｎ’ｔ ｋｎｏｗ', "I don't know", 'Ｉ ｄｏｎ’ｔ ｋｎｏｗ'],
  ['I don’t know what you mean.', "I don't know", 'I don’t know'],
  ["THERE'S NOTHING I CAN DO", "There's nothing I can do", "THERE'S NOTHING I CAN DO"],
  ["That's not my job, sir.", "That's not my job", "That's not my job"],
  ['Thats not my job', "That's not my job", 'Thats not my job'],
  ['抱歉 That’s not my job 哦', "That's not my job", 'That’s not my job'],
  ['好的, but I don’t know.', "I don't know", 'I don’t know'],
  // The rest of FCR-4.7's list.
  ['這個我不清楚。', '不清楚', '不清楚'],
  ['我也搞不清楚', '不清楚', '不清楚'],
  ['這與我無關,你去問別人。', '這與我無關', '這與我無關'],
  ['这与我无关', '这与我无关', '这与我无关'],
  ['這不是我的事', '這不是我的事', '這不是我的事'],
  ['你去找別的部門吧', '你去找別的部門吧', '你去找別的部門吧'],
  ['你去找别的部门吧!', '你去找别的部门吧', '你去找别的部门吧'],
  ['這事我們管不了。', '這事我們管不了', '這事我們管不了'],
  ['你自己去問吧', '你自己去問吧', '你自己去問吧'],
  ['妳自己去問吧', '你自己去問吧', '妳自己去問吧'],
  ['找我也沒用', '找我也沒用', '找我也沒用'],
  ['這不歸我們負責', '這不歸我們負責', '這不歸我們負責'],
  ['你找別人吧', '你找別人吧', '你找別人吧'],
  ['以後再說吧', '以後再說吧', '以後再說吧'],
  ['That has nothing to do with me.', 'That has nothing to do with me', 'That has nothing to do with me'],
  ["That's not my problem.", "That's not my problem", "That's not my problem"],
  ['Go and ask another department.', 'Go and ask another department', 'Go and ask another department'],
  ["We can't deal with that.", "We can't deal with that", "We can't deal with that"],
  ['Go and ask them yourself!', 'Go and ask them yourself', 'Go and ask them yourself'],
  ["There's no point asking me.", "There's no point asking me", "There's no point asking me"],
  ["We're not responsible for that.", "We're not responsible for that", "We're not responsible for that"],
  ['Find someone else.', 'Find someone else', 'Find someone else'],
  [
    "We'll deal with it some other time.",
    "We'll deal with it some other time",
    "We'll deal with it some other time",
  ],
  // CSD-0.7's curt language, shifted blame and blaming the customer.
  ['急甚麼？', '急甚麼', '急甚麼'],
  ['急什麼', '急甚麼', '急什麼'],
  ['說了你也不懂', '說了你也不懂', '說了你也不懂'],
  ['沒看見我正忙著嗎?', '沒看見我正忙著嗎', '沒看見我正忙著嗎'],
  ['没看见我正忙着吗', '没看见我正忙着吗', '没看见我正忙着吗'],
  ['你自己看著辦', '你自己看著辦', '你自己看著辦'],
  ['規定就是這樣,沒得商量!', '規定就是這樣,沒得商量', '規定就是這樣,沒得商量'],
  ['规定就是这样，没得商量。', '规定就是这样,没得商量', '规定就是这样，没得商量'],
  ['這是別的同事弄的', '這是別的同事弄的', '這是別的同事弄的'],
  ['是上面定的，跟我沒關係', '是上面定的,跟我沒關係', '是上面定的，跟我沒關係'],
  ['都是系統的問題', '都是系統的問題', '都是系統的問題'],
  ['你怎麼不早說', '你怎麼不早說', '你怎麼不早說'],
  ['是你自己沒看清楚', '是你自己沒看清楚', '是你自己沒看清楚'],
  ['誰讓你不按規定來', '誰讓你不按規定來', '誰讓你不按規定來'],
  ['這是你自己的問題', '這是你自己的問題', '這是你自己的問題'],
  ["What's the rush?", "What's the rush", "What's the rush"],
  ["You wouldn't understand.", "You wouldn't understand", "You wouldn't understand"],
  ["Can't you see I'm busy?", "Can't you see I'm busy", "Can't you see I'm busy"],
  ['Sort it out yourself.', 'Sort it out yourself', 'Sort it out yourself'],
  [
    'Rules are rules - end of discussion.',
    'Rules are rules, end of discussion',
    'Rules are rules - end of discussion',
  ],
  ["It's the system's fault.", "It's the system's fault", "It's the system's fault"],
  ["You didn't read it properly.", "You didn't read it properly", "You didn't read it properly"],
  ["That's your own problem.", "That's your own problem", "That's your own problem"],
];

describe('checkReplyWording (FCR-4.7, CSD-0.7)', () => {
  it('holds at least 50 polite and 50 forbidden replies', () => {
    expect(POLITE.length).toBeGreaterThanOrEqual(50);
    expect(BAD.length).toBeGreaterThanOrEqual(50);
  });

  it.each(POLITE)('passes a polite reply: %s', (text) => {
    expect(checkReplyWording(text, policy)).toEqual([]);
  });

  it.each(BAD)('catches %s as "%s"', (text, phrase, written) => {
    const matches = checkReplyWording(text, policy);
    expect(matches.map((match) => match.phrase)).toContain(phrase);
    for (const match of matches) expect(text.slice(match.start, match.end)).toBe(match.text);
    expect(matches.find((match) => match.phrase === phrase)?.text).toBe(written);
  });

  it('reports positions in the original text, past wide characters and spaces', () => {
    const text = '😀 您好!I  DON’T know, 沒 辦 法。';
    expect(
      checkReplyWording(text, policy).map(({ phrase, locale, start, end, text: written }) => [
        phrase,
        locale,
        start,
        end,
        written,
      ]),
    ).toEqual([
      ["I don't know", 'en', 6, 19, 'I  DON’T know'],
      ['沒辦法', 'zh-Hant', 21, 26, '沒 辦 法'],
    ]);
  });

  it('says which list a phrase came from, preferring the locale asked for', () => {
    expect(checkReplyWording('没办法', policy)[0]).toMatchObject({ phrase: '没办法', locale: 'zh-Hans' });
    expect(checkReplyWording('沒辦法', policy)[0]).toMatchObject({ phrase: '沒辦法', locale: 'zh-Hant' });
    expect(checkReplyWording('沒辦法', policy, { locale: 'zh-Hans' })[0]).toMatchObject({
      phrase: '没办法',
      locale: 'zh-Hans',
    });
    // Every list is searched whatever the locale: a Chinese reply may slip into English.
    expect(checkReplyWording('好的, I don’t know', policy, { locale: 'zh-Hans' })[0]).toMatchObject({
      locale: 'en',
    });
  });

  it('carries the message and the clauses the policy cites for its list', () => {
    expect(checkReplyWording('不知道', policy)[0]).toMatchObject({
      clauses: ['FCR-4.7', 'CSD-0.7'],
      messageId: 'case.forbidden-reply',
      params: { phrase: '不知道' },
    });
    expect(checkReplyWording('不知道', resolvePolicy('reg7'))[0]?.clauses).toEqual(['FCR-4.7']);
    expect(checkReplyWording('不知道', resolvePolicy('taikoo-front-desk'))[0]?.clauses).toEqual([
      'FCR-4.7',
      'CSD-0.7',
    ]);
  });

  it('lets the policy list decide: reg7 lists only first-contact replies', () => {
    const reg7 = resolvePolicy('reg7');
    expect(checkReplyWording('急什么', reg7)).toEqual([]);
    expect(checkReplyWording('急什么', policy)).toHaveLength(1);
    const site = resolvePolicy('reg7', {
      cases: {
        forbiddenReplies: { 'zh-Hant': ['不知道', '我不知道'], 'zh-Hans': ['随便你'], en: ['whatever'] },
      },
    });
    // A match inside a longer one is dropped; every occurrence is reported, in text order.
    expect(checkReplyWording('我不知道,随便你,WHATEVER', site).map((match) => match.phrase)).toEqual([
      '我不知道',
      '随便你',
      'whatever',
    ]);
    // Only the characters of the table fold: a phrase with others is found in the script it is listed in.
    expect(checkReplyWording('隨便你', site)).toEqual([]);
  });

  it('reports every forbidden reply of a long text, once each', () => {
    const text = '這不歸我管,我不知道,你去找別的部門吧。';
    expect(checkReplyWording(text, policy).map((match) => match.text)).toEqual([
      '不歸我管',
      '不知道',
      '你去找別的部門吧',
    ]);
  });

  it('passes empty text and text of punctuation only', () => {
    expect(checkReplyWording('', policy)).toEqual([]);
    expect(checkReplyWording(' ,。!? ', policy)).toEqual([]);
  });
});
