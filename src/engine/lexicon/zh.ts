/** Chinese. Sources: Exchange/Outlook (zh-CN, zh-TW), QQ/163/Sina report texts; auto-reply and receipt subjects as the clients write them. */
import type { Lexicon } from './types';

export const zh: Lexicon = {
  lang: 'zh',
  bounceSubject: ['无法投递', '退信', '投递失败', '發送失敗', '发送失败', '无法送达', '未送达', '系统退信', '無法傳遞'],
  delaySubject: ['延迟', '延遲'],
  bounceBody: ['无法投递', '无法送达', '投递失败', '無法傳遞', '未能送达'],
  autoReplySubject: ['自动回复', '自動回覆', '自动答复', '休假', '不在办公室', '外出'],
  autoReplyBody: ['我不在办公室', '我目前不在', '休假中', '自动回复', '我正在休假', '自動回覆'],
  readReceiptSubject: ['已读:', '已读：', '已讀:', '已讀：', '已读回执'],
  challengeBody: ['请验证您是'],
};
