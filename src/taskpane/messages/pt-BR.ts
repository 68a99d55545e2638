/**
 * Pane-only words (Brazilian Portuguese), in ICU MessageFormat: same keys and placeholders as
 * `PANE_EN`. Terms follow docs/glossary/pt-BR.md; the user is addressed as «você».
 */
import type { PaneMessages } from './en';

export const PANE_PT_BR: PaneMessages = {
  // Verdict and summary
  summaryTitle: '{recipients, plural, one {# destinatário} other {# destinatários}}, {causes, plural, one {# causa} other {# causas}}',
  summaryCount: '{count, plural, one {# destinatário} other {# destinatários}}',
  andMore: 'e mais {count}',
  codeCaption: 'Código {code}',
  noCode: 'Nenhum código de erro informado',
  // Primary actions, by who must act
  actionDraft: 'Redigir relatório para a TI',
  actionDraftCompose: 'Transformar este rascunho no relatório para a TI',
  actionDraftDone: 'Relatório redigido',
  actionCopyReport: 'Copiar relatório para a TI',
  actionCopyReportDone: 'Relatório copiado',
  actionCopyReportHint:
    'Este Outlook não consegue abrir uma nova mensagem a partir de um suplemento. Copie o relatório e cole-o em uma mensagem para o suporte de TI.',
  actionFixSuggestion: 'Envie novamente para {corrected} em vez de {address}.',
  actionFixCopy: 'Copiar {corrected}',
  actionFixGeneric: 'O que corrigir: {step}',
  actionFixCopyAddress: 'Copiar o endereço a verificar',
  actionTell: 'Copiar um recado para o destinatário',
  actionTellHint: 'Envie para a pessoa por outro meio, por exemplo por chat ou mensagem no celular: o seu email não chegou até ela.',
  actionTellNote:
    'Olá, tentei enviar um email para você ({address}) sobre “{subject}”, mas ele voltou: {title} (código {code}). Você ou a sua equipe de TI poderiam verificar? Obrigado.',
  actionWaitUntil:
    'Nada a fazer ainda. Confira de novo depois de {when}: o servidor de email continua tentando até lá e avisa você se a entrega falhar de vez.',
  actionWait:
    'Nada a fazer ainda. Confira de novo daqui a algumas horas: o servidor de email continua tentando (normalmente por até dois dias) e avisa você se a entrega falhar de vez.',
  actionNone: 'Nada a fazer. Você pode excluir esta mensagem.',
  actionCopied: 'Copiado.',
  actionCopyFailed: 'Não foi possível copiar aqui. Selecione o texto abaixo e copie-o você mesmo.',
  secondaryDraft: 'Redigir um relatório para a TI mesmo assim',
  // Report step
  reportStepTitle: 'Relatório para a TI',
  reportStepHint:
    'Confira o endereço, acrescente o que você já tentou, se quiser, e abra o rascunho. Nada é enviado até você mesmo enviar.',
  reportLanguage: 'Idioma do relatório',
  reportCreate: 'Abrir o rascunho',
  reportCreateCompose: 'Colocar o relatório neste rascunho',
  reportAlreadyDrafted: 'O relatório já foi redigido. Confira-o no Outlook e depois envie você mesmo.',
  reportInvalidTo: 'O endereço do suporte não é válido, então o campo Para fica vazio: preencha-o no rascunho.',
  mailtoCut: 'O link para o aplicativo de email traz só o começo do relatório; use Copiar relatório para ter o texto todo.',
  // Helpdesk field
  helpdeskHintPlain: 'Para onde o relatório vai.',
  helpdeskRemember: 'Lembrar este endereço',
  helpdeskSavedNow: 'Salvo nas configurações da sua caixa de correio.',
  helpdeskSaveFailed: 'Não foi possível salvar o endereço. Ele continua sendo usado para este relatório.',
  helpdeskInvalidHint: 'Isto não parece um único endereço de email. Você ainda pode redigir o relatório e preencher Para você mesmo.',
  settingsTitle: 'Configurações',
  // Loading and Outlook failures
  slowOutlook:
    'O Outlook está demorando para entregar a mensagem. Enquanto o suplemento continua tentando, você pode colar o relatório de falha na entrega, escolher o arquivo salvo ou soltá-lo aqui.',
  readFailedPlain: 'O Outlook não entregou esta mensagem. Cole o texto dela, escolha o arquivo salvo ou arraste-a para cá.',
  readTimedOut:
    'O Outlook não respondeu a tempo. Cole o texto do relatório de falha na entrega, escolha o arquivo salvo ou arraste-o para cá.',
  failureDetails: 'Detalhes',
  stillTrying: 'Ainda tentando ler a mensagem do Outlook…',
  // Not a bounce
  notBounceJudged: '“{subject}” ({source}) não parece um relatório de falha na entrega: não tem relatório de entrega nem código de erro.',
  notBounceNext: 'Se o relatório de falha na entrega for outra mensagem, selecione-a e escolha Ler novamente, ou cole o texto dele abaixo.',
  autoReplyJudged: '“{subject}” é uma resposta automática, por exemplo de ausência temporária. A sua mensagem foi entregue; nada a fazer.',
  // Technical details, in words
  techRecipient: 'Destinatário: {address}',
  techCode: 'Código: {code}',
  techServerSaid: 'Resposta do servidor: {text}',
  techRemote: 'Recusada pelo servidor {host}',
  techReporting: 'Relatada por {host}',
  techCommand:
    'Recusada ao {command, select, MAIL {informar o seu endereço (MAIL FROM)} RCPT {informar o endereço do destinatário (RCPT TO)} DATA {enviar a própria mensagem (DATA)} other {enviar ao servidor {command}}}',
  techEvidence: 'Com base em: “{text}”',
  linkLabel: '{host}: {page}',
  // Announcements
  announceVerdict: 'Resultado: {title}',
  announceSummary: 'Resultado: {summary}. Primeiro: {title}',
  announceDraftBusy: 'Preparando o relatório.',
};
