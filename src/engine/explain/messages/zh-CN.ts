/**
 * Simplified Chinese message catalogue (ICU MessageFormat), mirroring en.ts key for key. Terms follow
 * docs/glossary/zh-CN.md (Microsoft's own Simplified Chinese Outlook and Exchange words); the user is
 * addressed as 你. Chinese has one plural category, so every plural keeps only `other`.
 */
import type { EntryId } from '../catalogue';
import type { Message } from '../../i18n/format';
import type { Catalogue, DelayedTexts, EntryTexts } from './en';

const E = (title: Message, summary: Message, steps: readonly Message[], it: readonly Message[], delayed?: DelayedTexts): EntryTexts =>
  delayed === undefined ? { title, summary, steps, it } : { title, summary, steps, it, delayed };

const TELL_RECIPIENT = '通过其他方式（例如电话或聊天）告诉对方，你的邮件没有送达。';
const NO_ACTION_YET = '暂时无需操作：你的邮件服务器会自动继续尝试。';
const AGAIN_LATER = '稍后重新发送这封邮件。';
const SEND_REPORT = '把已准备好的报告发送给 IT 支持；报告中已包含他们需要的全部信息。';
const SPF = 'SPF（允许代表你的域发送邮件的服务器列表）';
const DKIM = 'DKIM（你的服务器加在每封邮件上的数字签名）';
const DMARC = 'DMARC（你的域规定这些检查失败时接收方应如何处理）';

const SPAM_STEPS: readonly string[] = [
  '检查邮件中是否有垃圾邮件筛选器不喜欢的内容：大量链接、短链接、文字很少的大图片，或对方没有预料到的文件。',
  '通过其他方式告诉对方你的邮件被拒绝了，以便对方请其 IT 部门检查。',
  '如果有多人把你的邮件当作垃圾邮件拒收，请告诉你的 IT 部门。',
];

const MAILBOX_DISABLED = E(
  '收件人的邮箱已被禁用',
  '收件人的邮箱存在，但已被停用，例如此人已离职，或帐户已关闭或暂停。',
  [TELL_RECIPIENT, '向对方或其所在组织索取其他地址。'],
  ['如果收件人属于你的组织，请检查该邮箱是否已禁用、未分配许可证或已软删除，并恢复该邮箱或其地址。'],
);

const MAIL_FLOW_RULE = E(
  '一条邮件规则拒绝了这封邮件',
  '邮件管理员设置的规则拒绝了这封邮件。退信中显示了该规则属于哪个组织。',
  ['如果退信中给出了规则的原因（例如被阻止的附件类型），请照此处理后重新发送。', '否则，请把报告发送给 IT 支持：他们可以找到这条规则。'],
  ['找到以此代码拒绝邮件的邮件流（传输）规则 (TRANSPORT.RULES.RejectMessage)：先在你自己租户的邮件跟踪中查找，否则到收件人的组织中查找。'],
);

const NOT_AUTHENTICATED = E(
  '只允许内部发件人',
  '该收件人（邮箱、组或公用文件夹）只接受其组织内部发来的邮件。你的邮件来自外部。',
  ['请该地址的所有者允许外部发件人，或将你添加为允许的发件人。'],
  ['如果收件人属于内部，请清除“要求所有发件人都经过身份验证”，或允许此发件人。'],
);

const NO_DMARC_RECORD = E(
  '你的域缺少接收方要求的策略记录',
  '接收方要求发送域发布一项说明如何检查其邮件的策略，而你的域没有。需要由你的 IT 部门添加。',
  ['暂时不要重新发送；邮件仍会被拒绝。', SEND_REPORT],
  [`为发件人 (From) 域发布 ${DMARC} 记录；对于 Gmail 的批量发件人规则，p=none 即可 (Gmail 4.7.31 / 5.7.40)。`],
);

const DMARC_ALIGNMENT = E(
  '你的发件人地址与邮件的验证不一致',
  '你的发件人地址中的域，不是你的邮件服务器证明其代为发送的域。接收方要求两者一致。',
  ['暂时不要重新发送；邮件仍会被拒绝。', SEND_REPORT],
  [
    '使发件人 (From) 域与 SPF（信封发件人）域或 DKIM 签名域保持一致 (Gmail 4.7.32 / 5.7.32)。',
    `检查每个以你的域名义发送邮件的服务的 ${DMARC} 对齐情况。`,
  ],
);

const SENDER_DENIED = E(
  '你的地址被拒绝',
  '接收服务器拒绝了你的发件人地址。可能是收件人阻止了你，或你的域未通过验证。',
  ['询问收件人是否阻止了你的地址。', '如果其他人也拒收你的邮件，请告诉 IT 部门。'],
  [`检查发送域的 ${SPF}。`, '检查该发件人是否在收件人的阻止列表中。'],
);

