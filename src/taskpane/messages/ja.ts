/**
 * Pane-only words (Japanese), in ICU MessageFormat; same keys as PANE_EN, checked by the compiler.
 * Terms follow docs/glossary/ja.md; Japanese plurals use `other` only.
 */
import type { PaneMessages } from './en';

export const PANE_JA: PaneMessages = {
  // Verdict and summary
  summaryTitle: '{recipients, plural, other {受信者 # 件}}、{causes, plural, other {原因 # 件}}',
  summaryCount: '{count, plural, other {受信者 # 件}}',
  andMore: 'ほか {count} 件',
  codeCaption: 'コード {code}',
  noCode: 'エラー コードの記載なし',
  // Primary actions, by who must act
  actionDraft: 'IT への報告を作成',
  actionDraftCompose: 'この下書きを IT への報告にする',
  actionDraftDone: '報告を作成しました',
  actionCopyReport: 'IT への報告をコピー',
  actionCopyReportDone: '報告をコピーしました',
  actionCopyReportHint:
    'この Outlook では、アドインから新しいメッセージを開けません。報告をコピーし、IT ヘルプデスク宛てのメッセージに貼り付けてください。',
  actionFixSuggestion: '{address} ではなく {corrected} 宛てに再送信してください。',
  actionFixCopy: '{corrected} をコピー',
  actionFixGeneric: '修正すること: {step}',
  actionFixCopyAddress: '確認するアドレスをコピー',
  actionTell: '受信者へのメモをコピー',
  actionTellHint: 'チャットや携帯電話のメッセージなど、別の方法で相手に送ってください。あなたのメールは相手に届いていません。',
  actionTellNote:
    'お世話になっております。「{subject}」の件で {address} 宛てにメールをお送りしましたが、届かずに戻ってきました: {title} (コード {code})。お手数ですが、ご自身または IT 部門でご確認いただけますでしょうか。よろしくお願いいたします。',
  actionWaitUntil:
    '今は何もする必要はありません。{when} 以降にもう一度確認してください。それまでメール サーバーが再試行を続け、最終的に失敗した場合は通知します。',
  actionWait:
    '今は何もする必要はありません。数時間後にもう一度確認してください。メール サーバーが再試行を続け (通常は最大 2 日間)、最終的に失敗した場合は通知します。',
  actionNone: '対応は必要ありません。このメッセージは削除してかまいません。',
  actionCopied: 'コピーしました。',
  actionCopyFailed: 'ここではコピーできませんでした。下のテキストを選択して、ご自身でコピーしてください。',
  secondaryDraft: 'それでも IT への報告を作成する',
  // Report step
  reportStepTitle: 'IT への報告',
  reportStepHint: 'アドレスを確認し、必要なら試したことを書き添えてから、下書きを開いてください。ご自身で送信するまで何も送信されません。',
  reportLanguage: '報告の言語',
  reportCreate: '下書きを開く',
  reportCreateCompose: 'この下書きに報告を入れる',
  reportAlreadyDrafted: '報告はすでに作成済みです。Outlook で確認してから、ご自身で送信してください。',
  reportInvalidTo: 'ヘルプデスクのアドレスが有効でないため、[宛先] は空のままです。下書きで入力してください。',
  mailtoCut: 'メール アプリのリンクには報告の冒頭しか入りません。全文は「報告をコピー」で取得してください。',
  // Helpdesk field
  helpdeskHintPlain: '報告の送信先です。',
  helpdeskRemember: 'このアドレスを記憶する',
  helpdeskSavedNow: 'メールボックスの設定に保存しました。',
  helpdeskSaveFailed: 'アドレスを保存できませんでした。今回の報告には使用されます。',
  helpdeskInvalidHint: '1 つのメール アドレスではないようです。このまま報告を作成し、[宛先] をご自身で入力することもできます。',
  settingsTitle: '設定',
  // Loading and Outlook failures
  slowOutlook:
    'Outlook からのメッセージの受け渡しに時間がかかっています。アドインが再試行している間に、配信不能レポートを貼り付けるか、保存したファイルを選ぶか、ここにドロップできます。',
  readFailedPlain:
    'Outlook からこのメッセージを受け取れませんでした。テキストを貼り付けるか、保存したファイルを選ぶか、ここにドラッグしてください。',
  readTimedOut:
    'Outlook が時間内に応答しませんでした。配信不能レポートのテキストを貼り付けるか、保存したファイルを選ぶか、ここにドラッグしてください。',
  failureDetails: '詳細',
  stillTrying: 'Outlook からメッセージを読み込もうとしています\u2026',
  // Not a bounce
  notBounceJudged: '「{subject}」({source}) は配信不能レポートではないようです。配信レポートもエラー コードも含まれていません。',
  notBounceNext:
    '配信不能レポートが別のメッセージの場合は、それを選択して [再読み込み] を選ぶか、配信不能レポートのテキストを下に貼り付けてください。',
  autoReplyJudged: '「{subject}」は自動応答 (不在時の応答など) です。あなたのメッセージは配信されています。対応は必要ありません。',
  // Technical details, in words
  techRecipient: '受信者: {address}',
  techCode: 'コード: {code}',
  techServerSaid: 'サーバーの応答: {text}',
  techRemote: 'サーバー {host} が拒否しました',
  techReporting: '{host} が報告しました',
  techCommand:
    '{command, select, MAIL {あなたのアドレスを伝えた時点 (MAIL FROM)} RCPT {受信者のアドレスを伝えた時点 (RCPT TO)} DATA {メッセージ本体を送った時点 (DATA)} other {サーバーに {command} を送った時点}}で拒否されました',
  techEvidence: '根拠: 「{text}」',
  linkLabel: '{host}: {page}',
  // Announcements
  announceVerdict: '結果: {title}',
  announceSummary: '結果: {summary}。最初の原因: {title}',
  announceDraftBusy: '報告を準備しています。',
};
