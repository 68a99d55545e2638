# Case data for make-m365-set.py (exec'd there). Each case: story, people, servers, reply text, labels.
import re as _re

def R(name, addr, reply, user, **kw):
    m = _re.search(r'\b([245]\.\d{1,3}\.\d{1,3})\b', reply)
    d = dict(name=name, addr=addr, reply=reply, user=user, dsn_status=kw.pop('dsn', m.group(1) if m else '5.0.0'))
    d['status_shown'] = d['dsn_status']
    d.update(kw)
    return d

def lab(_a, _s, _rc, _rs, _ow, **alt):
    d = dict(address=_a, status=_s, replyCode=_rc, reason=_rs, owner=_ow)
    if alt:
        d['alt'] = {k: v for k, v in alt.items()}
    return d

EXO = 'exchange-online'
SRV = 'exchange-server'
MS_NDR = 'Microsoft Learn, "Email non-delivery reports and SMTP errors in Exchange Online" (NDR table)'
USER_PERM = "You can't send a message on behalf of this user unless you have permission to do so. Please make sure you're sending on behalf of the correct sender, or request the necessary permission. If the problem continues, please contact your helpdesk."
USER_POLICY = "Your message wasn't delivered because the recipient's email provider rejected it."
USER_NOTFOUND = "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk."
USER_AUTH = "The group only accepts messages from people in its organization or on its allowed senders list, and your email address isn't on the list."

CASES = []
def case(**c):
    c.setdefault('lang', 'en')
    c.setdefault('kind', 'bounce')
    c.setdefault('family', EXO)
    c.setdefault('layout', 'legacy')
    CASES.append(c)

# ---------------- moderation ----------------
case(id='exo-en-moderation-rejected', form='eml', layout='legacy',
     me=('Lidia Holloway', 'lidia.holloway@contoso.com'), to=[('All Company', 'allcompany@contoso.com')],
     subject='Bake sale on Friday!', gen='DM6PR11MB4612.namprd11.prod.outlook.com',
     rcpts=[R('All Company', 'allcompany@contoso.com', '550 5.2.0 RESOLVER.MOD.Rejected; message rejected by moderator',
              "Your message wasn't delivered because the moderator of the group rejected it. Moderator's comment: Please post personal announcements on the Viva Engage community instead.")],
     labels=[lab('allcompany@contoso.com', '5.2.0', '550', 'rejected', 'recipient-side', owner=['you'], reason=['policyviolation'])],
     note="A moderated group's moderator rejected the message; the rejection carries the moderator's comment. Only the moderator (the group's side) can let this message through; the sender may repost elsewhere (alt owner you). The RESOLVER.MOD tag and wording are written in Exchange's style (not public verbatim).",
     source='Microsoft Learn "Manage message approval" / moderated recipients (Exchange Online); reply text written in Exchange style')
case(id='exo-en-moderation-pending', form='forward-text', layout='other', kind='warning',
     me=('Lidia Holloway', 'lidia.holloway@contoso.com'), to=[('Board Members', 'board@contoso.com')],
     subject='Q4 budget proposal', gen='DM6PR11MB4612.namprd11.prod.outlook.com',
     ndr_subject='Your message to Board Members is awaiting approval', ndr_from='Microsoft Outlook <postmaster@contoso.com>',
     note_user=['Hi IT, is this an error? Did my mail go out to the board or not?', 'Lidia'],
     text=['Your message to board@contoso.com is waiting for approval.', '',
           'The group Board Members is moderated. Your message has been sent to the group\'s moderator for approval. You\'ll get another notification if the moderator rejects it, or if it isn\'t approved within two days.', '',
           'Subject: Q4 budget proposal', 'Sent: 10/14/2025 8:12 AM', '',
           'You don\'t need to do anything now.'],
     rcpts=[], labels=[lab('board@contoso.com', None, None, None, 'wait')],
     note="Moderation pending notice: not a failure yet, the moderator decides. Owner wait; no code in the text; reason null (no Sisimai word for a held message). Wording written in Microsoft's style (not public verbatim).",
     source='Microsoft Learn "Manage message approval" (sender notifications, 2-day expiry); wording written in Exchange style')
case(id='exo-de-moderation-rejected', form='forward-html', lang='de', layout='legacy', tenant='contosode',
     me=('Jonas Weber', 'jonas.weber@contoso.de'), to=[('Vertrieb Alle', 'vertrieb-alle@contoso.de')],
     subject='Neue Preisliste 2026', gen='FR2P281MB2391.DEUP281.PROD.OUTLOOK.COM',
     note_user=['Hallo Helpdesk,', 'meine Mail an den Verteiler kam zurück. Was soll ich tun?', 'Gruß Jonas'],
     rcpts=[R('Vertrieb Alle', 'vertrieb-alle@contoso.de', '550 5.2.0 RESOLVER.MOD.Rejected; message rejected by moderator',
              'Ihre Nachricht wurde nicht zugestellt, weil der Moderator der Gruppe sie abgelehnt hat. Kommentar des Moderators: Preislisten bitte nur über das Produktmanagement verschicken.')],
     labels=[lab('vertrieb-alle@contoso.de', '5.2.0', '550', 'rejected', 'recipient-side', owner=['you'], reason=['policyviolation'])],
     note="German forward (HTML) of a moderator's rejection with the moderator's comment. Headings: de legacy layout (Generierender Server verified; first heading by analogy). User sentence written in Microsoft's style.",
     source='as exo-en-moderation-rejected; de headings per outlook corpus README')

# ---------------- mail flow rules / DLP ----------------
case(id='exo-en-5.7.1-transport-rule-default', form='forward-text', layout='legacy',
     me=('Adele Vance', 'adele.vance@contoso.com'), to=[('Henrik Jensen', 'henrik.jensen@fabrikam.com')],
     subject='Scan of signed contract', gen='CH3PR12MB8310.NAMPRD12.PROD.OUTLOOK.COM',
     note_user=['Hello,', 'my email to Fabrikam keeps bouncing. Can you check?', 'Adele'],
     rcpts=[R('Henrik Jensen', 'henrik.jensen@fabrikam.com', '550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy',
              'Your message was rejected by your organization\'s email policy. Delivery not authorized, message refused. Please contact your helpdesk.')],
     labels=[lab('henrik.jensen@fabrikam.com', '5.7.1', '550', 'policyviolation', 'your-it', owner=['you'], reason=['rejected'])],
     note="The sender's own tenant (generating server is the sender's, no remote server) rejected the message with a mail flow rule's default text. IT owns the rule; alt owner you (change what the rule objects to).",
     source='Microsoft Learn "Mail flow rule actions in Exchange Online" (Reject the message with the explanation; default text "Delivery not authorized, message refused"); TRANSPORT.RULES.RejectMessage per shared/reference/status-codes.md')
case(id='exo-en-5.7.901-custom-rule-attachment', form='eml', layout='legacy',
     me=('Diego Siciliani', 'diego.siciliani@contoso.com'), to=[('Ana Bowman', 'ana.bowman@northwindtraders.com')],
     subject='Site photos (zip)', gen='SA1PR12MB7342.NAMPRD12.PROD.OUTLOOK.COM',
     rcpts=[R('Ana Bowman', 'ana.bowman@northwindtraders.com', '550 5.7.901 TRANSPORT.RULES.RejectMessage; ZIP attachments may not be sent outside Contoso. Share the files with a OneDrive link instead.',
              'ZIP attachments may not be sent outside Contoso. Share the files with a OneDrive link instead.')],
     labels=[lab('ana.bowman@northwindtraders.com', '5.7.901', '550', 'policyviolation', 'you', owner=['your-it'])],
     note="Own tenant's mail flow rule with a custom enhanced code (5.7.900-5.7.999) and the admin's custom explanation, which tells the user what to do (share a link): owner you, alt your-it.",
     source='Microsoft Learn mail flow rule action RejectMessageEnhancedStatusCode (5.7.900-5.7.999) and RejectMessageReasonText; custom text written for this set')