const entries: Record<EntryId, EntryTexts> = {
  // ---- special cases ----
  backscatter: E(
    '有人冒用了你的地址',
    '这封退信针对的是一封你从未发送过的邮件。陌生人在他们的邮件上冒用了你的地址，退信因此发回给了你。',
    [
      '不要回复这封退信，也不要打开其中的链接或附件。',
      '删除它。你的邮箱没有发出任何邮件。',
      '如果你收到很多这样的退信，请告诉 IT 支持，以便他们进行筛选。',
    ],
    [
      `检查该域是否已发布 ${SPF}、${DKIM} 和 ${DMARC}，且 DMARC 策略为 quarantine 或 reject。`,
      '检查退回的原始邮件：它不应经过你自己的服务器。',
      '如果此类退信很多，考虑使用反向散射 (backscatter) 筛选器。',
    ],
  ),
  'misspelt-domain': E(
    '地址可能拼写错误',
    '找不到收件人的域 {domain}。你是不是要输入 {suggestion}？',
    [
      '检查地址中 @ 后面的部分：你是不是要输入 {suggestion}？',
      '如果是，请更正地址并重新发送邮件。',
      '如果 Outlook 建议了错误的地址，请将其从自动完成列表中删除：开始键入该地址，然后选择建议旁边的 X。',
    ],
    ['除非地址确实是 {domain}，否则你这边无需检查。'],
  ),
  delayed: E(
    '你的邮件被延迟',
    '你的邮件服务器暂时无法投递这封邮件，正在继续尝试。如果最终失败，你会收到另一封通知。',
    ['现在无需操作。', '如果情况紧急，请通过其他方式（例如电话）联系对方。'],
    ['如果发往此域的邮件持续延迟，请检查其 MX 记录和你的出站连接。', '查看诊断文本中的最新错误。'],
  ),
  'stale-x500': E(
    '使用了过时的已保存地址',
    'Outlook 使用了此联系人已失效的旧保存版本。此人可能仍在使用一个新地址。',
    [
      '在“收件人”框中开始键入姓名，然后选择旧建议旁边的 X，将其从自动完成列表中删除。',
      '重新键入完整的电子邮件地址，或从通讯簿中选择此人。',
      '重新发送邮件。',
    ],
    ['检查该邮箱是否已移动、重新创建或迁移；可能需要将其旧的 LegacyExchangeDN 添加为 X500 代理地址。', '检查脱机通讯簿是否为最新。'],
  ),
  // ---- the sender's own account ----
  'sender-account-held': E(
    '你的帐户需要验证后才能发送邮件',
    '你的邮件提供商已暂停从你的帐户发送邮件，直到你确认是本人操作。收件人的地址没有问题。',
    [
      '在网页上登录你的邮箱（Outlook.com 用户请访问 outlook.com），按提示验证你的帐户。',
      '如果你没有发送过异常大量的邮件，请更改密码。',
      '然后重新发送邮件。',
    ],
    [
      '检查帐户是否有被盗用的迹象：登录记录、收件箱规则、转发。',
      'STOREDRV.Submission OutboundSpamException (WASCL verdict HipSend, ShowTierUpgrade) 是提供商的出站垃圾邮件暂停；只有帐户所有者通过验证才能解除。',
    ],
  ),

  // ---- text-specific ----
  'ms-own-mailbox-full': E(
    '你自己的邮箱已满',
    '你自己的邮箱已超出大小限制，因此无法发送邮件。已发送的邮件也计入限制。',
    ['清空“已删除邮件”，删除或存档较大的旧邮件，包括“已发送邮件”中的邮件。', '腾出空间后重新发送邮件。'],
    [
      'STOREDRV.Submission QuotaExceededException：这是发件人自己的邮箱配额，而不是收件人的。',
      '检查发件人的邮箱配额和“已发送邮件”的保留设置；考虑使用存档邮箱。',
    ],
  ),
  'submission-quota': E(
    '你已达到发送限制',
    '你的帐户一天内发送的收件人数量超过了允许值，因此你自己的邮件服务暂时停止发送。收件人没有问题。',
    [
      '明天再重新发送邮件；限制按最近 24 小时计算。',
      '一次发给较少的人，或向 IT 部门询问适合大型列表的邮件工具。',
      '如果你没有发送那么多邮件，请立即告诉 IT 部门：你的帐户可能被滥用。',
    ],
    [
      'STOREDRV.Submission SubmissionQuotaExceeded：发件人的收件人速率限制（Exchange Online 中为每天 10,000 个收件人）。',
      '检查该帐户最近的发送量，查找被盗用的迹象。',
    ],
  ),
  'ms-dbeb': E(
    '对方的邮件服务不认识此地址',
    '收件人的邮件服务无法识别此地址。地址可能拼写错误或已不存在。',
    ['检查 {recipient} 的拼写。', '通过其他方式向对方询问其当前地址。', '使用正确的地址重新发送。'],
    ['如果收件人属于你自己的组织，请检查该地址是否已同步到 Microsoft 365（基于目录的边缘阻止）。'],
  ),
  'relay-denied': E(
    '服务器拒绝转发这封邮件',
    '某个邮件服务器拒绝将你的邮件转发到收件人的域。这是邮件服务器之间的设置问题，与你的邮件无关。',
    ['暂时不要重新发送：仍会以同样的方式失败。', SEND_REPORT],
    [
      '检查此发送路径的连接器和中继权限。',
      '检查收件人域的 MX 记录是否指向正确的服务器。',
      '如果有设备或应用通过你的服务器发送，请检查它是否允许中继，或是否使用 SMTP AUTH 登录。',
    ],
  ),
  'restricted-recipient': E(
    '你不能向此地址发送邮件',
    '该收件人只接受特定发件人（例如组成员）的邮件。你的地址不在该列表中。',
    ['请组或邮箱的所有者允许你的地址，或让他们转发你的邮件。', '如果该组是这样规定的，请先加入该组。'],
    ['如果收件人属于内部，请检查该邮箱或组的传递限制、审核和邮件流规则。'],
  ),
  'blocklisted-ip': E(
    '你的邮件服务器在阻止列表中',
    '接收服务器拒绝了来自你组织服务器的邮件，因为该服务器被列为垃圾邮件来源。你的邮件本身没有问题。',
    ['现在不要重新发送；邮件仍会被拒绝。', SEND_REPORT, TELL_RECIPIENT],
    [
      '在服务器文本中指出的阻止列表上查询发送 IP 地址，并按其步骤申请移除。',
      '检查是否有被盗用的帐户或设备在发送垃圾邮件。',
      '在解除列入之前，考虑通过其他网络或信誉良好的中继发送。',
    ],
  ),
  'ms-generic-remote': E(
    '收件人的服务器拒绝了这封邮件',
    '收件人的服务器拒绝了这封邮件，Microsoft 365 转告了其错误，但没有给出明确原因。你的 IT 部门可以查看退信中的详细信息。',
    [TELL_RECIPIENT, SEND_REPORT],
    ['查看诊断文本中原始的远程错误。', '检查对方可能不接受的邮件格式（例如 RTF / TNEF）。'],
  ),
  'ms-x-dg-ref': E(
    '邮件格式被拒绝',
    '这封邮件以 Outlook 的 RTF 格式发送，或附带的项目过多。收件人的服务器拒绝了这种格式。',
    ['将邮件切换为 HTML 格式（“设置文本格式”，然后选择“HTML”），然后重新发送。', '减少嵌入的文件，或将其压缩。'],
    ['检查远程域的 TNEF (RTF) 设置。'],
  ),
  'google-login': E(
    'Gmail 拒绝了登录',
    '你用于发送邮件的应用无法登录邮件服务器。密码被拒绝，或帐户需要在浏览器中登录。',
    ['在网页浏览器中登录你的帐户，并按照安全提示操作。', '如果你的帐户使用两步验证，请创建应用密码并在应用中使用。', '重新发送邮件。'],
    ['检查应用或设备是否使用受支持的登录方式（OAuth 或应用密码）。'],
  ),
  'spam-content': E(
    '邮件被视为垃圾邮件',
    '收件人的垃圾邮件筛选器将你的邮件判定为不需要的邮件。链接、附件、措辞或你组织的发送信誉都可能导致这种情况。',
    SPAM_STEPS,
    ['检查你的域是否通过了 SPF、DKIM 和 DMARC。', '检查发送 IP 和域的信誉（例如 Google Postmaster Tools）以及投诉率。'],
  ),
  reputation: E(
    '你组织的邮件服务器信誉不佳',
    '由于信誉或发送量异常，接收方提供商拒绝了来自你组织服务器的邮件。你的邮件本身可能没有问题。',
    ['现在不要重新发送；邮件仍会被拒绝。', SEND_REPORT, TELL_RECIPIENT],
    [
      '检查发送 IP 和域的发送量及投诉率。',
      '检查所有邮件是否都通过了 SPF、DKIM 和 DMARC。',
      '通过提供商的发件人支持页面申请缓解 (Google Postmaster Tools, Yahoo Sender Hub, Microsoft sender support)。',
    ],
    {
      title: '你的邮件服务器正在被限速',
      summary: '由于信誉或发送量问题，接收方提供商正在限制来自你组织服务器的邮件。你的服务器仍在尝试投递。',
      steps: [NO_ACTION_YET, '如果随后收到最终失败通知，请把报告发送给 IT 支持。'],
    },
  ),
  'malformed-message': E(
    '邮件的格式构建不正确',
    '接收服务器发现邮件头有问题，例如缺少或重复了发件人 (From) 行。这通常由某个应用或设备造成，而不是 Outlook。',
    ['如果你是从应用、扫描仪或网站发送的，请告诉 IT 部门是哪一个。', '尝试直接从 Outlook 发送同一封邮件。'],
    ['检查发送应用是否只写入一个有效的 From 头和一个 Message-ID (RFC 5322)。'],
  ),
  'receiving-too-fast': E(
    '收件人收到的邮件过多',
    '收件人邮箱接收邮件的速度超过了其提供商允许的速度，因此你的邮件被拒绝。',
    [TELL_RECIPIENT, '几小时后重新发送邮件。'],
    ['除非你在短时间内向此人发送了大量邮件，否则你这边无需修复。'],
    {
      summary: '收件人邮箱接收邮件的速度超过了其提供商允许的速度。你的邮件被暂缓，你的服务器仍在尝试。',
      steps: [NO_ACTION_YET],
    },
  ),
  'blocked-content': E(
    '附件或链接被阻止',
    '接收服务器阻止了这封邮件，因为其中的附件类型或内容被认为不安全。',
    ['删除被阻止的附件，然后不带该附件重新发送邮件。', '如果对方需要该文件，请询问 IT 部门你的组织认可哪种共享方式。'],
    ['检查收件人的提供商阻止了哪种附件类型或链接，以及该文件是否安全。'],
  ),

  // ---- Microsoft 365 ----
  'ms-relay-pool': E(
    'Microsoft 365 无法中继你的邮件',
    '你的邮件经 Microsoft 365 转发或中继，而下一个服务器拒绝了它。原因在于你组织的邮件设置，因此重新发送没有帮助。',
    ['不要重新发送；仍会以同样的方式失败。', SEND_REPORT, TELL_RECIPIENT],
    [
      `检查 ${SPF}：它必须包含代表你的域发送邮件的每个服务。`,
      `检查是否已在 Microsoft 365 中为该域启用 ${DKIM} 签名。`,
      `检查 ${DMARC}，以及邮件是否与其对齐。`,
      '检查入站连接器：来自你自己网关的邮件应与某个连接器匹配（或使用增强筛选），这样 Microsoft 365 就不会使用其中继池。',
      '检查发件人域是否为租户中的接受的域。',
      '检查将邮件转发到外部地址的转发规则。',
      '如果有设备或应用通过 Microsoft 365 发送，请检查它们是否使用 SMTP AUTH 登录或与某个连接器匹配。',
      '检查发送 IP 是否在阻止列表中，以及是否只在某个网络（家庭、VPN 或分支机构）发送时失败。',
    ],
  ),
  'recipient-not-found': E(
    '该地址不存在',
    '收件人的组织中没有使用此地址的邮箱。地址可能拼写错误，或此人可能已离职。',
    [
      '检查 {recipient} 的拼写。',
      '如果该地址是 Outlook 建议的，请将其从自动完成列表中删除，然后重新键入。',
      '如果这个地址不是你键入的，可能是对方把邮件转发到了这里：请告诉对方其转发已失效。',
      '通过其他方式向对方询问其当前地址。',
    ],
    [
      '如果收件人属于你的组织，请检查该用户是否存在、是否已分配许可证，以及域是否设置正确。',
      '如果该地址不是发件人键入的地址，请检查收件人邮箱上的转发规则。',
    ],
  ),
  'ms-sender-denied': SENDER_DENIED,
  'ms-bad-outbound-sender': E(
    '你的帐户已被禁止发送邮件',
    'Microsoft 365 阻止了你的帐户发送邮件，因为它看起来在发送垃圾邮件。这通常意味着有人入侵了你的帐户。',
    ['立即更改密码。', '检查你的设备是否有恶意软件。', '立即告诉 IT 部门，以便他们为你解除阻止。'],
    ['检查帐户是否被盗用（登录、收件箱规则、转发）。', '清理完成后，在 Microsoft Defender 门户的“受限实体”中移除该用户。'],
  ),
  'multiple-from': E(
    '邮件有多个发件人',
    '邮件列出了多个发件人 (From) 地址，却没有 Sender 行。服务器会拒绝这种格式。',
    ['只使用一个发件人地址发送。', '如果是应用发送的，请告诉 IT 部门是哪个应用。'],
    ['检查发送应用的 From 和 Sender 头设置。'],
  ),
  'daily-recipient-limit': E(
    '你已达到每日收件人限制',
    '你的帐户一天内发送的收件人数量超过了允许值。在限制重置之前，发送已暂停。',
    ['明天再重新发送邮件；限制按最近 24 小时计算。', '如果你没有发送那么多邮件，请告诉 IT 部门：你的帐户可能被滥用。'],
    ['检查该帐户最近的发送情况，查找被盗用的迹象。'],
  ),
  'hourly-sender-limit': E(
    '你向此人发送的邮件过多',
    '收件人的服务限制了一个发件人每小时可以向其发送的邮件数量。你超出了该限制。',
    ['一小时后重新发送邮件。', '如果这些邮件由应用或规则发送，请降低其发送频率。'],
    ['检查是否存在发往此收件人的自动发送循环。'],
  ),
  'hourly-recipient-limit': E(
    '收件人本小时收到的邮件过多',
    '收件人邮箱收到的邮件超过了其每小时接受的数量。你的邮件暂时被拒绝。',
    ['稍后重新发送。', TELL_RECIPIENT],
    ['你这边无需更改。'],
  ),
  'ms-journaling': E(
    '无法存储你邮件的存档副本',
    '你的组织会保留邮件的存档副本，而这封邮件的副本无法存储在 Microsoft 365 中。这是管理员的设置问题。',
    [SEND_REPORT],
    ['检查以 Microsoft 365 为目标的日记规则，以及日记存档设置。'],
  ),
  'ms-thread-limit': E(
    '收件人的邮箱正忙',
    '收件人的邮箱短时间内收到大量邮件或包含的项目过多，因此没有接受你的邮件。',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['如果收件人属于内部，请检查是否有大量邮件涌入收件人的邮箱，或某个文件夹超出了项目数限制。'],
    {
      summary: '收件人的邮箱正在短时间内收到大量邮件，接受邮件的速度较慢。你的服务器仍在尝试。',
      steps: [NO_ACTION_YET],
    },
  ),
  'mail-loop': E(
    '邮件在服务器之间循环传递',
    '邮件在服务器之间传递的次数过多，因此被停止。某个转发或路由设置使它陷入了循环。',
    [SEND_REPORT],
    ['检查收件人域是否在应当权威的位置设为权威域。', '检查连接器和智能主机（尤其是混合部署）以及转发规则中是否存在循环。'],
  ),
  'dns-failed': E(
    '无法查询收件人的域',
    '你的邮件服务器找不到收件人域的邮件投递位置。对方域的互联网设置可能有误。',
    ['检查地址是否有拼写错误。', TELL_RECIPIENT, '稍后再试。'],
    ['从你的网络检查收件人域的 MX 记录。'],
  ),
  'connection-refused': E(
    '收件人的服务器没有响应',
    '收件人的邮件服务器拒绝了来自你的邮件服务器的连接。对方服务器可能已停机，或阻止了你。',
    [TELL_RECIPIENT, '稍后再试。'],
    ['从你的出站服务器检查到收件人 MX 主机的连接。'],
  ),
  'tls-certificate': E(
    '无法建立安全连接',
    '你的邮件服务器无法与收件人的服务器建立加密连接。对方的安全证书或设置似乎有误。',
    [TELL_RECIPIENT, '稍后再试。'],
    ['检查远程服务器的证书链，以及你这边是否要求对该域使用 TLS。'],
  ),
  'connection-dropped': E(
    '连接被中断',
    '发送时与收件人服务器的连接不断中断，因此投递失败。',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['如果反复出现，请检查到收件人服务器的网络问题。'],
    {
      summary: '发送时与收件人服务器的连接中断了。你的服务器仍在尝试。',
      steps: [NO_ACTION_YET],
    },
  ),
  'mta-sts': E(
    '收件人的安全策略不匹配',
    '收件人的域为其邮件服务器发布了安全策略，但其服务器不符合该策略。不符合时，你的服务器不会投递。',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['检查收件人域的 MTA-STS 策略和 MX 名称（需由收件人一方修复）。'],
  ),
  'mta-sts-certificate': E(
    '收件人服务器的证书未通过检查',
    '收件人的邮件服务器提供的安全证书，不被其自身域的策略接受。',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['收件人一方必须修复其证书或 MTA-STS 策略。'],
  ),
  dane: E(
    '收件人的加密检查失败',
    '收件人的域发布了一项用于证明其邮件服务器真实可信的检查，而该检查失败了。',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['收件人一方必须修复其 DANE (TLSA) 或 DNSSEC 记录。'],
  ),
  expired: E(
    '邮件未能按时送达',
    '你的邮件服务器尝试了很长时间，但无法连接到收件人的服务器。现在已放弃。',
    [TELL_RECIPIENT, '检查地址，然后稍后重新发送邮件。'],
    ['如果发往此域的每封邮件都失败，请检查其 MX 记录和你的出站连接。', '如果发往所有域的邮件都失败，请检查你自己的出站邮件流。'],
  ),
  'ms-bare-lf': E(
    '邮件包含收件人拒绝的字符',
    '邮件包含收件人服务器不接受的换行符。由应用生成的邮件经常出现这种情况。',
    ['从 Outlook 网页版发送这封邮件，或去掉附件后发送。'],
    ['收件人一方可以允许单独的换行符 (bare LF) 或支持 BDAT。'],
  ),
  'ms-not-authenticated-by-org': NOT_AUTHENTICATED,
  'group-allowed-senders': E(
    '你不在该组的允许发件人列表中',
    '该组只接受其成员或列出的发件人发来的邮件。你的地址不在其中。',
    ['请组所有者添加你，或让其转发你的邮件。'],
    ['检查该组的允许发件人，以及是否允许外部发件人。'],
  ),
  'restricted-list': E(
    '收件人只接受列表中的发件人',
    '收件人只接受其列表中的人发来的邮件，而你不在列表中。',
    ['请收件人添加你，或通过其他方式联系对方。'],
    ['在混合部署中，检查本地帐户是否已禁用。'],
  ),
  'tenant-external-limit': E(
    '你的组织已达到每日限制',
    '你的组织在 24 小时内发往外部地址的邮件超过了 Microsoft 365 的允许值。在限制重置之前，发往外部的邮件已暂停。',
    ['明天再重新发送邮件；如果紧急，请告诉 IT 部门。'],
    ['检查租户的出站外部收件人报告中是否有异常发送量。', '检查是否有被盗用的帐户或恶意连接器。'],
  ),
  'moera-limit': E(
    'onmicrosoft.com 地址受到限制',
    '你的邮件是从 onmicrosoft.com 地址发送的，这种地址每天只能向少量外部人员发送邮件。',
    ['改用你组织自己的域地址发送。'],
    ['添加并验证自定义域，并将其设为发件人的默认域。'],
  ),
  'ms-spam-abuse': E(
    '你的组织因垃圾邮件而被阻止',
    '由于检测到垃圾邮件，Microsoft 365 阻止了来自你的帐户或服务器的邮件。这通常意味着有帐户被滥用。',
    ['立即告诉 IT 部门。', '如果那些邮件不是你发送的，请更改密码。'],
    ['调查被盗用的帐户和连接器。', '修复后，通过 Microsoft 支持或除名门户申请从列表中除名。'],
  ),
  'banned-recipient': E('收件人的地址已被禁止', '收件人的服务拒收发往此地址的所有邮件。', [TELL_RECIPIENT], ['你这边无需更改。']),
  'bad-helo': E(
    '你的邮件服务器自我介绍有误',
    '你的邮件服务器在问候收件人的服务器时，使用了不应使用的名称。接收方拒绝了它。',
    [SEND_REPORT],
    ['检查你的出站服务器的 HELO/EHLO 名称。'],
  ),
  'blocked-by-recipient': E(
    '收件人的组织阻止了你',
    '收件人的组织已将你的服务器或地址添加到其自己的阻止列表中。',
    ['请收件人让其 IT 部门为你解除阻止。'],
    ['除非其他组织也阻止了你，否则你这边无需更改。'],
  ),
  'ipv6-limits': E(
    '接收方拒绝了你服务器的连接类型',
    '你的邮件服务器使用新型互联网地址进行连接，而接收方拒绝或限制了以这种方式发送的邮件。',
    [SEND_REPORT],
    ['检查 IPv6 发送：IPv6 的 PTR 记录和 SPF/DKIM，或改用 IPv4 发送。'],
  ),
  'dmarc-fail': E(
    '你的域的邮件验证失败',
    '接收方无法确认这封邮件确实来自你的域，因此按照你的域的规则拒绝了它。在修复之前，重新发送没有帮助。',
    ['暂时不要重新发送。', SEND_REPORT],
    [
      `检查 ${SPF} 是否包含代表你的域发送邮件的每个服务。`,
      `检查 ${DKIM} 签名是否已启用并与发件人 (From) 域对齐。`,
      `检查 ${DMARC}；转发可能破坏 SPF，因此 DKIM 最为重要。`,
    ],
  ),
  'outlook-auth-level': E(
    '你的域不符合 Outlook.com 的检查要求',
    'Outlook.com 要求大批量发件人证明其邮件确实来自自己的域，而这封邮件没有做到，因此被拒绝。',
    ['暂时不要重新发送。', SEND_REPORT],
    [`检查 ${SPF}、${DKIM} 和 ${DMARC} 是否全部通过并与发件人 (From) 域对齐。`],
  ),
  'forwarding-blocked': E(
    '自动转发已关闭',
    '你的组织不允许将邮件自动转发到外部地址。有一条转发规则尝试这样做。',
    ['关闭该转发规则，或询问 IT 部门能否为你允许转发。'],
    ['检查出站反垃圾邮件策略中的外部转发设置；如果允许，为指定用户创建策略。'],
  ),
  'smtp-auth': E(
    '发送应用未登录',
    '你用于发送邮件的应用或设备没有登录邮件服务器，因此服务器拒绝发送。',
    ['检查应用或设备中保存的用户名和密码。', '向 IT 部门询问该应用或设备的正确邮件服务器设置。'],
    ['检查是否已为该邮箱和租户启用 SMTP AUTH，应用是否使用端口 587 和 STARTTLS，以及是否支持新式身份验证。'],
  ),
  'connector-mismatch': E(
    '无法再识别你组织的邮件路由',
    'Microsoft 365 不再将发送这封邮件的服务器识别为你组织的服务器，因此拒绝了它。',
    [SEND_REPORT],
    ['对照发送服务器检查入站连接器的证书名称或 IP 地址 (TenantAttribution)。'],
  ),
  'own-block-list': E(
    '你的组织阻止了此收件人',
    '你自己组织的阻止列表中包含其中一个收件人，因此整封邮件被拦下。',
    ['删除该收件人后重新发送，或向 IT 部门询问该阻止。'],
    ['检查租户允许/阻止列表。'],
  ),
  'tenant-ip-refused': E(
    'Microsoft 365 不接受来自此来源的邮件',
    'Microsoft 365 拒绝了来自此发送服务器或域的邮件。新的或未验证的设置经常遇到这种情况。',
    [SEND_REPORT],
    ['检查域是否已添加并验证、连接器是否正确；如有需要，请向支持部门申请例外。'],
  ),
  'mail-flow-rule': MAIL_FLOW_RULE,
  'ms-ip-throttle': E(
    'Microsoft 限制了来自你组织服务器的邮件',
    '由于发送量远超平常，Microsoft 暂时拒绝了来自你组织服务器的邮件。',
    [AGAIN_LATER, '如果反复出现，请告诉 IT 部门。'],
    ['检查是否有异常发送量，并考虑为中继邮件使用连接器或第三方筛选器。'],
    {
      title: 'Microsoft 正在为你的邮件服务器限速',
      summary: '由于发送量远超平常，Microsoft 暂时限制了来自你服务器的邮件。你的服务器仍在尝试。',
      steps: [NO_ACTION_YET],
    },
  ),
  'banned-ip': E(
    '你的邮件服务器的地址被阻止',
    '接收服务已将你的发送服务器的 IP 地址列入其阻止列表。你的邮件本身没有问题。',
    ['现在不要重新发送。', SEND_REPORT],
    ['申请除名（Microsoft：sender.office.com），并检查是否有被盗用的帐户。'],
  ),
  'recipient-domain-refused': E(
    '收件人的服务器不接受此地址',
    '收件人的邮件服务器拒绝了此地址。对方的域可能设置有误，或该地址可能不存在。',
    ['检查地址。', TELL_RECIPIENT],
    ['检查收件人域的 MX 记录；最近的 DNS 更改可能需要长达 72 小时才能生效。'],
  ),

  // ---- standard codes ----
  'unknown-failure': E(
    '邮件被拒绝，原因不明',
    '接收服务器拒绝了这封邮件，但只给出了笼统的错误。你的 IT 部门可以查看退信中的详细信息。',
    [TELL_RECIPIENT, SEND_REPORT],
    ['查看诊断文本和涉及的服务器。'],
  ),
  'address-problem': E(
    '地址有问题',
    '接收服务器报告地址有问题，但没有更多细节。',
    ['检查地址是否有拼写错误，然后重新发送。'],
    ['查看诊断文本以了解确切原因。'],
  ),
  'address-unknown': E(
    '该地址不存在',
    '收件人的邮件服务器上没有名为 {recipient} 的邮箱。地址可能拼写错误，或此人可能已离职。',
    [
      '检查地址的拼写。',
      '如果该地址是 Outlook 建议的，请将其从自动完成列表中删除，然后重新键入。',
      '如果这个地址不是你键入的，可能是对方把邮件转发到了这里：请告诉对方其转发已失效。',
      '通过其他方式向对方询问其当前地址，然后重新发送。',
    ],
    ['如果收件人属于内部，请检查该邮箱是否存在并具有此地址。', '如果你从未发送过这封邮件，请检查是否有人伪造了发件人。'],
  ),
  'domain-unknown': E(
    '收件人的域不存在',
    '{recipient} 中 @ 后面的部分不存在或无法接收邮件。很可能是拼写错误。',
    ['检查 @ 后面的部分是否有拼写错误。', '使用更正后的地址重新发送。'],
    ['如果你确定域是正确的，请从你的网络检查该域能否解析。'],
  ),
  'address-syntax': E(
    '地址的格式不正确',
    '该地址不是有效的电子邮件地址，例如包含空格或缺少某个部分。',
    ['检查地址中是否有空格、逗号或缺少的字符，然后重新发送。'],
    ['除非地址看起来是正确的，否则无需检查。'],
  ),
  'address-ambiguous': E(
    '该地址与多人匹配',
    '接收服务器找到了多个与此地址匹配的邮箱。',
    ['使用对方的完整电子邮件地址重新发送。'],
    ['如果收件人属于内部，请检查目录中是否有重复的地址。'],
  ),
  delivered: E('邮件已送达', '此通知确认你的邮件已到达收件人的服务器。没有出现任何问题。', ['无需任何操作。'], ['无需检查。']),
  moved: E(
    '此人已有新地址',
    '该邮箱已迁移，发往旧地址的邮件不再被转发。',
    ['找到此人的新地址并重新发送。', '更新你的联系人条目。'],
    ['你这边无需检查。'],
  ),
  'sender-address-bad': E(
    '你的发件人地址被拒绝',
    '接收服务器不接受该发件人地址或其域。以同样的方式重新发送仍会失败。',
    ['如果你是从应用或设备发送的，请检查其发件人地址。', SEND_REPORT],
    [`检查发件人域是否存在并能解析，以及是否已发布 ${SPF}。`, '检查服务器使用的信封发件人 (Return-Path)。'],
  ),
  'relayed-no-dsn': E(
    '邮件已转交，但没有送达确认',
    '邮件被转交给了一个不发送送达报告的系统。目前没有已知的错误。',
    ['除非对方说从未收到，否则无需操作。'],
    ['无需检查。'],
  ),
  'null-mx': E(
    '收件人的域不接受电子邮件',
    '收件人的域声明它完全不接受电子邮件。该地址无法使用。',
    ['检查地址；对方可能使用另一个域收发电子邮件。', TELL_RECIPIENT],
    ['你这边无需更改。'],
  ),
  'mailbox-problem': E(
    '收件人的邮箱拒绝了这封邮件',
    '收件人的邮箱或其筛选器拒绝了你的邮件。',
    [TELL_RECIPIENT, '询问对方是否筛选或阻止了类似你这样的邮件。'],
    ['查看诊断文本以了解确切原因。'],
  ),
  'mailbox-disabled': MAILBOX_DISABLED,
  'mailbox-full': E(
    '收件人的邮箱已满',
    '收件人的邮箱没有剩余空间，无法接收新邮件。',
    [TELL_RECIPIENT, '等对方腾出空间后，再重新发送。', '将大附件改为以链接形式发送。'],
    ['如果收件人属于内部，请检查其邮箱配额。'],
  ),
  'too-big-for-recipient': E(
    '邮件对此收件人来说太大',
    '{hasLimit, select, yes {邮件大小超过了此收件人可接受的上限（对方的限制：{limit}）。} other {邮件大小超过了此收件人可接受的上限。}}',
    ['删除或压缩附件，或以链接形式共享。', '重新发送邮件。'],
    ['如果收件人属于内部，请检查每个收件人的大小限制。'],
  ),
  'list-problem': E(
    '邮件列表无法投递',
    '该地址是一个邮件列表或组，无法将你的邮件转发给其成员。',
    ['向列表所有者询问此事。'],
    ['如果属于内部，请检查列表或组的扩展设置。'],
  ),
  'remote-system': E(
    '收件人的邮件系统出现问题',
    '收件人的邮件服务器报告了内部问题。这不是你的邮件导致的。',
    ['稍后重新发送。', TELL_RECIPIENT],
    ['你这边无需更改。'],
  ),
  'remote-disk-full': E(
    '收件人的服务器空间不足',
    '收件人的邮件服务器没有剩余存储空间。这是对方的问题。',
    ['稍后重新发送。', TELL_RECIPIENT],
    ['你这边无需更改。'],
  ),
  'feature-unsupported': E(
    '接收服务器缺少所需的功能',
    '这封邮件需要接收服务器不支持的功能。',
    [SEND_REPORT],
    ['检查这封邮件需要哪个 SMTP 扩展（例如 SMTPUTF8 或优先级设置）。'],
  ),
  'too-big': E(
    '邮件太大',
    '{hasLimit, select, yes {邮件大小超过了接收服务器可接受的上限（限制：{limit}）。} other {邮件大小超过了接收服务器可接受的上限。}}',
    ['删除或压缩附件，或以链接形式共享。', '重新发送邮件。'],
    ['检查你自己和对方的大小限制。'],
  ),
  'network-problem': E(
    '无法连接收件人的服务器',
    '你的邮件服务器无法连接到收件人的服务器，因此投递失败。',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['如果问题持续，请检查出站连接和收件人域的 MX 记录。'],
    {
      summary: '你的邮件服务器暂时无法连接到收件人的服务器，仍在尝试。',
      steps: [NO_ACTION_YET],
    },
  ),
  unroutable: E(
    '没有通往收件人域的路由',
    '你的邮件服务器找不到收件人域的邮件投递位置。该域可能拼写错误或设置有误。',
    ['检查 @ 后面的部分是否有拼写错误。', '使用更正后的地址重新发送。'],
    ['检查收件人域的 MX 和 A 记录。'],
  ),
  'remote-busy': E('收件人的服务器正忙', '收件人的服务器过载，没有接受这封邮件。', [TELL_RECIPIENT, AGAIN_LATER], ['你这边无需更改。'], {
    summary: '收件人的服务器过载，要求稍后再试。你的服务器仍在尝试。',
    steps: [NO_ACTION_YET],
  }),
  'protocol-error': E(
    '邮件服务器之间无法相互理解',
    '发送服务器和接收服务器在邮件协议上出现了技术分歧。这是服务器设置问题。',
    [SEND_REPORT],
    ['检查诊断信息中的 SMTP 会话：命令语法、扩展或行长度。'],
  ),
  'too-many-recipients': E(
    '一次的收件人过多',
    '这封邮件的收件人数量超过了服务器一次可接受的数量。',
    ['将收件人分成几个较小的组，或使用组地址。', '重新发送。'],
    ['检查发送服务器是否会拆分大型收件人列表。'],
  ),
  'content-problem': E(
    '邮件内容被拒绝',
    '接收服务器无法接受这封邮件的内容或格式。',
    ['删除不常见的附件或格式，然后重新发送。'],
    ['查看诊断文本以了解确切的内容问题。'],
  ),
  'conversion-failed': E(
    '无法转换邮件',
    '这封邮件需要为接收服务器进行转换，但转换失败或不被允许。',
    [SEND_REPORT],
    ['检查发往收件人路径上的 8 位/MIME 处理。'],
  ),
  'international-address': E(
    '地址包含服务器无法处理的字符',
    '地址或邮件使用了接收服务器不支持的非英文字符。',
    ['向对方索取只包含普通字母和数字的地址。'],
    ['检查你的出站服务器对 SMTPUTF8 的支持。'],
  ),
  'refused-policy': E(
    '收件人的服务器拒绝了这封邮件',
    '收件人的服务器根据其某条规则或安全设置拒绝了这封邮件。',
    [TELL_RECIPIENT, '询问对方的组织是否会拒收类似你这样的邮件，例如来自外部发件人或带有特定附件的邮件。', SEND_REPORT],
    ['查看诊断文本：其中通常会指出规则、阻止列表或身份验证检查。'],
  ),
  'security-feature': E(
    '未满足安全要求',
    '接收服务器要求的安全功能（例如加密或受信任的连接）没有到位。',
    [SEND_REPORT],
    ['检查此发送路径的 TLS 和身份验证设置。'],
  ),
  'auth-weak': E(
    '登录方式不够安全',
    '服务器拒绝了发送应用或设备的登录方式。需要使用更安全的登录方式。',
    ['向 IT 部门询问该应用或设备的正确设置。'],
    ['检查身份验证机制（例如启用 OAuth 或应用密码）。'],
  ),
  'sender-account-disabled': E(
    '你的发送帐户已被禁用',
    '用于发送这封邮件的帐户在邮件服务器上已被禁用。',
    ['告诉 IT 部门，以便他们检查该帐户并重新启用。'],
    ['检查提交服务器上的帐户状态 (RFC 5248 X.7.13: user account disabled)。'],
  ),
  'owner-changed': E(
    '该地址现在属于其他人',
    '自你上次写信以来，该邮箱或域已更换所有者，因此你的邮件没有投递给新所有者。',
    ['确认你有对方的当前地址。'],
    ['你这边无需更改。'],
  ),
  'dkim-fail': E(
    '你的邮件的数字签名验证失败',
    '接收方无法验证你的邮件服务器加在每封邮件上的数字签名，因此拒绝了这封邮件。',
    ['暂时不要重新发送。', SEND_REPORT],
    [`检查 ${DKIM} 签名是否已启用，以及 DNS 密钥是否已发布。`, `检查签名是否与发件人 (From) 域对齐，以满足 ${DMARC}。`],
  ),
  'spf-fail': E(
    '你的域的发件人检查失败',
    '你的邮件服务器不在你的域允许发送邮件的服务器列表中。接收方拒绝了这封邮件。',
    ['暂时不要重新发送。', SEND_REPORT],
    [
      `检查 ${SPF} 是否包含代表你的域发送邮件的每个服务器和服务。`,
      '检查 SPF 记录中的 DNS 查询次数是否过多。',
      '如果邮件会被转发，也要依靠 DKIM。',
    ],
  ),
  'no-ptr': E(
    '你的邮件服务器没有正确的名称',
    '你的邮件服务器的互联网地址没有注册对应的名称，而接收方要求必须有，因此拒绝了这封邮件。',
    [SEND_REPORT],
    ['请你的网络提供商设置与服务器名称匹配的 PTR（反向 DNS）记录。'],
  ),
  'mail-flood': E(
    '短时间内发送的邮件过多',
    '接收方发现来自你这边的邮件量异常，暂时拒绝接收更多邮件。',
    ['稍后重新发送这封邮件，并减少一次发送的邮件数量。', '如果你没有发送很多邮件，请告诉 IT 部门。'],
    ['检查发送量，查找滥用或行为异常的应用。'],
  ),
  'arc-or-tls': E(
    '未满足发件人要求',
    '接收方要求这封邮件提供额外证明，例如加密连接或转发时添加的签名，但这些都缺失了。',
    [SEND_REPORT],
    ['检查出站 SMTP 的 TLS (Gmail 4.7.29 / 5.7.29)、转发系统上的 ARC 签名以及 DMARC 对齐。'],
  ),

  // ---- reasons ----
  blocked: E(
    '你的邮件服务器被阻止',
    '接收服务器拒绝了来自你组织邮件服务器的连接。这通常是由阻止列表或信誉引起的。',
    ['现在不要重新发送。', SEND_REPORT, TELL_RECIPIENT],
    ['在服务器文本中指出的阻止列表上查询发送 IP，并申请移除。', '检查发送服务器的反向 DNS 和身份验证。'],
  ),
  spam: E('邮件被判定为垃圾邮件', '接收方将你的邮件判定为垃圾邮件并拒绝了它。', SPAM_STEPS, ['检查 SPF、DKIM 和 DMARC，以及发送信誉。']),
  virus: E(
    '病毒扫描程序拒绝了这封邮件',
    '收件人的病毒扫描程序在邮件中发现了它认为危险的内容。',
    ['不要再次发送该文件。', '用防病毒软件扫描你的计算机和该文件，或请 IT 部门检查。', '如果扫描发现问题或你不确定，请告诉 IT 部门。'],
    ['检查发件人的设备和附件中是否有恶意软件；诊断文本中可能写明了威胁名称。'],
  ),
  relay: E(
    '服务器不愿转发这封邮件',
    '某个邮件服务器拒绝将你的邮件转发到收件人的域。',
    ['暂时不要重新发送。', SEND_REPORT],
    ['检查中继权限、连接器以及收件人域的 MX 记录。'],
  ),
  'not-compliant': E(
    '邮件违反了电子邮件格式规则',
    '接收服务器发现这封邮件违反了电子邮件格式规则，例如邮件头重复。',
    ['如果是应用发送的，请告诉 IT 部门是哪个应用。'],
    ['检查发送软件写入的邮件头是否符合 RFC 5322。'],
  ),
  starttls: E('无法建立加密连接', '服务器之间无法建立其中一方要求的加密连接。', [SEND_REPORT], ['检查此路径两端的 TLS 设置和证书。']),
  'expired-reason': E(
    '投递时间过长，已停止',
    '你的邮件服务器尝试了很长时间仍未成功，现已放弃。',
    [TELL_RECIPIENT, '检查地址，然后稍后重新发送邮件。'],
    ['检查收件人域的 MX 记录和你的出站连接。'],
  ),
  'local-program': E(
    '收件人的邮件程序出错',
    '收件人服务器上负责归档传入邮件的程序出错了。',
    ['稍后重新发送。', TELL_RECIPIENT],
    ['你这边无需更改。'],
  ),
  suppressed: E(
    '该地址在禁止发送列表中',
    '发送服务没有向此地址发送，因为该地址以前曾退信或投诉过。',
    ['检查该地址是否仍然有效。'],
    ['检查发送服务的禁止发送列表 (suppression list)。'],
  ),
  complaint: E(
    '有人将你的邮件举报为垃圾邮件',
    '某位收件人将你的邮件标记为垃圾邮件，其提供商发回了这份报告。这不是退信。',
    ['不要再向没有要求接收你邮件的人发送邮件。'],
    ['检查该发件人的邮件发送做法和退订处理。'],
  ),
  'auto-reply': E('这是一封自动答复', '收件人的邮箱发送了一封自动答复，例如外出通知。你的邮件已送达。', ['无需任何操作。'], ['无需检查。']),
  unclear: E(
    '我们无法判断出了什么问题',
    '退信没有清楚说明邮件失败的原因。你的 IT 支持可以查看技术详细信息。',
    ['把报告发送给 IT 支持；其中包含完整的技术详细信息。'],
    ['查看诊断文本和退回的原始邮件；检查涉及的服务器。'],
  ),
  // ---- causes added for issue #9 ----
  'mailbox-disabled-text': MAILBOX_DISABLED,
  'blocked-by-person': E(
    '收件人阻止了你',
    '收件人将你的地址或域加入了其个人的阻止的发件人列表。因此其邮件系统拒绝了你的邮件。',
    ['通过其他方式（例如电话）询问对方是否误阻止了你的地址。', '只有对方或其 IT 部门才能解除阻止；重新发送没有帮助。'],
    ['收件人一方的个人阻止条目（例如 Mimecast “Envelope blocked - User Entry”）；你这边无需更改。'],
  ),
  'gateway-blocked-sender': E(
    '收件人的组织拒绝了你的地址',
    '收件人组织的筛选服务根据其自身规则拒绝了你的地址。你的邮件本身可能没有问题。',
    [TELL_RECIPIENT, '请对方让其 IT 部门检查你的地址为何被拒绝。'],
    [
      '收件人的网关应用了其自身的策略（例如 Mimecast “Administrative prohibition” 或 “Anti-Spoofing policy”）。',
      '检查你的域是否通过了 SPF、DKIM 和 DMARC，以防其反欺骗检查失败。',
    ],
  ),
  'transport-rule': MAIL_FLOW_RULE,
  'ms-relay-access-denied': E(
    '收件人的域未设置为接收此邮件',
    '接收你邮件的服务器不接受发往收件人域的邮件。对方域的邮件设置可能有误或最近被更改过。',
    [TELL_RECIPIENT, '请对方让其 IT 部门检查其域的邮件设置。', '一两天后重新发送邮件。'],
    [
      '检查收件人域的 MX 记录是否指向正确的服务器；DNS 更改后最多需要 72 小时生效。',
      '如果该域是你自己的：请检查它是否为 Exchange Online 中类型正确（权威 (Authoritative) 或内部中继 (Internal Relay)）的接受的域，并检查混合连接器。',
    ],
  ),
  'ms-not-authenticated-text': NOT_AUTHENTICATED,
  'ms-sender-denied-text': SENDER_DENIED,
  'policy-block': E(
    '接收方拒绝了来自你组织的邮件',
    '接收方提供商根据其发件人规则（例如信誉、发件人检查或内容）拒绝了这封邮件。它没有说明具体是哪一条。',
    ['现在不要重新发送同一封邮件；仍会被拒绝。', SEND_REPORT, TELL_RECIPIENT],
    [
      'Yahoo “Message not accepted for policy reasons” / [PH01]：检查 SPF、DKIM 和 DMARC 是否通过并对齐、发送 IP 和域的信誉以及投诉率 (Yahoo Sender Hub)。',
    ],
  ),
  'unauthenticated-sender': E(
    '你的域缺少发件人验证',
    '接收方只接受能证明来自发件人域的邮件，而你的邮件没有这种证明。需要由你的 IT 部门进行设置。',
    ['暂时不要重新发送；邮件仍会被拒绝。', SEND_REPORT],
    [
      `发布覆盖此发送服务器的 ${SPF}，并为该域启用 ${DKIM} 签名。`,
      'Gmail 4.7.26 / 5.7.26、Yahoo 5.7.9 和 Microsoft 4.7.26 (IPv6) 要求 SPF 或 DKIM 至少有一项通过。',
    ],
  ),
  'no-dmarc-record': NO_DMARC_RECORD,
  'no-dmarc-record-code': NO_DMARC_RECORD,
  'dmarc-alignment': DMARC_ALIGNMENT,
  'dmarc-alignment-code': DMARC_ALIGNMENT,
  'recipient-forwarding': E(
    '收件人将邮件转发到了失效的地址',
    '你的邮件已到达对方，但对方的邮箱会把邮件转发到 {recipient}，而该地址投递失败。这个地址不是你键入的。',
    ['通过其他方式告诉对方，其转发到 {recipient} 的设置不起作用。', '请对方修复或删除该转发，然后重新发送邮件。'],
    ['失败的地址不在原始邮件的“收件人”或“抄送”中，而退信来自其中某个地址的提供商：那里的转发规则或别名指向了一个失效的地址。'],
  ),
};

