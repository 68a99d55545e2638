/** Japanese (ja). The legacy heading and admin heading from Microsoft's ja-JP pages; the rest by analogy. */
import { analogy, ms } from './types';
import type { Lexicon } from './types';

const KB = 'https://support.microsoft.com/ja-jp/help/2743451';
const POSTMASTER =
  'https://support.microsoft.com/ja-jp/office/failed-delivery-messages-from-the-postmaster-at-outlook-com-microsoft-com-or-service-microsoft-com-eb34d15e-1251-4802-995d-78917ecb1de6';

export const ja: Lexicon = {
  lang: 'ja',
  exchange: {
    failedHeading: ms(KB, '次の受信者またはグループへの配信に失敗しました:'),
    delayedHeading: analogy('次の受信者またはグループへの配信が遅延しています:'),
    deliveredHeading: analogy('メッセージは次の受信者に配信されました:'),
    rejectedBy: analogy('が次のメール アドレスへのメッセージを拒否しました', 'が次の電子メール アドレスへのメッセージを拒否しました'),
    gaveError: analogy('から次のエラーが返されました'),
    adminHeading: ms(POSTMASTER, '管理者向けの診断情報:'),
    generatingServer: analogy('生成サーバー:'),
    receivingServer: analogy('受信サーバー:'),
    originalHeaders: analogy('元のメッセージ ヘッダー:'),
    stillTrying: analogy('このメッセージはまだ配信されていません', 'サーバーはこのメッセージの配信を引き続き試行します'),
    couldNotDeliver: analogy('{rcpt} へのメッセージを配信できませんでした', '{rcpt} にメッセージを配信できませんでした'),
    actionRequired: analogy('対処が必要', 'アクションが必要'),
    senderLabel: analogy('送信者'),
    recipientLabel: analogy('受信者'),
    howToFix: analogy('修正方法'),
    moreInfo: analogy('メール管理者向けの詳細情報'),
    statusCode: analogy('状態コード:', 'ステータス コード:'),
    originalDetails: analogy('元のメッセージの詳細'),
    errorDetails: analogy('エラーの詳細'),
    reportedError: analogy('報告されたエラー:'),
    dsnGeneratedBy: analogy('DSN の生成元:'),
    senderAddress: analogy('送信者のアドレス:'),
    recipientAddress: analogy('受信者のアドレス:'),
    messageHops: analogy('メッセージ ホップ'),
    failedSubject: analogy('配信不能:'),
    delayedSubject: analogy('配信の遅延:', '配信遅延:'),
    deliveredSubject: analogy('配信済み:'),
  },
  forward: {
    from: analogy('差出人'),
    sent: analogy('送信日時'),
    to: analogy('宛先'),
    cc: analogy('CC'),
    subject: analogy('件名'),
    date: analogy('日付'),
    separator: analogy('-----Original Message-----', '-----元のメッセージ-----'),
    prefix: analogy('FW:', '転送:'),
  },
  autoReplySubject: analogy('自動応答:', '自動返信:'),
};