case(id='exo-de-5.7.950-custom-rule', form='forward-text', lang='de', layout='legacy', tenant='contosode',
     me=('Jonas Weber', 'jonas.weber@contoso.de'), to=[('Petra Krause', 'p.krause@fabrikam.de')],
     subject='Gehaltsabrechnung Oktober', gen='FR2P281MB2391.DEUP281.PROD.OUTLOOK.COM',
     note_user=['Hallo,', 'was bedeutet das? Die Mail ging an unseren Steuerberater.', 'Jonas'],
     rcpts=[R('Petra Krause', 'p.krause@fabrikam.de', '550 5.7.950 TRANSPORT.RULES.RejectMessage; Nachrichten mit dem Stichwort Gehaltsabrechnung duerfen nur verschluesselt nach extern gesendet werden. Bitte Betreff mit [verschluesseln] beginnen.',
              'Nachrichten mit dem Stichwort Gehaltsabrechnung dürfen nur verschlüsselt nach extern gesendet werden. Bitte Betreff mit [verschluesseln] beginnen.')],
     labels=[lab('p.krause@fabrikam.de', '5.7.950', '550', 'policyviolation', 'you', owner=['your-it'])],
     note="German forward: own tenant's mail flow rule with custom code 5.7.950 and German admin text telling the user to encrypt. Owner you (follow the instruction), alt your-it.",
     source='as exo-en-5.7.901-custom-rule-attachment; de headings per outlook corpus README')
case(id='exo-en-5.7.1-rule-recipient-org', form='paste', layout='legacy', generatedBy='recipient tenant',
     rejby='fabrikam-com.mail.protection.outlook.com',
     me=('Adele Vance', 'adele.vance@contoso.com'), to=[('Fabrikam Accounts Payable', 'ap@fabrikam.com')],
     subject='Invoice INV-20931', gen='CH3PR12MB8310.NAMPRD12.PROD.OUTLOOK.COM',
     rcpts=[R('Fabrikam Accounts Payable', 'ap@fabrikam.com', '550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy',
              USER_POLICY, remote='fabrikam-com.mail.protection.outlook.com')],
     paste_cut=True,
     labels=[lab('ap@fabrikam.com', '5.7.1', '550', 'policyviolation', 'recipient-side', reason=['rejected'])],
     note="Reading-pane paste of the rejected-by variant: the recipient's tenant (fabrikam) rejected the message with its own mail flow rule. Only Fabrikam can change its rule: recipient-side.",
     source='Microsoft Learn NDR layout (rejected-by/gave this error variant) and mail flow rule default reject text')
case(id='exo-en-dlp-policy-blocked', form='forward-html', layout='legacy',
     me=('Megan Bowen', 'megan.bowen@contoso.com'), to=[('Raul Razo', 'raul.razo@relecloud.com')],
     subject='Customer list for the campaign', gen='BN0PR08MB6951.NAMPRD08.PROD.OUTLOOK.COM',
     note_user=['Hi, this bounced. I need to send this list to our agency today.'],
     rcpts=[R('Raul Razo', 'raul.razo@relecloud.com', '550 5.7.1 TRANSPORT.RULES.RejectMessage; Your message contains credit card numbers and was blocked by the Contoso data loss prevention policy.',
              'Your message contains credit card numbers and was blocked by the Contoso data loss prevention policy. Remove the sensitive information or contact your helpdesk.')],
     labels=[lab('raul.razo@relecloud.com', '5.7.1', '550', 'policyviolation', 'you', owner=['your-it'], reason=['securityerror'])],
     note="DLP policy (Microsoft Purview) blocked the message in the sender's own tenant with a custom notification: the user must remove the sensitive data (you) or IT must grant an override (alt your-it).",
     source='Microsoft Learn "Data loss prevention policy reference" (restrict access / block, custom NDR text, policy tips); custom text written for this set')
case(id='exo-fr-dlp-policy-blocked', form='paste', lang='fr', layout='legacy', tenant='contosofr',
     me=('Camille Martin', 'camille.martin@contoso.fr'), to=[('Luc Girard', 'luc.girard@margiestravel.fr')],
     subject='RIB et passeport pour la réservation', gen='PR1P264MB3925.FRAP264.PROD.OUTLOOK.COM',
     rcpts=[R('Luc Girard', 'luc.girard@margiestravel.fr', '550 5.7.1 TRANSPORT.RULES.RejectMessage; Votre message contient des numéros de passeport et a été bloqué par la stratégie de protection contre la perte de données de Contoso.',
              'Votre message contient des numéros de passeport et a été bloqué par la stratégie de protection contre la perte de données de Contoso. Supprimez ces informations ou contactez votre support technique.')],
     paste_cut=True,
     labels=[lab('luc.girard@margiestravel.fr', '5.7.1', '550', 'policyviolation', 'you', owner=['your-it'], reason=['securityerror'])],
     note="French paste of a DLP block with the admin's French custom text. Owner you (remove the passport numbers), alt your-it.",
     source='as exo-en-dlp-policy-blocked; fr headings verified per outlook corpus README')

# ---------------- send-as / on behalf ----------------
case(id='exo-en-sendas-denied', form='eml', layout='legacy',
     me=('Isaiah Langer', 'isaiah.langer@contoso.com'), to=[('Nestor Wilke', 'nestor.wilke@tailspintoys.com'), ('Joni Sherman', 'joni.sherman@tailspintoys.com')],
     from_hdr='Contoso Sales <sales@contoso.com>', subject='Your quote Q-4471', gen='SA1PR12MB7342.NAMPRD12.PROD.OUTLOOK.COM',
     rcpts=[R(n, a, '554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.', USER_PERM)
            for n, a in [('Nestor Wilke', 'nestor.wilke@tailspintoys.com'), ('Joni Sherman', 'joni.sherman@tailspintoys.com')]],
     multiRecipient=True,
     labels=[lab(a, '5.2.0', '554', 'rejected', 'your-it', owner=['you'], reason=['securityerror', 'policyviolation'])
             for a in ['nestor.wilke@tailspintoys.com', 'joni.sherman@tailspintoys.com']],
     note="User sent From the shared mailbox sales@ without Send As permission; Exchange refuses submission for every recipient (STOREDRV.Submission, the sender's side). IT must grant Send As (your-it); alt you (send from your own address).",
     source='SendAsDeniedException text as quoted in public reports (pastebin); Microsoft Learn "Manage permissions for recipients" (Send As / Send on Behalf)')
case(id='exo-en-5.7.60-send-as', form='forward-text', layout='legacy',
     me=('Isaiah Langer', 'isaiah.langer@contoso.com'), to=[('Pradeep Gupta', 'pradeep.gupta@woodgrovebank.com')],
     subject='Statement request', gen='SA1PR12MB7342.NAMPRD12.PROD.OUTLOOK.COM',
     note_user=['IT - I sent this from the Support mailbox like always, now it bounces.'],
     rcpts=[R('Pradeep Gupta', 'pradeep.gupta@woodgrovebank.com', '550 5.7.60 SMTP; Client does not have permissions to send as this sender', USER_PERM)],
     labels=[lab('pradeep.gupta@woodgrovebank.com', '5.7.60', '550', 'rejected', 'your-it', owner=['you'], reason=['securityerror'])],
     note="Send As denied at submission (5.7.60) for a shared mailbox; IT grants the permission (alt you: send from your own address).",
     source='"550 5.7.60 SMTP; Client does not have permissions to send as this sender" as in public Exchange Online logs; Microsoft Learn send-as permissions')
case(id='exo-es-sendas-denied', form='forward-text', lang='es', layout='legacy', tenant='contosoes',
     me=('Lucía Romero', 'lucia.romero@contoso.es'), to=[('Javier Ortega', 'jortega@adatum.es')],
     from_hdr='Recepción Contoso <recepcion@contoso.es>', subject='Confirmación de cita', gen='MAD1P195MB1784.EURP195.PROD.OUTLOOK.COM',
     note_user=['Hola, me sale este error al enviar desde el buzón de Recepción.', 'Gracias, Lucía'],
     rcpts=[R('Javier Ortega', 'jortega@adatum.es', '554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.',
              'No puede enviar un mensaje en nombre de este usuario a menos que tenga permiso para hacerlo. Compruebe que envía en nombre del remitente correcto o solicite el permiso necesario.')],
     labels=[lab('jortega@adatum.es', '5.2.0', '554', 'rejected', 'your-it', owner=['you'], reason=['securityerror', 'policyviolation'])],
     note="Spanish forward of SendAsDenied from a shared mailbox. User sentence is this set's translation; headings per outlook corpus README (first heading by analogy).",
     source='as exo-en-sendas-denied')
