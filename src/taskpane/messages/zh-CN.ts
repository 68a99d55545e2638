/**
 * Pane-only words in Simplified Chinese (ICU MessageFormat), key for key with en.ts; terms follow
 * docs/glossary/zh-CN.md. Typed as `PaneMessages`, so a missing or unknown key is a compile error.
 */
import type { PaneMessages } from './en';

export const PANE_ZH_CN: PaneMessages = {
  // Verdict and summary
  summaryTitle: '{recipients, plural, other {# 个收件人}}，{causes, plural, other {# 个原因}}',
  summaryCount: '{count, plural, other {# 个收件人}}',
  andMore: '另外还有 {count} 个原因',
  codeCaption: '代码 {code}',
  noCode: '未提供错误代码',
  // Primary actions, by who must act
  actionDraft: '起草给 IT 的报告',
  actionDraftCompose: '将此草稿转为 IT 报告',
  actionDraftDone: '报告已起草',
  actionCopyReport: '复制给 IT 的报告',
  actionCopyReportDone: '报告已复制',
  actionCopyReportHint: '此版本的 Outlook 无法通过加载项打开新邮件。请复制报告，并将其粘贴到发给 IT 支持的邮件中。',
  actionFixSuggestion: '请重新发送到 {corrected}，而不是 {address}。',
  actionFixCopy: '复制 {corrected}',
  actionFixGeneric: '需要修正的内容：{step}',
  actionFixCopyAddress: '复制需要检查的地址',
  actionTell: '复制一段给收件人的留言',
  actionTellHint: '请通过其他方式（例如聊天或短信）发给对方：你的邮件没有送达对方。',
  // A note the user sends to an outside contact: polite 您, as a Chinese business message would.
  actionTellNote:
    '您好，我曾给您（{address}）发送一封关于“{subject}”的邮件，但被退回了：{title}（代码 {code}）。能否请您或您的 IT 团队查看一下？谢谢。',
  actionWaitUntil: '暂时无需操作。请在 {when} 之后再查看：在此之前邮件服务器会继续尝试，如果最终失败会通知你。',
  actionWait: '暂时无需操作。请过几小时再查看：邮件服务器会继续尝试（通常最多两天），如果最终失败会通知你。',
  actionNone: '无需操作。你可以删除这封邮件。',
  actionCopied: '已复制。',
  actionCopyFailed: '此处无法复制。请选中下面的文本并自行复制。',
  secondaryDraft: '仍然起草给 IT 的报告',
  // Report step
  reportStepTitle: '给 IT 的报告',
  reportStepHint: '检查地址，如有需要可补充你已尝试过的操作，然后打开草稿。在你亲自发送之前，不会发送任何内容。',
  reportLanguage: '报告的语言',
  reportCreate: '打开草稿',
  reportCreateCompose: '将报告放入此草稿',
  reportAlreadyDrafted: '报告已起草。请在 Outlook 中检查，然后自行发送。',
  reportInvalidTo: 'IT 支持地址无效，因此“收件人”留空：请在草稿中填写。',
  mailtoCut: '邮件应用链接只包含报告的开头部分；请使用“复制报告”获取全文。',
  // Helpdesk field
  helpdeskHintPlain: '报告的发送目标。',
  helpdeskRemember: '记住此地址',
  helpdeskSavedNow: '已保存在你的邮箱设置中。',
  helpdeskSaveFailed: '无法保存该地址。此报告仍会使用它。',
  helpdeskInvalidHint: '这看起来不像是一个电子邮件地址。你仍可以起草报告，然后自行填写“收件人”。',
  settingsTitle: '设置',
  // Loading and Outlook failures
  slowOutlook: 'Outlook 提供邮件的速度较慢。在加载项继续尝试的同时，你可以粘贴退信内容、选择已保存的文件，或将其拖放到此处。',
  readFailedPlain: 'Outlook 没有提供这封邮件。请粘贴其文本、选择已保存的文件，或将其拖到此处。',
  readTimedOut: 'Outlook 没有及时响应。请粘贴退信文本、选择已保存的文件，或将其拖到此处。',
  failureDetails: '详细信息',
  stillTrying: '仍在尝试从 Outlook 读取邮件…',
  // Not a bounce
  notBounceJudged: '“{subject}”（{source}）看起来不像退信：其中没有送达报告，也没有错误代码。',
  notBounceNext: '如果退信是另一封邮件，请选中它并选择“重新读取”，或在下面粘贴退信的文本。',
  autoReplyJudged: '“{subject}”是一封自动答复，例如外出通知。你的邮件已送达；无需操作。',
  // Technical details, in words
  techRecipient: '收件人：{address}',
  techCode: '代码：{code}',
  techServerSaid: '服务器返回：{text}',
  techRemote: '被服务器 {host} 拒绝',
  techReporting: '由 {host} 报告',
  // "Refused when …" moves into each option: Chinese puts the time clause before the verb.
  techCommand:
    '{command, select, MAIL {在提供你的地址时被拒绝 (MAIL FROM)} RCPT {在提供收件人地址时被拒绝 (RCPT TO)} DATA {在发送邮件本身时被拒绝 (DATA)} other {在向服务器发送 {command} 时被拒绝}}',
  techEvidence: '依据：“{text}”',
  linkLabel: '{host}：{page}',
  // Announcements
  announceVerdict: '结果：{title}',
  announceSummary: '结果：{summary}。首要原因：{title}',
  announceDraftBusy: '正在准备报告。',
};
