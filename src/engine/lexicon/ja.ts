/** Japanese. Sources: Exchange/Outlook (ja), docomo/au/SoftBank and Japanese hosting report texts; auto-reply and receipt subjects as the clients write them. */
import type { Lexicon } from './types';

export const ja: Lexicon = {
  lang: 'ja',
  bounceSubject: ['配信不能', '配送エラー', '配信エラー', 'エラー', '未達', '送信失敗', '返送', '配信', '届きませんでした'],
  delaySubject: ['配信遅延', '遅延'],
  bounceBody: ['配信できませんでした', '届けることができませんでした', '送信できませんでした', '配送できませんでした'],
  autoReplySubject: ['自動応答', '自動返信', '不在', '休暇'],
  autoReplyBody: ['不在にしております', '不在のため', '休暇中', '自動返信', '自動応答'],
  readReceiptSubject: ['開封済み', '開封確認'],
  challengeBody: ['確認のため'],
};