case(id='exo-ja-5.7.60-send-as', form='paste', lang='ja', layout='legacy', tenant='contosojp',
     me=('佐藤 花子', 'hanako.sato@contoso.co.jp'), to=[('鈴木 一郎', 'suzuki@fabrikam.co.jp')],
     subject='見積書送付の件', gen='TYCP286MB2412.JPNP286.PROD.OUTLOOK.COM',
     rcpts=[R('鈴木 一郎', 'suzuki@fabrikam.co.jp', '550 5.7.60 SMTP; Client does not have permissions to send as this sender',
              'このユーザーの代理としてメッセージを送信する権限がありません。正しい差出人で送信しているか確認するか、必要な権限を申請してください。')],
     paste_cut=True,
     labels=[lab('suzuki@fabrikam.co.jp', '5.7.60', '550', 'rejected', 'your-it', owner=['you'], reason=['securityerror'])],
     note="Japanese paste of a Send As refusal (5.7.60). User sentence is this set's translation.",
     source='as exo-en-5.7.60-send-as; ja headings per outlook corpus README')

# ---------------- own mailbox full ----------------
QUOTA = '554 5.2.2 mailbox full; STOREDRV.Submission.Exception:QuotaExceededException.MapiExceptionQuotaExceeded; Failed to process message due to a permanent exception with message Cannot save changes made to an item to store.'
case(id='exo-en-sender-quota-exceeded', form='eml', layout='legacy',
     me=('Patti Fernandez', 'patti.fernandez@contoso.com'), to=[('Brian Johnson', 'brian.johnson@litwareinc.com')],
     subject='Revised floor plans', gen='SA1PR12MB7342.NAMPRD12.PROD.OUTLOOK.COM',
     rcpts=[R('Brian Johnson', 'brian.johnson@litwareinc.com', QUOTA,
              "Your message couldn't be sent because your mailbox is full. Delete some items, empty the Deleted Items folder, and then send the message again.")],
     labels=[lab('brian.johnson@litwareinc.com', '5.2.2', '554', 'mailboxfull', 'you', owner=['your-it'])],
     note="STOREDRV.Submission QuotaExceeded: the SENDER's own mailbox is over its send quota, not the recipient's. The user frees space (you), alt your-it (raise quota / archive).",
     source='shared/reference/status-codes.md 5.2.2 STOREDRV.Submission QuotaExceededException (sender\'s own mailbox); Microsoft Learn "Exchange Online limits" (mailbox storage, prohibit send quota)')
case(id='exo-de-sender-quota-exceeded', form='forward-text', lang='de', layout='legacy', tenant='contosode',
     me=('Anna Schmidt', 'anna.schmidt@contoso.de'), to=[('Markus Braun', 'm.braun@fabrikam.de')],
     subject='Angebot Wartungsvertrag', gen='FR2P281MB2391.DEUP281.PROD.OUTLOOK.COM',
     note_user=['Hallo IT,', 'ich kann keine Mails mehr verschicken. Ist das Postfach von Herrn Braun voll?', 'Anna'],
     rcpts=[R('Markus Braun', 'm.braun@fabrikam.de', QUOTA,
              'Ihre Nachricht konnte nicht gesendet werden, weil Ihr Postfach voll ist. Löschen Sie Elemente, leeren Sie den Ordner „Gelöschte Elemente" und senden Sie die Nachricht erneut.')],
     labels=[lab('m.braun@fabrikam.de', '5.2.2', '554', 'mailboxfull', 'you', owner=['your-it'])],
     note="German forward: the user's own mailbox is full (STOREDRV.Submission) — the user even suspects the recipient. Owner you, alt your-it.",
     source='as exo-en-sender-quota-exceeded')
case(id='exo-it-sender-quota-exceeded', form='paste', lang='it', layout='legacy', tenant='contosoit',
     me=('Giulia Rossi', 'giulia.rossi@contoso.it'), to=[('Marco Bianchi', 'marco.bianchi@fabrikam.it')],
     subject='Verbale riunione', gen='AM0PR04MB6113.EURPRD04.PROD.OUTLOOK.COM',
     rcpts=[R('Marco Bianchi', 'marco.bianchi@fabrikam.it', QUOTA,
              'Impossibile inviare il messaggio perché la cassetta postale è piena. Elimina alcuni elementi, svuota la cartella Posta eliminata e invia di nuovo il messaggio.')],
     paste_cut=True,
     labels=[lab('marco.bianchi@fabrikam.it', '5.2.2', '554', 'mailboxfull', 'you', owner=['your-it'])],
     note="Italian paste: sender's own mailbox full. Italian headings and user sentence written by analogy (heading not verified).",
     source='as exo-en-sender-quota-exceeded')

# ---------------- rate limits ----------------
case(id='exo-en-5.2.121-sender-rate', form='forward-html', layout='legacy',
     me=('Alex Wilber', 'alex.wilber@contoso.com'), to=[('Orders', 'orders@proseware.com')],
     subject='PO 88213', gen='BN0PR08MB6951.NAMPRD08.PROD.OUTLOOK.COM', generatedBy='recipient tenant', tenant='proseware',
     note_user=['Our order script stopped working this afternoon.'],
     rcpts=[R('Orders', 'orders@proseware.com', "550 5.2.121 RESOLVER.RST.SendersPerRecipientThresholdExceeded; Recipient's per hour message receive limit from specific sender exceeded",
              'This recipient has received too many messages from you in the last hour. Wait a while and try again.')],
     labels=[lab('orders@proseware.com', '5.2.121', '550', 'speeding', 'you', reason=['toomanyconn'])],
     note="The recipient's tenant limits how many messages one sender may send it per hour (5.2.121): slow down and retry later — you.",
     source=MS_NDR + ' (5.2.121)')
case(id='exo-en-5.2.122-recipient-rate', form='paste', layout='enhanced', generatedBy='recipient tenant',
     me=('Alex Wilber', 'alex.wilber@contoso.com'), to=[('Help Desk', 'helpdesk@proseware.com')],
     subject='Ticket 5521 update', gen='BN0PR08MB6951.NAMPRD08.PROD.OUTLOOK.COM',
     rcpts=[R('Help Desk', 'helpdesk@proseware.com', "550 5.2.122 RESOLVER.RST.RecipientThresholdExceeded; The recipient has exceeded their limit for the number of messages they can receive per hour", '')],
     enh=dict(cause="Your message wasn't delivered because the recipient has received too many messages in the last hour.", action='recipient-side',
              title='Recipient receiving too much mail',
              fix=["The recipient's mailbox is receiving more messages than it's allowed to accept in an hour. Try sending your message again later."],
              admin=["The recipient has exceeded the hourly limit for the number of messages it can receive. The limit resets after an hour; the recipient's admin should check for mail loops or automated senders."]),
     labels=[lab('helpdesk@proseware.com', '5.2.122', '550', 'speeding', 'recipient-side', owner=['you'], reason=['toomanyconn'])],
     note="Reading-pane paste of a new-layout NDR: the recipient mailbox is over its own hourly receive limit (5.2.122). Action Required under the recipient; the sender can only retry later (alt you).",
     source=MS_NDR + ' (5.2.122); enhanced layout per outlook corpus README')
case(id='exo-en-5.1.90-daily-recipient-limit', form='forward-text', layout='legacy',
     me=('Christie Cline', 'christie.cline@contoso.com'), to=[('Newsletter list', 'members@alpineskihouse.com')],
     subject='Club newsletter - November', gen='SA1PR12MB7342.NAMPRD12.PROD.OUTLOOK.COM',
     note_user=["I can't send anything since I sent the newsletter.", 'Christie'],
     rcpts=[R('Newsletter list', 'members@alpineskihouse.com', "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients",
              "Your message can't be sent because you've reached your daily limit for message recipients. Try again tomorrow.")],
     labels=[lab('members@alpineskihouse.com', '5.1.90', '550', 'speeding', 'you', owner=['your-it'], reason=['exceedlimit'])],
     note="The sender's own daily recipient limit (10,000/day) was reached: wait 24 hours (you); if the user did not send that much the account may be compromised (alt your-it).",
     source=MS_NDR + ' (5.1.90)')
