/** Japanese words of delivery notices, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const JA: LanguageLexicon = {
  lang: 'ja',
  bounceSubject: [
    { text: 'エラー', source: "Japanese carrier notices (docomo, au) 'エラー'" },
    { text: '配信', source: "Japanese delivery notices '配信…'" },
    { text: '未達', source: "Japanese delivery notices '未達'" },
  ],
  autoReplySubject: [
    { text: '自動応答', source: "Japanese auto-reply subjects '自動応答'" },
    { text: '自動返信', source: "Outlook Japanese '自動返信:'" },
    { text: '不在', source: "Japanese out-of-office subjects '不在'" },
  ],
  exchangeHeading: [
    { text: '次の受信者またはグループへの配信に失敗しました', source: 'Exchange Online / Exchange 2013+ NDR template heading (ja)' },
  ],
  exchangeBoilerplate: [{ text: '管理者向けの診断情報', source: 'Exchange Online / Exchange 2013+ NDR template section (ja)' }],
  groupsProductName: [{ text: 'Google グループ', source: 'Google Groups refusal notice (ja); matched as written' }],
  cannotDeliverSubject: [{ text: 'メッセージを配信できません', source: 'Trend Micro InterScan notice subject (ja)' }],
};