export const ZH_CN: Catalogue = {
  locale: 'zh-CN',
  entries,
  owners: { you: '你', 'your-it': '你的 IT 部门', 'recipient-side': '收件人一方', wait: '等待', none: '无需操作' },
  ownerSentences: {
    you: '你可以自己解决这个问题。',
    'your-it': '需要由你的 IT 部门解决。',
    'recipient-side': '需要由收件人一方解决。',
    wait: '暂时无需任何人操作：服务器仍在尝试。',
    none: '无需任何人采取操作。',
  },
  retry: {
    no: '重新发送没有帮助。',
    'after-fix': '只有在原因修复后，重新发送才有用。',
    later: '稍后重新发送可能会成功。',
    automatic: '你的邮件服务器会自动重试。',
    'not-needed': '无需重新发送。',
  },
  retryUntil: '你的邮件服务器会持续重试，直到 {until}。',
  delayedNeedsFix: '你的邮件服务器目前仍在尝试，但在问题修复之前，投递会一直失败。',
  authVerdicts: '你的邮件上记录的身份验证结果：{verdicts}。',
  report: {
    subjectOne: '退信：发送到 {recipient} 时出现 {code}',
    subjectMany: '退信：发送到 {recipient} 和{others, plural, other {另外 # 个收件人}}时出现 {code}',
    subjectNoCode: '退信：发送到 {recipient} 的邮件未送达',
    summaryLine: '{count, plural, other {# 个收件人}}没有收到邮件“{subject}”。可能的原因：{title}。需要处理的一方：{owner}。',
    greeting: 'IT 支持，你好：',
    intro: '我发送的一封邮件被退回了。退信解读器 (Bounce Explainer) 整理了以下详细信息。',
    failedRecipients: '失败的收件人',
    servers: '服务器',
    reportingServer: '报告服务器：{server}',
    remoteServer: '远程服务器：{server}',
    times: '时间',
    bounceArrived: '退信到达时间：{date}',
    originalSent: '原始邮件发送时间：{date}',
    original: '原始邮件',
    originalSubject: '主题：{subject}',
    originalMessageId: 'Message-ID：{id}',
    originalFrom: '发件人：{from}',
    auth: '身份验证结果',
    client: '我的客户端',
    tried: '我已尝试过的操作',
    machine: '机器可读的分析 (JSON)',
    truncated: '为保持报告简短，省略了另外 {count, plural, other {# 个收件人}}；JSON 块中有完整计数。',
    cut: '[已截断：还有 {count} 个字符]',
    itChecks: 'IT 应检查的内容',
    noBody: '未包含原始邮件正文。',
    backscatter: '注意：这看起来像反向散射（一封针对我没有发送过的邮件的退信）。',
    // ---- Report additions (h11: issues #10 item 10, #11 item 8, #12 item 5). Kept together to ease merging. ----
    notGiven: '未提供',
    andMore: '以及另外 {count, number} 个',
    dateWithLocal: '{iso}（我的当地时间 {local}）',
    clientLine: 'Outlook：{host} {version}；平台：{platform}；语言：{language}；Mailbox API {set}；退信读取方式：{route}',
    trace: '查找邮件（邮件跟踪）',
    traceMessageId: '原始 Message-ID：{id}',
    traceWindow: '发送时间介于 {start} 和 {end} 之间 (UTC)',
    tracePowerShell: 'Exchange Online PowerShell：',
    traceEac: 'Exchange 管理中心，邮件跟踪：{url}',
    traceServer: '报告服务器：{server}',
    traceQueue: '队列 ID：{id}（位于 {server}）',
    mailtoCut: '[报告已被截断以适应邮件链接。请使用“复制报告”获取全文。]',
    // ---- end of report additions ----
  },
  errors: {
    unreadable: '无法读取输入内容。',
    empty: '输入内容为空：没有可分析的邮件。',
    'too-large': '输入内容为 {size} MB；上限为 {limit} MB。',
    unparseable: '无法将该内容作为电子邮件或 Outlook .msg 文件读取。',
    'msg-damaged': '此 Outlook .msg 文件已损坏或经过特意构造（{problem}）；未读取。',
    'analysis-failed': '已读取该邮件，但分析时意外失败。',
    'time-limit': '分析这封邮件的时间超过了 {seconds} 秒，因此已停止。它可能是为拖慢分析而特意构造的。',
    'memory-limit': '分析这封邮件所需的内存超出了允许值，因此已停止。它可能是为耗尽内存而特意构造的。',
    'stdin-too-large': '标准输入超过了 {limit} MB 的上限；未读取。',
    'file-not-found': '{file}：找不到文件',
    'is-directory': '{file}：是一个目录',
    'not-regular-file': '{file}：不是常规文件（而是设备、管道或套接字），未读取',
    'file-unreadable': '{file}：无法读取文件',
  },
  backscatterSigns: {
    'spf-failed': '接收服务器对 {domain} 的 SPF 检查结果为“{verdict}”。',
    'dmarc-failed': '接收服务器对 {domain} 的 DMARC 检查结果为“{verdict}”。',
    'foreign-message-id': '原始邮件的 Message-ID 由 {domain} 生成，而不是由你的邮件系统生成。',
    'foreign-received': '原始邮件的 {count} 条 Received 行中，没有一条提到 {domain} 或其邮件提供商。',
    'home-origin': '原始邮件是从家庭或拨号连接（{origin}）进入互联网的，而不是从邮件服务器。',
  },
  cli: {
    forgedSender: '伪造的发件人',
    recipientNotNamed: '（未指明收件人）',
    asciiForm: 'ASCII 形式：{address}',
    lookAlike: '形近字符警告：{flags}',
    andMore: '… 以及另外 {count} 个',
  },
  ui: {
    appTitle: '退信解读器',
    loading: '正在读取邮件…',
    analysing: '正在分析…',
    analysedMessage: '正在分析：{subject}',
    readVia: '读取方式：{route}。',
    reRead: '重新读取所选邮件',
    selectionChanged: '现在选中的是另一封邮件。下面的说明仍针对上面显示的邮件。',
    noItem: '无法从 Outlook 读取任何邮件。Outlook 不允许加载项打开大多数送达报告，因此请粘贴退信内容、选择已保存的文件，或将邮件拖到此处。',
    restricted: 'Outlook 将这封邮件标记为受限邮件，因此加载项无法读取。请粘贴退信内容、选择已保存的文件，或将邮件拖到此处。',
    readFailed: '无法读取这封邮件（{detail}）。请粘贴退信内容、选择已保存的文件，或将邮件拖到此处。',
    notBounce: '这封邮件看起来不像退信。如果它是退信，请在下面粘贴其完整文本，我们会再试一次。',
    autoReply: '这是一封自动答复（例如外出通知）。你的邮件已送达。',
    deliveryReport: '这是一份送达确认：你的邮件已到达。',
    feedbackReport: '这是邮件提供商发来的投诉报告，不是退信。',
    inputError: '无法读取此输入内容：{detail}',
    analysisTimeout:
      '分析这封邮件的时间超过了 {seconds} 秒，因此已停止。这封邮件可能已损坏，或是为拖慢加载项而特意构造的：不要信任它，并请 IT 部门检查该文件本身。',
    analysisCrashed: '分析这封邮件失败（它可能已损坏，或是为破坏加载项而特意构造的）。不要信任它，并请 IT 部门检查该文件本身。',
    addressFlagged:
      '形近字符警告：此地址{flags, select, mixed {混用了多种文字} bidi {包含会改变文字顺序的字符} zero {包含不可见字符} other {包含不寻常的字符}}，因此可能与看上去的不同。',
    addressAscii: 'ASCII 形式：{address}',
    whoMustAct: '需要谁处理',
    whatHappened: '发生了什么',
    whatToDo: '你现在可以做什么',
    whatItChecks: 'IT 应检查的内容',
    recipients: '{count, plural, other {收件人（#）}}',
    technicalDetails: '技术详细信息',
    copyDetails: '复制技术详细信息',
    copied: '已复制',
    serverSaid: '服务器返回',
    codes: '代码',
    servers: '服务器',
    evidence: '判断依据',
    confidence: '置信度：{percent}%',
    links: '更多信息',
    backscatterTitle: '这封邮件不是你发送的',
    draftReport: '起草给 IT 的报告',
    draftCompose: '将此草稿转为 IT 报告',
    drafting: '正在准备报告…',
    draftOpened: '报告草稿已打开。请检查后自行发送。',
    draftOpenedNoAttachment: '报告草稿已打开（Outlook 不允许附加退信本身）。请检查后自行发送。',
    draftComposeDone: '此草稿现在就是报告：IT 支持地址已填入“收件人”，详细信息位于转发的退信上方。请检查后自行发送。',
    draftFallback: 'Outlook 无法在此处打开新邮件。请复制报告，或在你的邮件应用中打开。',
    copyReport: '复制报告',
    openMailto: '在邮件应用中打开',
    helpdeskLabel: 'IT 支持地址',
    helpdeskHint: '报告的发送目标。保存在你的邮箱设置中。',
    helpdeskSave: '保存',
    helpdeskSaved: '已保存。',
    helpdeskInvalid: '请输入一个电子邮件地址，例如 helpdesk@example.com。',
    helpdeskMissing: '尚未设置 IT 支持地址：请在下面输入，或留空并自行填写“收件人”。',
    helpdeskFrom: '{source, select, user {你自己的设置。} url {由加载项链接设置。} config {你组织的默认设置。} other {未设置。}}',
    triedLabel: '我已尝试过的操作（可选）',
    inputTitle: '自己分析退信',
    inputHint: '适用于任何退信：粘贴其文本、选择已保存的 .eml 或 .msg 文件，或将邮件拖到此框中。',
    pasteLabel: '退信文本',
    analyseText: '解读此文本',
    pickFile: '选择文件（.eml、.msg）',
    dropHere: '或将邮件或文件拖放到此处',
    dropActive: '松开即可分析',
    fileTooBig: '该文件太大，不可能是退信（{size}）。',
    fileUnreadable: '无法读取该文件。',
    sourcePaste: '粘贴的文本',
    sourceFile: '文件 {name}',
    sourceDrop: '拖入的邮件 {name}',
    sourceSelected: '所选邮件',
    sourceDraft: '此草稿中转发的退信',
    unknownSubject: '（无主题）',
    unknownValue: '未知',
    routeFile: '整个邮件文件',
    routeBodyText: '邮件文本',
    routeBodyHtml: '邮件 HTML',
    routeHeaders: '邮件头和文本',
    // h11 (#11 item 4)
    analysedWhen: '收到时间：{time}',
    selectionUnknown:
      '当你离开送达报告时，Outlook 不会通知加载项，因此此窗格无法得知当前选中的邮件。要解读另一封邮件，请选中它并选择“重新读取”。',
    routeAttachment: '附加的邮件',
    routeNone: '无',
    analyseAnother: '分析另一封退信',
    techRemote: '远程',
    techReporting: '报告',
    techAfter: '之后',
    techServerSaid: '服务器返回',
    techEvidence: '依据',
  },
};