case(id='exo-en-5.7.233-tenant-external-limit', form='eml', layout='legacy',
     me=('Christie Cline', 'christie.cline@contoso.com'), to=[('Kat Larson', 'kat.larson@wingtiptoys.com')],
     subject='Event invitation', gen='SA1PR12MB7342.NAMPRD12.PROD.OUTLOOK.COM',
     rcpts=[R('Kat Larson', 'kat.larson@wingtiptoys.com', '550 5.7.233 Message cannot be sent because your tenant exceeded its daily limit for sending email to external recipients (tenant external recipient rate limit)',
              "Your message couldn't be delivered because your organization has reached its daily limit for sending email to external recipients. Contact your email admin.")],
     labels=[lab('kat.larson@wingtiptoys.com', '5.7.233', '550', 'speeding', 'your-it', reason=['exceedlimit'])],
     note="Tenant External Recipient Rate Limit: the whole organisation, not the user, is over its daily external recipient cap — IT.",
     source='shared/reference/status-codes.md 5.7.232/5.7.233 (MS-NDR 2026 revision, TERRL)')

# ---------------- outbound spam / tenant blocks ----------------
case(id='exo-en-5.1.8-bad-outbound-sender', form='eml', layout='legacy',
     me=('Grady Archie', 'grady.archie@contoso.com'), to=[('Lee Gu', 'lee.gu@fourthcoffee.com'), ('Irvin Sayers', 'irvin.sayers@fourthcoffee.com')],
     subject='Re: Delivery schedule', gen='SA1PR12MB7342.NAMPRD12.PROD.OUTLOOK.COM', multiRecipient=True,
     rcpts=[R(n, a, '550 5.1.8 Access denied, bad outbound sender. AS(42004) [SA1PR12MB7342.namprd12.prod.outlook.com]',
              "Your message couldn't be delivered because you weren't recognized as a valid sender. The most common reason for this is that your email address is suspected of sending spam and it's no longer allowed to send email. Contact your email admin for assistance.")
            for n, a in [('Lee Gu', 'lee.gu@fourthcoffee.com'), ('Irvin Sayers', 'irvin.sayers@fourthcoffee.com')]],
     labels=[lab(a, '5.1.8', '550', 'rejected', 'your-it', reason=['blocked', 'securityerror']) for a in ['lee.gu@fourthcoffee.com', 'irvin.sayers@fourthcoffee.com']],
     note="The sender's account is on Microsoft's restricted-entities list for outbound spam (likely compromised): IT must secure and unblock it.",
     source='Microsoft Learn "Fix email delivery issues for error code 5.1.8 in Exchange Online"; user sentence after that page')
case(id='exo-nl-5.1.8-bad-outbound-sender', form='forward-text', lang='nl', layout='legacy', tenant='contosonl',
     me=('Sanne de Vries', 'sanne.devries@contoso.nl'), to=[('Pieter Jansen', 'p.jansen@fabrikam.nl')],
     subject='Offerte onderhoud', gen='AM8PR04MB7811.EURPRD04.PROD.OUTLOOK.COM',
     note_user=['Hoi servicedesk,', 'ik krijg al mijn mails terug sinds vanochtend. Kunnen jullie kijken?', 'Sanne'],
     rcpts=[R('Pieter Jansen', 'p.jansen@fabrikam.nl', '550 5.1.8 Access denied, bad outbound sender. AS(42004) [AM8PR04MB7811.eurprd04.prod.outlook.com]',
              'Uw bericht kan niet worden bezorgd omdat u niet bent herkend als geldige afzender. Meestal betekent dit dat uw e-mailadres wordt verdacht van het verzenden van spam. Neem contact op met uw e-mailbeheerder.')],
     labels=[lab('p.jansen@fabrikam.nl', '5.1.8', '550', 'rejected', 'your-it', reason=['blocked', 'securityerror'])],
     note="Dutch forward of a 5.1.8 outbound-spam block. Dutch headings and user sentence written by analogy (heading not verified).",
     source='as exo-en-5.1.8-bad-outbound-sender')
case(id='exo-en-5.7.705-tenant-threshold', form='paste', layout='legacy',
     me=('Grady Archie', 'grady.archie@contoso.com'), to=[('Bookings', 'bookings@margiestravel.com')],
     subject='Group booking', gen='SA1PR12MB7342.NAMPRD12.PROD.OUTLOOK.COM',
     rcpts=[R('Bookings', 'bookings@margiestravel.com', '550 5.7.705 Access denied, tenant has exceeded threshold. AS(7229) [SA1PR12MB7342.namprd12.prod.outlook.com]',
              "Your message couldn't be delivered because your organization's email service has been blocked for sending too much spam. Contact your email admin.")],
     paste_cut=True,
     labels=[lab('bookings@margiestravel.com', '5.7.705', '550', 'blocked', 'your-it', reason=['speeding', 'rejected'])],
     note="Whole tenant blocked for sending too much spam (5.7.705): IT / Microsoft support.",
     source='Microsoft Learn "Fix error codes 550 5.7.703, 5.7.705, 5.7.708, 5.7.750"')
case(id='exo-pt-5.7.708-ip-not-accepted', form='forward-text', lang='pt', layout='legacy', tenant='contosobr',
     me=('Ana Souza', 'ana.souza@contoso.com.br'), to=[('Carlos Lima', 'carlos.lima@fabrikam.com.br')],
     subject='Proposta comercial', gen='CP4P284MB1201.BRAP284.PROD.OUTLOOK.COM',
     note_user=['Olá suporte,', 'nenhum e-mail externo está saindo hoje. Podem verificar?', 'Ana'],
     rcpts=[R('Carlos Lima', 'carlos.lima@fabrikam.com.br', '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. AS(7230) [CP4P284MB1201.brap284.prod.outlook.com]',
              'Sua mensagem não pôde ser entregue porque o tráfego do seu servidor de email não é aceito no momento. Entre em contato com o administrador de email.')],
     labels=[lab('carlos.lima@fabrikam.com.br', '5.7.708', '550', 'blocked', 'your-it', reason=['speeding'])],
     note="Brazilian Portuguese forward of 5.7.708 (new tenant's low-reputation IP). Portuguese headings and user sentence written by analogy (heading not verified).",
     source='as exo-en-5.7.705-tenant-threshold')
case(id='exo-en-5.7.501-spam-abuse', form='forward-text', layout='legacy',
     me=('Johanna Lorenz', 'johanna.lorenz@contoso.com'), to=[('Reservations', 'reservations@alpineskihouse.com')],
     subject='Room block for the sales kick-off', gen='SA1PR12MB7342.NAMPRD12.PROD.OUTLOOK.COM',
     note_user=['This came back twice. Please help!'],
     rcpts=[R('Reservations', 'reservations@alpineskihouse.com', '550 5.7.501 Access denied, spam abuse detected. AS(4220) [SA1PR12MB7342.namprd12.prod.outlook.com]',
              "Your message couldn't be delivered because your account has been blocked for sending spam. Contact your email admin.")],
     labels=[lab('reservations@alpineskihouse.com', '5.7.501', '550', 'blocked', 'your-it', reason=['rejected', 'securityerror'])],
     note="Account banned for spam abuse (5.7.501): IT must investigate the compromise and request unblocking.",
     source=MS_NDR + ' (5.7.501-5.7.503)')

# ---------------- authenticated-only / restricted recipients ----------------
case(id='exo-en-5.7.133-group-auth-required', form='eml', layout='enhanced', generatedBy='recipient tenant', tenant='fabrikam',
     me=('Megan Bowen', 'megan.bowen@contoso.com'), to=[('Fabrikam Partners', 'partners@fabrikam.com')],
     subject='Joint webinar proposal', gen='MW4PR08MB9321.NAMPRD08.PROD.OUTLOOK.COM',
     rcpts=[R('Fabrikam Partners', 'partners@fabrikam.com', '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group', '')],
     enh=dict(cause="Your message couldn't be delivered because the group only accepts messages from people in its own organization.", action='recipient-side',
              title='Sender not authenticated for group',
              fix=['The group partners@fabrikam.com only accepts email from inside its organization. Ask the group owner to allow external senders, or send your message to a member of the group directly.'],
              admin=["The group requires senders to be authenticated. The group owner or the recipient's admin can clear 'Require that all senders are authenticated' for this group."]),
     labels=[lab('partners@fabrikam.com', '5.7.133', '550', 'rejected', 'recipient-side', reason=['policyviolation'])],
     note="New-layout NDR generated by the recipient's tenant: distribution group accepts internal (authenticated) senders only. Action Required under the recipient.",
     source='Microsoft Learn "Fix email delivery issues for error code 5.7.133 in Exchange Online"')
case(id='exo-fr-5.7.134-mailbox-auth-required', form='forward-text', lang='fr', layout='legacy', tenant='contosofr', generatedBy='recipient tenant',
     me=('Camille Martin', 'camille.martin@contoso.fr'), to=[('Direction', 'direction@lucernepublishing.fr')],
     subject='Demande de rendez-vous', gen='PR1P264MB3925.FRAP264.PROD.OUTLOOK.COM',
     note_user=['Bonjour,', 'encore un message refusé. Pouvez-vous regarder ?', 'Camille'],
     rcpts=[R('Direction', 'direction@lucernepublishing.fr', '550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox; authentication required; Delivery restriction check failed as sender not authenticated for mailbox',
              "Le destinataire n'accepte que les messages provenant de son organisation. Demandez-lui de vous autoriser ou utilisez un autre moyen de contact.",
              remote='lucernepublishing-fr.mail.protection.outlook.com')],
     labels=[lab('direction@lucernepublishing.fr', '5.7.134', '550', 'rejected', 'recipient-side', reason=['policyviolation'])],
     note="French forward: the recipient's mailbox only accepts authenticated (internal) senders (5.7.134). User sentence is this set's French.",
     source='Microsoft Learn "Fix email delivery issues for error code 5.7.134 in Exchange Online"')
case(id='exo-en-5.7.135-public-folder', form='paste', layout='legacy', generatedBy='recipient tenant',
     me=('Alex Wilber', 'alex.wilber@contoso.com'), to=[('Support Archive', 'support-archive@treyresearch.net')],
     subject='Case 77120 logs', gen='BY5PR17MB3892.NAMPRD17.PROD.OUTLOOK.COM',
     rcpts=[R('Support Archive', 'support-archive@treyresearch.net', '550 5.7.135 RESOLVER.RST.SenderNotAuthenticatedForPublicFolder; authentication required; Delivery restriction check failed as sender not authenticated for public folder',
              'The public folder you tried to send to only accepts messages from people in its organization.')],
     paste_cut=True,
     labels=[lab('support-archive@treyresearch.net', '5.7.135', '550', 'rejected', 'recipient-side', reason=['policyviolation'])],
     note="Mail-enabled public folder accepts internal senders only (5.7.135): the folder's owner / recipient admin must allow it.",
     source='Microsoft Learn "Fix email delivery issues for error code 5.7.13 or 5.7.135 in Exchange Online"')
case(id='exo-it-5.7.136-mail-user-auth', form='forward-text', lang='it', layout='legacy', tenant='contosoit', generatedBy='recipient tenant',
     me=('Giulia Rossi', 'giulia.rossi@contoso.it'), to=[('Consulente esterno', 'consulente@adatum.it')],
     subject='Documentazione progetto', gen='AM0PR04MB6113.EURPRD04.PROD.OUTLOOK.COM',
     note_user=['Ciao,', 'il messaggio non arriva al consulente di Adatum. Cosa devo fare?', 'Giulia'],
     rcpts=[R('Consulente esterno', 'consulente@adatum.it', '550 5.7.136 RESOLVER.RST.SenderNotAuthenticatedForMailUser; authentication required; Delivery restriction check failed as sender not authenticated for mail user',
              "Il destinatario accetta solo messaggi provenienti dalla propria organizzazione.", remote='adatum-it.mail.protection.outlook.com')],
     labels=[lab('consulente@adatum.it', '5.7.136', '550', 'rejected', 'recipient-side', reason=['policyviolation'])],
     note="Italian forward: mail user at the recipient's tenant accepts authenticated senders only (5.7.136). Italian headings by analogy (heading not verified).",
     source='Microsoft Learn "Fix email delivery issues for error code 5.7.136 in Exchange Online"')
case(id='exo-de-5.7.193-group-external', form='eml', lang='de', layout='legacy', tenant='fabrikamde', generatedBy='recipient tenant',
     me=('Anna Schmidt', 'anna.schmidt@contoso.de'), to=[('Projektteam Nord', 'projekt-nord@fabrikam.de')],
     subject='Abstimmung Bauabschnitt 2', gen='FR2P281MB2391.DEUP281.PROD.OUTLOOK.COM',
     rcpts=[R('Projektteam Nord', 'projekt-nord@fabrikam.de', "550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn't a group member or external senders aren't permitted to send to this group.",
              'Die Gruppe nimmt nur Nachrichten von Mitgliedern oder von Absendern innerhalb ihrer Organisation an.')],
     labels=[lab('projekt-nord@fabrikam.de', '5.7.193', '550', 'rejected', 'recipient-side', reason=['policyviolation'])],
     note="German Microsoft 365 group closed to external senders (5.7.193), legacy layout. Group owner must allow outside senders.",
     source='Microsoft Learn "550 5.7.193 when external users send to a Microsoft 365 group"')
case(id='exo-en-5.7.1-notauthorized-restricted-dl', form='forward-text', layout='legacy',
     me=('Lynne Robbins', 'lynne.robbins@contoso.com'), to=[('Executive Leadership', 'elt@contoso.com')],
     subject='Request for budget sign-off', gen='DM6PR11MB4612.namprd11.prod.outlook.com',
     note_user=['Hi, why can\'t I email the ELT list?'],
     rcpts=[R('Executive Leadership', 'elt@contoso.com', '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized',
              "You don't have permission to send to this recipient. For assistance, contact your system administrator.")],
     labels=[lab('elt@contoso.com', '5.7.1', '550', 'rejected', 'recipient-side', owner=['your-it'], reason=['policyviolation'])],
     note="Internal distribution group restricted to named senders (RESOLVER.RST.NotAuthorized). The group's owner decides (recipient-side in the corpus's sense); since the group is in the user's own organisation, IT is a defensible alt owner.",
     source='Microsoft Learn "Fix email delivery issues for error code 5.7.1 in Exchange Online" (delivery restrictions)')
case(id='exo-en-5.7.1-authrequired', form='paste', layout='legacy', generatedBy='recipient tenant',
     me=('Lynne Robbins', 'lynne.robbins@contoso.com'), to=[('Press Office', 'press@relecloud.com')],
     subject='Interview request', gen='CO1PR06MB7892.NAMPRD06.PROD.OUTLOOK.COM',
     rcpts=[R('Press Office', 'press@relecloud.com', '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required',
              "This recipient only accepts messages from people inside its organization.", remote='relecloud-com.mail.protection.outlook.com')],
     paste_cut=True,
     labels=[lab('press@relecloud.com', '5.7.1', '550', 'rejected', 'recipient-side', reason=['policyviolation'])],
     note="Recipient requires authenticated senders (RESOLVER.RST.AuthRequired) — recipient-side.",
     source='shared/reference/status-codes.md §0 Exchange tags (RESOLVER.RST.AuthRequired)')
case(id='exo-en-5.2.3-group-size-limit', form='forward-text', layout='legacy',
     me=('Diego Siciliani', 'diego.siciliani@contoso.com'), to=[('Engineering All', 'eng-all@contoso.com')],
     subject='Design review recording', gen='SA1PR12MB7342.NAMPRD12.PROD.OUTLOOK.COM',
     note_user=['The recording bounced from the Engineering list.'],
     rcpts=[R('Engineering All', 'eng-all@contoso.com', '550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient',
              "Your message is too large to be delivered to this recipient. Try sending a smaller message, or share the file with a link.")],
     labels=[lab('eng-all@contoso.com', '5.2.3', '550', 'exceedlimit', 'you', owner=['your-it'], reason=['mesgtoobig'])],
     note="The group has its own maximum receive size (RESOLVER.RST.RecipSizeLimit): send a link or a smaller message (you); IT can raise the group's limit (alt).",
     source='shared/reference/status-codes.md Exchange Server texts (5.2.3 RESOLVER.RST.RecipSizeLimit)')

# ---------------- Directory-Based Edge Blocking ----------------
DBEB = '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [{h}]'
case(id='exo-en-5.4.1-dbeb', form='forward-text', layout='legacy', rejby='fabrikam-com.mail.protection.outlook.com',
     me=('Megan Bowen', 'megan.bowen@contoso.com'), to=[('Ravi Kumar', 'ravi.kumar@fabrikam.com')],
     subject='Follow-up from the trade show', gen='BN0PR08MB6951.NAMPRD08.PROD.OUTLOOK.COM',
     note_user=['Hi IT, Ravi gave me this address on his business card.'],
     rcpts=[R('Ravi Kumar', 'ravi.kumar@fabrikam.com', DBEB.format(h='BN8NAM12FT045.eop-nam12.prod.protection.outlook.com'),
              "A problem occurred while delivering this message to this email address. Try sending this message again. If the problem continues, please contact your helpdesk.",
              remote='fabrikam-com.mail.protection.outlook.com')],
     labels=[lab('ravi.kumar@fabrikam.com', '5.4.1', '550', 'userunknown', 'you', owner=['recipient-side'], reason=['rejected'])],
     note="Directory-Based Edge Blocking at the recipient's Exchange Online: the address does not exist in their directory (AS(201806281)). Check the address (you), alt recipient-side (their directory sync).",
     source='Microsoft Learn "Use Directory-Based Edge Blocking to reject messages sent to invalid recipients"; AS(201806281) as quoted in public Q&A')
case(id='exo-en-5.4.1-dbeb', form='eml', layout='legacy', rejby='northwindtraders-com.mail.protection.outlook.com',
     me=('Alex Wilber', 'alex.wilber@contoso.com'), to=[('Sales', 'sales@northwindtraders.com')],
     subject='Catalogue request', gen='BN0PR08MB6951.NAMPRD08.PROD.OUTLOOK.COM',
     rcpts=[R('sales@northwindtraders.com', 'sales@northwindtraders.com', DBEB.format(h='DM6NAM11FT012.eop-nam11.prod.protection.outlook.com'),
              "A problem occurred while delivering this message to this email address. Try sending this message again. If the problem continues, please contact your helpdesk.",
              remote='northwindtraders-com.mail.protection.outlook.com', remote_mta='northwindtraders-com.mail.protection.outlook.com')],
     labels=[lab('sales@northwindtraders.com', '5.4.1', '550', 'userunknown', 'you', owner=['recipient-side'], reason=['rejected'])],
     note="Whole NDR of a DBEB rejection (rejected-by variant with Remote-MTA).",
     source='as the forward-text DBEB file')
case(id='exo-ja-5.4.1-dbeb', form='paste', lang='ja', layout='legacy', tenant='contosojp',
     me=('佐藤 花子', 'hanako.sato@contoso.co.jp'), to=[('高橋 健', 'k.takahashi@fabrikam.co.jp')],
     subject='打ち合わせ日程', gen='TYCP286MB2412.JPNP286.PROD.OUTLOOK.COM',
     rcpts=[R('高橋 健', 'k.takahashi@fabrikam.co.jp', DBEB.format(h='TY2PEPF0000AB83.apcprd03.prod.outlook.com'),
              'このメール アドレスへのメッセージの配信中に問題が発生しました。もう一度送信してください。問題が解決しない場合は、ヘルプデスクに連絡してください。',
              remote='fabrikam-co-jp.mail.protection.outlook.com')],
     paste_cut=True,
     labels=[lab('k.takahashi@fabrikam.co.jp', '5.4.1', '550', 'userunknown', 'you', owner=['recipient-side'], reason=['rejected'])],
     note="Japanese paste of a DBEB rejection. User sentence is this set's Japanese.",
     source='as exo-en-5.4.1-dbeb')

# ---------------- moved / disabled mailboxes ----------------
case(id='exo-en-5.1.10-exrecipnotfound-departed', form='eml', layout='legacy',
     me=('Nestor Wilke', 'nestor.wilke@contoso.com'), to=[('Allan Deyoung', 'allan.deyoung@contoso.com')],
     subject='Handover notes', gen='SA1PR12MB7342.NAMPRD12.PROD.OUTLOOK.COM',
     rcpts=[R('Allan Deyoung', 'allan.deyoung@contoso.com', '550 5.1.10 RESOLVER.ADR.ExRecipNotFound; not found', USER_NOTFOUND)],
     labels=[lab('allan.deyoung@contoso.com', '5.1.10', '550', 'userunknown', 'you', owner=['your-it'])],
     note="Colleague has left; the cached Auto-Complete entry points at a removed mailbox (ExRecipNotFound). Remove the entry and use the new contact (you); IT may forward or convert the mailbox (alt).",
     source='Microsoft Learn "Fix email delivery issues for error code 5.1.10 in Exchange Online"; ExRecipNotFound per shared/reference/status-codes.md §0')
case(id='exchange2019-en-5.1.1-exrecipnotfound', form='forward-text', layout='legacy', family=SRV,
     ndr_from='Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.local>',
     me=('Henry Ross', 'henry.ross@contoso.com'), to=[('Emma Clarke', 'emma.clarke@contoso.com')],
     subject='Timesheet approval', gen='EX01.contoso.local', host='EX01.contoso.local',
     note_user=['Emma moved to the Leeds office last week, since then mails to her bounce.'],
     rcpts=[R('Emma Clarke', 'emma.clarke@contoso.com', '#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##', USER_NOTFOUND,
              diagline='#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##')],
     labels=[lab('emma.clarke@contoso.com', '5.1.1', '550', 'userunknown', 'you', owner=['your-it'])],
     note="Exchange Server 2019: mailbox moved/recreated; the cached legacyExchangeDN no longer resolves (ExRecipNotFound). Pick the address again from the directory (you); IT can add the old X500 address (alt).",
     source='Microsoft Learn "DSNs and NDRs in Exchange Server"; #550 ... ## diagnostic line layout')
case(id='exo-en-5.2.1-mailbox-disabled', form='forward-html', layout='legacy', generatedBy='recipient tenant',
     me=('Johanna Lorenz', 'johanna.lorenz@contoso.com'), to=[('Robin Counts', 'robin.counts@adatum.com')],
     subject='Contract renewal', gen='CY4PR13MB1471.namprd13.prod.outlook.com',
     note_user=['Robin is our main contact at Adatum, this is urgent.'],
     rcpts=[R('Robin Counts', 'robin.counts@adatum.com', '550 5.2.1 STOREDRV.Deliver; mailbox disabled',
              "The recipient's mailbox is disabled and can't receive messages. Contact the recipient by some other means.", remote='adatum-com.mail.protection.outlook.com')],
     labels=[lab('robin.counts@adatum.com', '5.2.1', '550', 'suspend', 'recipient-side', owner=['you'], reason=['userunknown'])],
     note="Recipient's mailbox is disabled (5.2.1): only the recipient's organisation can re-enable it; reach the person another way (alt you). Diagnostic text written in Exchange's style.",
     source='RFC 3463 X.2.1 (mailbox disabled); shared/reference/status-codes.md §2; text written in Exchange style')

# ---------------- recall reports (not bounces) ----------------
case(id='outlook-en-recall-success', form='eml', layout='other', kind='not-bounce', family='exchange-recall',
     me=('Lidia Holloway', 'lidia.holloway@contoso.com'), to=[('Pradeep Gupta', 'pradeep.gupta@contoso.com')],
     subject='Salary review - draft', gen='DM6PR11MB4612.namprd11.prod.outlook.com', distractor=True,
     ndr_subject='Recall Success: Salary review - draft', ndr_from='Pradeep Gupta <pradeep.gupta@contoso.com>',
     text=['Your message', '', 'To: Pradeep Gupta', 'Subject: Salary review - draft', 'Sent: Tuesday, October 14, 2025 8:12:03 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London', '',
           'was recalled on Tuesday, October 14, 2025 8:14:40 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.'],
     rcpts=[], labels=[],
     note="Classic Outlook recall tracking message ('Recall Success:'): the recall worked; nothing failed and nothing to do. Not a bounce. Wording written after Microsoft's support article on recalling a message.",
     source='Microsoft Support "Recall or replace an email message that you sent"; layout written in Outlook style')
case(id='exo-en-recall-report', form='forward-text', layout='other', kind='not-bounce', family='exchange-recall',
     me=('Lidia Holloway', 'lidia.holloway@contoso.com'), to=[('Sales Team', 'sales-team@contoso.com')],
     subject='Price list (wrong version)', gen='DM6PR11MB4612.namprd11.prod.outlook.com', distractor=True,
     ndr_subject='Message Recall Report for message: Price list (wrong version)', ndr_from='Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.onmicrosoft.com>',
     note_user=['Did the recall work? What does "Failed: message already read" mean?'],
     text=['Message Recall Report', '', 'Message recall for the message "Price list (wrong version)" was requested on 10/14/2025 8:20 AM (UTC).', '',
           'Recipient', 'Recall Result', 'Recipient Address', '',
           'Joni Sherman', 'Success', 'joni.sherman@contoso.com', '',
           'Nestor Wilke', 'Failed: message already read', 'nestor.wilke@contoso.com', '',
           'For more information about message recall, see Recall an Outlook message.'],
     rcpts=[], labels=[],
     note="Cloud-based Message Recall report (new Outlook / OWA): per-recipient recall results. One recall failed because the message was already read — still nothing bounced. Not a bounce. Layout written after Microsoft's description of the recall report (not public verbatim).",
     source='Microsoft Tech Community "Cloud-based Message Recall in Exchange Online" (recall report); layout written in Outlook style')
case(id='outlook-de-recall-failure', form='paste', lang='de', layout='other', kind='not-bounce', family='exchange-recall',
     me=('Jonas Weber', 'jonas.weber@contoso.de'), to=[('Petra Krause', 'petra.krause@contoso.de')],
     subject='Termin morgen', gen='FR2P281MB2391.DEUP281.PROD.OUTLOOK.COM', distractor=True,
     text=['Rückruf fehlgeschlagen: Termin morgen', '', 'Ihre Nachricht', '', 'An: Petra Krause', 'Betreff: Termin morgen', 'Gesendet: Dienstag, 14. Oktober 2025 10:12:03 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien', '',
           'konnte nicht zurückgerufen werden.'],
     rcpts=[], labels=[],
     note="German classic recall failure ('Rückruf fehlgeschlagen'): the original was delivered and stays; not a bounce. German wording written by analogy.",
     source='as outlook-en-recall-success')

# ---------------- receipts ----------------
def _mdn_eml(c):
    b = 'mdn-8f2a41c7'
    reader = c['reader']
    return '\r\n'.join([
        'MIME-Version: 1.0', f"From: {reader[0]} <{reader[1]}>", f"To: {c['me'][0]} <{c['me'][1]}>",
        'Date: Tue, 14 Oct 2025 09:30:11 +0000', f"Subject: {c['ndr_subject']}",
        f'Content-Type: multipart/report; report-type=disposition-notification;\r\n\tboundary="{b}"',
        'Message-ID: <9f3b2a11c4d54e6f@SA1PR12MB3100.namprd12.prod.outlook.com>', 'Content-Language: en-US', '',
        f'--{b}', 'Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable', '',
        qp('\n'.join(c['text'])),
        f'--{b}', 'Content-Type: message/disposition-notification', '',
        'Reporting-UA: SA1PR12MB3100.namprd12.prod.outlook.com; Microsoft Exchange Server',
        f"Final-Recipient: rfc822;{reader[1]}",
        'Original-Message-ID: <SA1PR12MB73428B5CC4DF7EEC7D32A7814ECA@SA1PR12MB7342.NAMPRD12.PROD.OUTLOOK.COM>',
        f"Disposition: automatic-action/MDN-sent-automatically; {c['disposition']}", '',
        f'--{b}--', ''])
case(id='exo-en-read-receipt', form='eml', layout='other', kind='delivery-report', family='exchange-mdn',
     me=('Megan Bowen', 'megan.bowen@contoso.com'), reader=('Brian Johnson', 'brian.johnson@litwareinc.com'), to=[],
     subject='Signed NDA', gen='SA1PR12MB3100.namprd12.prod.outlook.com', distractor=True, disposition='displayed',
     ndr_subject='Read: Signed NDA', eml_raw=_mdn_eml,
     text=['Your message', '', 'To: Brian Johnson', 'Subject: Signed NDA', 'Sent: Tuesday, October 14, 2025 8:12:03 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London', '',
           'was read on Tuesday, October 14, 2025 9:30:11 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.'],
     rcpts=[], labels=[lab('brian.johnson@litwareinc.com', None, None, 'delivered', 'none')],
     note="Exchange/Outlook read receipt ('Read:', RFC 8098 disposition 'displayed'): the message arrived and was opened. Nothing to do.",
     source='RFC 8098; Outlook read receipt wording ("Your message ... was read on ...") as shown in Microsoft Support "Add and request read receipts and delivery notifications"')
case(id='exo-en-read-receipt', form='forward-text', layout='other', kind='delivery-report', family='exchange-mdn',
     me=('Megan Bowen', 'megan.bowen@contoso.com'), to=[],
     subject='Signed NDA', gen='SA1PR12MB3100.namprd12.prod.outlook.com', distractor=True,
     ndr_subject='Read: Signed NDA', ndr_from='Brian Johnson <brian.johnson@litwareinc.com>',
     note_user=['FYI - so he did read it.'],
     text=['Your message', '', 'To: Brian Johnson <brian.johnson@litwareinc.com>', 'Subject: Signed NDA', 'Sent: Tuesday, October 14, 2025 8:12:03 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London', '',
           'was read on Tuesday, October 14, 2025 9:30:11 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.'],
     rcpts=[], labels=[lab('brian.johnson@litwareinc.com', None, None, 'delivered', 'none')],
     note="Forward of an Outlook read receipt: only the text part survives. Delivered and read; nothing to do.",
     source='as exo-en-read-receipt.eml')
case(id='exo-en-not-read-receipt', form='eml', layout='other', kind='delivery-report', family='exchange-mdn',
     me=('Megan Bowen', 'megan.bowen@contoso.com'), reader=('Irvin Sayers', 'irvin.sayers@fourthcoffee.com'), to=[],
     subject='Newsletter draft', gen='SA1PR12MB3100.namprd12.prod.outlook.com', distractor=True, disposition='deleted',
     ndr_subject='Not read: Newsletter draft', eml_raw=_mdn_eml,
     text=['Your message', '', 'To: Irvin Sayers', 'Subject: Newsletter draft', 'Sent: Tuesday, October 14, 2025 8:12:03 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London', '',
           'was deleted without being read on Tuesday, October 14, 2025 9:30:11 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.'],
     rcpts=[], labels=[lab('irvin.sayers@fourthcoffee.com', None, None, 'delivered', 'none')],
     note="'Not read:' receipt (RFC 8098 disposition 'deleted'): the message was delivered; the recipient deleted it unread. Not a delivery failure; nothing to do.",
     source='RFC 8098 (deleted disposition); Outlook "Not read:" receipt wording')
case(id='exo-en-delivered-receipt', form='paste', layout='other', kind='delivery-report', family=EXO,
     me=('Megan Bowen', 'megan.bowen@contoso.com'), to=[], subject='Board pack', gen='SA1PR12MB3100.namprd12.prod.outlook.com', distractor=True,
     text=['Your message has been delivered to the following recipients:', '', 'Pradeep Gupta (pradeep.gupta@woodgrovebank.com)', '', 'Subject: Board pack'],
     rcpts=[], labels=[lab('pradeep.gupta@woodgrovebank.com', None, None, 'delivered', 'none')],
     note="Reading-pane paste of an Exchange delivery receipt ('Delivered:'); success, nothing to do.",
     source='Exchange delivery receipt heading ("Your message has been delivered to the following recipients:") as in outlook corpus exo-en-delivery-report.eml')

# ---------------- Exchange Server on-premises ----------------
case(id='exchange2016-en-4.4.7-queue-expired', form='eml', layout='legacy', family=SRV,
     ndr_from='Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.local>',
     me=('Henry Ross', 'henry.ross@contoso.com'), to=[('Accounts', 'accounts@wingtiptoys.com')],
     subject='Remittance advice', gen='EX02.contoso.local', host='EX02.contoso.local',
     rcpts=[R('Accounts', 'accounts@wingtiptoys.com', '#550 4.4.7 QUEUE.Expired; message expired ##',
              "Delivery of this message was attempted for 2 days but the recipient's email server never accepted it. Please try sending this message again later, or contact the recipient by other means.",
              diagline='#550 4.4.7 QUEUE.Expired; message expired ##', dsn='5.4.7')],
     labels=[lab('accounts@wingtiptoys.com', '4.4.7', '550', 'expired', 'recipient-side', status=['5.4.7'], owner=['wait'])],
     note="Exchange Server 2016 gave up after the 2-day expiry (QUEUE.Expired): the recipient's server never accepted. The DSN part says 5.4.7; the visible text keeps Exchange's '#550 4.4.7'.",
     source='Microsoft Learn "DSNs and NDRs in Exchange Server"; shared/reference/status-codes.md §0 (#550 4.4.7 QUEUE.Expired)')
case(id='exchange2019-de-5.3.4-message-too-big', form='forward-text', lang='de', layout='legacy', family=SRV,
     ndr_from='Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.local>',
     me=('Anna Schmidt', 'anna.schmidt@contoso.de'), to=[('Markus Braun', 'm.braun@fabrikam.de')],
     subject='Pläne Halle 3', gen='EXCH01.contoso.local', host='EXCH01.contoso.local',
     note_user=['Hallo,', 'die Pläne gehen nicht raus. Zu groß?', 'Anna'],
     rcpts=[R('Markus Braun', 'm.braun@fabrikam.de', '552 5.3.4 Message size exceeds fixed maximum message size',
              'Die Nachricht ist zu groß, um zugestellt zu werden. Verkleinern Sie die Anlagen oder teilen Sie die Dateien über einen Link.')],
     labels=[lab('m.braun@fabrikam.de', '5.3.4', '552', 'mesgtoobig', 'you')],
     note="Exchange Server 2019 (German): message over the size limit. Send a link or smaller files (you).",
     source='shared/reference/status-codes.md Exchange Server texts (5.3.4); de headings per outlook corpus README')
case(id='exchange2016-en-5.7.1-send-as-smtp', form='paste', layout='legacy', family=SRV,
     me=('Henry Ross', 'henry.ross@contoso.com'), to=[('Claims', 'claims@woodgrovebank.com')],
     subject='Claim 5531', gen='EX01.contoso.local',
     rcpts=[R('Claims', 'claims@woodgrovebank.com', '550 5.7.1 Client does not have permission to send as this sender',
              USER_PERM)],
     paste_cut=True,
     labels=[lab('claims@woodgrovebank.com', '5.7.1', '550', 'rejected', 'your-it', owner=['you'], reason=['securityerror'])],
     note="Exchange Server 2016: Send As denied on submission (SmtpResponse.SendAsDenied text). IT grants the permission.",
     source='Microsoft Learn SmtpResponse.SendAsDenied ("550 5.7.1 Client does not have permission to send as this sender")')
case(id='exchange2013-en-5.1.1-recipnotfound', form='eml', layout='legacy', family=SRV,
     ndr_from='Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.local>',
     me=('Henry Ross', 'henry.ross@contoso.com'), to=[('Lab Booking', 'labbooking@contoso.com')],
     subject='Booking for 12 Nov', gen='EX2013.contoso.local', host='EX2013.contoso.local',
     rcpts=[R('Lab Booking', 'labbooking@contoso.com', '#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##', USER_NOTFOUND,
              diagline='#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##')],
     labels=[lab('labbooking@contoso.com', '5.1.1', '550', 'userunknown', 'you', owner=['your-it'])],
     note="Exchange Server 2013: internal address not found (RESOLVER.ADR.RecipNotFound) — the resource mailbox was removed. Check the address (you); IT if it should exist (alt).",
     source='Microsoft Learn "DSNs and NDRs in Exchange Server"; shared/reference/status-codes.md §0')
case(id='exchange2019-fr-4.4.1-delay', form='forward-text', lang='fr', layout='other', kind='warning', family=SRV,
     ndr_from='Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.local>',
     ndr_subject='Remise retardée : Devis chantier Nantes',
     me=('Camille Martin', 'camille.martin@contoso.fr'), to=[('Luc Girard', 'luc.girard@margiestravel.fr')],
     subject='Devis chantier Nantes', gen='EXFR01.contoso.local',
     note_user=['Bonjour,', 'dois-je renvoyer ce message ?', 'Camille'],
     text=["La remise est retardée pour ces destinataires ou groupes :", '', 'Luc Girard (luc.girard@margiestravel.fr)<mailto:luc.girard@margiestravel.fr>',
           "Ce message n'a pas encore été remis. Le serveur continuera d'essayer de le remettre pendant les 47 prochaines heures. Vous n'avez rien à faire pour l'instant.", '', '', '', '', '',
           'Informations de diagnostic pour les administrateurs :', '', 'Serveur de génération : EXFR01.contoso.local', '',
           'luc.girard@margiestravel.fr', "Remote Server returned '400 4.4.7 Message delayed'",
           "Last attempt: '451 4.4.1 Error communicating with target host. -> 421 4.4.1 Connection timed out'", ''],
     rcpts=[], labels=[lab('luc.girard@margiestravel.fr', '4.4.7', '400', 'expired', 'wait', status=['4.4.1'], owner=['recipient-side'], reason=['networkerror'])],
     note="Exchange Server 2019 French delay notice: still retrying for 47 hours — wait. Delay heading and retry sentence by analogy (not verified); 4.4.1 connection timeout from Microsoft's Exchange Server texts.",
     source='Microsoft Learn "DSNs and NDRs in Exchange Server" (4.4.1, delay DSNs); fr headings per outlook corpus README')

# ---------------- more languages ----------------
case(id='exo-es-5.7.133-group-auth-required', form='paste', lang='es', layout='legacy', tenant='contosoes', generatedBy='recipient tenant',
     me=('Lucía Romero', 'lucia.romero@contoso.es'), to=[('Comité de Dirección', 'comite@fabrikam.es')],
     subject='Propuesta de colaboración', gen='MAD1P195MB1784.EURP195.PROD.OUTLOOK.COM',
     rcpts=[R('Comité de Dirección', 'comite@fabrikam.es', '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group',
              'El grupo solo acepta mensajes de personas de su propia organización.', remote='fabrikam-es.mail.protection.outlook.com')],
     paste_cut=True,
     labels=[lab('comite@fabrikam.es', '5.7.133', '550', 'rejected', 'recipient-side', reason=['policyviolation'])],
     note="Spanish paste: the recipient's group accepts authenticated (internal) senders only. User sentence is this set's Spanish; first heading by analogy.",
     source='as exo-en-5.7.133-group-auth-required')
case(id='exo-fr-sender-quota-exceeded', form='forward-html', lang='fr', layout='legacy', tenant='contosofr',
     me=('Camille Martin', 'camille.martin@contoso.fr'), to=[('Sophie Lambert', 's.lambert@adatum.fr')],
     subject='Catalogue printemps', gen='PR1P264MB3925.FRAP264.PROD.OUTLOOK.COM',
     note_user=['Bonjour,', "je n'arrive plus à envoyer de messages, pouvez-vous m'aider ?", 'Camille'],
     rcpts=[R('Sophie Lambert', 's.lambert@adatum.fr', QUOTA,
              "Votre message n'a pas pu être envoyé, car votre boîte aux lettres est pleine. Supprimez des éléments, videz le dossier Éléments supprimés, puis renvoyez le message.")],
     labels=[lab('s.lambert@adatum.fr', '5.2.2', '554', 'mailboxfull', 'you', owner=['your-it'])],
     note="French forward (HTML): the sender's own mailbox is full (STOREDRV.Submission). User sentence is this set's French.",
     source='as exo-en-sender-quota-exceeded; fr headings verified per outlook corpus README')
case(id='exo-ja-moderation-rejected', form='forward-text', lang='ja', layout='legacy', tenant='contosojp',
     me=('佐藤 花子', 'hanako.sato@contoso.co.jp'), to=[('全社員', 'all-staff@contoso.co.jp')],
     subject='社内イベントのお知らせ', gen='TYCP286MB2412.JPNP286.PROD.OUTLOOK.COM',
     note_user=['ヘルプデスク様', '全社員宛てのメールが戻ってきました。どうすればよいでしょうか。', '佐藤'],
     rcpts=[R('全社員', 'all-staff@contoso.co.jp', '550 5.2.0 RESOLVER.MOD.Rejected; message rejected by moderator',
              'グループのモデレーターがメッセージを拒否したため、メッセージは配信されませんでした。モデレーターのコメント: 全社告知は総務部から送信してください。')],
     labels=[lab('all-staff@contoso.co.jp', '5.2.0', '550', 'rejected', 'recipient-side', owner=['you'], reason=['policyviolation'])],
     note="Japanese forward of a moderator's rejection with comment. User sentence is this set's Japanese.",
     source='as exo-en-moderation-rejected; ja headings per outlook corpus README')
