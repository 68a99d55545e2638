/**
 * Brazilian Portuguese message catalogue (ICU MessageFormat), same keys and placeholders as `en.ts`.
 * Terms follow docs/glossary/pt-BR.md (Microsoft's Brazilian Portuguese Outlook and Exchange Online
 * wording); the user is addressed as «você», as Outlook in Brazilian Portuguese does.
 */
import type { EntryId } from '../catalogue';
import type { Message } from '../../i18n/format';
import type { Catalogue, DelayedTexts, EntryTexts } from './en';

const E = (title: Message, summary: Message, steps: readonly Message[], it: readonly Message[], delayed?: DelayedTexts): EntryTexts =>
  delayed === undefined ? { title, summary, steps, it } : { title, summary, steps, it, delayed };

const TELL_RECIPIENT = 'Avise a pessoa por outro meio, por exemplo por telefone ou chat, que o seu email não chegou.';
const NO_ACTION_YET = 'Nada a fazer por enquanto: o seu servidor de email continua tentando sozinho.';
const AGAIN_LATER = 'Envie a mensagem novamente mais tarde.';
const SEND_REPORT = 'Envie o relatório preparado ao suporte de TI; ele já contém tudo de que precisam.';
const NOT_YET_REFUSED = 'Não reenvie ainda; ela será recusada de novo.';
const NOT_NOW_REFUSED = 'Não reenvie agora; ela será recusada de novo.';
const TRY_LATER = 'Tente novamente mais tarde.';
const SEND_LATER = 'Envie novamente mais tarde.';
const NOTHING_TO_CHANGE = 'Nada a mudar do seu lado.';
const NOTHING_TO_CHECK = 'Nada a verificar.';
const NO_ACTION = 'Nenhuma ação necessária.';
const SPAM_CHECK =
  'Procure na mensagem o que os filtros de spam não gostam: muitos links, links encurtados, imagens grandes com pouco texto ou arquivos que a pessoa não esperava.';
const SPAM_TELL = 'Diga à pessoa por outro meio que a sua mensagem foi recusada, para que ela peça à equipe de TI dela que a analise.';
const SPAM_IT = 'Se várias pessoas recusarem o seu email como spam, avise a sua equipe de TI.';
const FORWARD_BROKEN =
  'Se você não digitou este endereço, a pessoa talvez encaminhe os emails para ele: avise-a de que o encaminhamento dela não funciona.';
const SPF = 'SPF (a lista de servidores autorizados a enviar email pelo seu domínio)';
const DKIM = 'DKIM (o selo digital que o seu servidor coloca em cada mensagem)';
const DMARC = 'DMARC (a regra do seu domínio que diz o que os servidores de destino fazem quando essas verificações falham)';

const MAILBOX_DISABLED = E(
  'A caixa de correio do destinatário está desabilitada',
  'A caixa de correio do destinatário existe, mas está desativada, por exemplo porque a pessoa saiu ou a conta foi encerrada ou suspensa.',
  [TELL_RECIPIENT, 'Peça a ela ou à organização dela outro endereço.'],
  [
    'Se o destinatário for da sua organização, verifique se a caixa de correio está desabilitada, sem licença ou excluída temporariamente, e restaure-a ou restaure o endereço.',
  ],
);

const MAIL_FLOW_RULE = E(
  'Uma regra de email recusou a mensagem',
  'Uma regra definida por um administrador de email recusou a mensagem. O relatório de falha na entrega mostra a qual organização a regra pertence.',
  [
    'Se o relatório de falha na entrega informar o motivo da regra, como um tipo de anexo bloqueado, siga-o e envie novamente.',
    'Caso contrário, envie o relatório ao suporte de TI: eles podem encontrar a regra.',
  ],
  [
    'Encontre a regra de fluxo de emails (regra de transporte) que rejeita com este código (TRANSPORT.RULES.RejectMessage): primeiro no rastreamento de mensagens do seu próprio locatário; se não estiver lá, na organização do destinatário.',
  ],
);

const NOT_AUTHENTICATED = E(
  'Somente remetentes internos são permitidos',
  'O destinatário (uma caixa de correio, um grupo ou uma pasta pública) só aceita emails de dentro da própria organização. A sua mensagem veio de fora.',
  ['Peça ao proprietário desse endereço que permita remetentes externos ou que adicione você.'],
  ['Se o destinatário for interno, desmarque “Exigir que todos os remetentes sejam autenticados” ou permita este remetente.'],
);

const NO_DMARC_RECORD = E(
  'Falta ao seu domínio um registro de política que o destinatário exige',
  'O servidor de destino exige que os domínios de envio publiquem uma política sobre como verificar os seus emails, e o seu domínio não tem nenhuma. A sua equipe de TI precisa adicioná-la.',
  [NOT_YET_REFUSED, SEND_REPORT],
  [`Publique um registro ${DMARC} para o domínio From; p=none basta para a regra de remetentes em massa do Gmail (Gmail 4.7.31 / 5.7.40).`],
);

const DMARC_ALIGNMENT = E(
  'O seu endereço de remetente não corresponde às verificações do seu email',
  'O domínio do seu endereço De não é o domínio em nome do qual o seu servidor de email comprovou enviar. O servidor de destino exige que eles correspondam.',
  [NOT_YET_REFUSED, SEND_REPORT],
  [
    'Alinhe o domínio From com o domínio SPF (remetente do envelope) ou com o domínio de assinatura DKIM (Gmail 4.7.32 / 5.7.32).',
    `Verifique o alinhamento ${DMARC} de todos os serviços que enviam em nome do seu domínio.`,
  ],
);

const SENDER_DENIED = E(
  'O seu endereço foi recusado',
  'O servidor de destino recusou o seu endereço de remetente. Talvez o destinatário tenha bloqueado você, ou as verificações do seu domínio falharam.',
  ['Pergunte ao destinatário se ele bloqueou o seu endereço.', 'Se outras pessoas também recusarem o seu email, avise a TI.'],
  [`Verifique o ${SPF} do domínio de envio.`, 'Verifique se o remetente está na lista de bloqueio do destinatário.'],
);

const entries: Record<EntryId, EntryTexts> = {
  // ---- special cases ----
  backscatter: E(
    'Alguém falsificou o seu endereço',
    'Este relatório de falha na entrega é de uma mensagem que você nunca enviou. Um desconhecido usou o seu endereço como remetente, e o relatório voltou para você.',
    [
      'Não responda a este relatório e não abra links nem anexos dele.',
      'Exclua-o. Nada foi enviado da sua caixa de correio.',
      'Se você receber muitos, avise o suporte de TI para que possam filtrá-los.',
    ],
    [
      `Verifique se ${SPF}, ${DKIM} e ${DMARC} estão publicados para o domínio, com uma política DMARC de quarantine ou reject.`,
      'Verifique o original devolvido: ele não deveria ter passado pelos seus próprios servidores.',
      'Se chegarem muitos, considere um filtro de backscatter (relatórios de falha na entrega de mensagens falsificadas).',
    ],
  ),
  'misspelt-domain': E(
    'O endereço pode estar digitado errado',
    'O domínio do destinatário, {domain}, não foi encontrado. Você quis dizer {suggestion}?',
    [
      'Verifique a parte do endereço depois do @: você quis dizer {suggestion}?',
      'Se sim, corrija o endereço e envie a mensagem novamente.',
      'Se o Outlook sugeriu o endereço errado, remova-o do Preenchimento Automático: comece a digitá-lo e selecione o X ao lado da sugestão.',
    ],
    ['Nada a verificar do seu lado, a menos que o domínio do endereço seja mesmo {domain}.'],
  ),
  delayed: E(
    'A sua mensagem está atrasada',
    'O seu servidor de email ainda não conseguiu entregar a mensagem e continua tentando. Você receberá outro aviso se a entrega falhar de vez.',
    ['Nenhuma ação necessária agora.', 'Se for urgente, fale com a pessoa por outro meio, por exemplo por telefone.'],
    [
      'Se os atrasos para este domínio continuarem, verifique os registros MX dele e a sua conectividade de saída.',
      'Leia o erro mais recente no texto de diagnóstico.',
    ],
  ),
  'stale-x500': E(
    'Um endereço antigo salvo foi usado',
    'O Outlook usou uma versão antiga salva deste contato que não funciona mais. A pessoa pode ter agora um endereço novo.',
    [
      'Comece a digitar o nome na caixa Para e selecione o X ao lado da sugestão antiga para removê-la do Preenchimento Automático.',
      'Digite de novo o endereço de email completo ou escolha a pessoa no catálogo de endereços.',
      'Envie a mensagem novamente.',
    ],
    [
      'Verifique se a caixa de correio foi movida, recriada ou migrada; talvez seja preciso adicionar o LegacyExchangeDN antigo como endereço proxy X500.',
      'Verifique se o catálogo de endereços offline está atualizado.',
    ],
  ),
  // ---- the sender's own account ----
  'sender-account-held': E(
    'A sua conta precisa ser verificada antes de poder enviar',
    'O seu provedor de email pausou os envios da sua conta até você confirmar que é você mesmo. Os endereços dos destinatários não são o problema.',
    [
      'Entre na sua caixa de correio na Web (no Outlook.com: outlook.com) e siga as instruções para verificar a sua conta.',
      'Se você não enviou quantidades incomuns de email, altere a sua senha.',
      'Depois, envie a mensagem novamente.',
    ],
    [
      'Verifique se há sinais de comprometimento da conta: entradas, regras da caixa de entrada, encaminhamento.',
      'STOREDRV.Submission OutboundSpamException (veredito WASCL HipSend, ShowTierUpgrade) é a retenção do provedor por spam de saída; só o proprietário da conta pode liberá-la, verificando a conta.',
    ],
  ),

  // ---- text-specific ----
  'ms-own-mailbox-full': E(
    'A sua própria caixa de correio está cheia',
    'A sua própria caixa de correio passou do limite de tamanho, por isso não consegue enviar. Os itens enviados contam para o limite.',
    [
      'Esvazie a pasta Itens Excluídos e exclua ou arquive mensagens antigas grandes, inclusive em Itens Enviados.',
      'Envie a mensagem novamente quando houver espaço.',
    ],
    [
      'STOREDRV.Submission QuotaExceededException: a cota da caixa de correio do próprio remetente, não a do destinatário.',
      'Verifique a cota da caixa de correio do remetente e as configurações de retenção de Itens Enviados; considere uma caixa de correio de arquivo morto.',
    ],
  ),
  'submission-quota': E(
    'Você atingiu o seu limite de envio',
    'A sua conta enviou para mais destinatários do que o permitido em um dia, então o seu próprio serviço de email parou de enviar por enquanto. Os destinatários não são o problema.',
    [
      'Envie a mensagem novamente amanhã; o limite conta as últimas 24 horas.',
      'Envie para menos pessoas de cada vez ou pergunte à TI sobre uma ferramenta de envio para listas grandes.',
      'Se você não enviou tantos emails, avise a TI imediatamente: a sua conta pode estar sendo usada indevidamente.',
    ],
    [
      'STOREDRV.Submission SubmissionQuotaExceeded: o limite de taxa de destinatários do remetente (10.000 destinatários por dia no Exchange Online).',
      'Verifique o volume recente de envios da conta em busca de sinais de comprometimento.',
    ],
  ),
  'ms-dbeb': E(
    'O endereço do destinatário não é conhecido lá',
    'O serviço de email do destinatário não reconhece este endereço. Ele pode estar digitado errado ou não existir mais.',
    ['Verifique a grafia de {recipient}.', 'Peça à pessoa o endereço atual dela por outro meio.', 'Envie novamente com o endereço certo.'],
    [
      'Se o destinatário for da sua organização, verifique se o endereço está sincronizado com o Microsoft 365 (Bloqueio de Borda Baseado em Diretório).',
    ],
  ),
  'relay-denied': E(
    'Um servidor se recusou a repassar a mensagem',
    'Um servidor de email se recusou a repassar a sua mensagem para o domínio do destinatário. É um problema de configuração entre servidores de email, não da sua mensagem.',
    ['Não reenvie ainda: vai falhar do mesmo jeito.', SEND_REPORT],
    [
      'Verifique os conectores e as permissões de retransmissão deste caminho de envio.',
      'Verifique se os registros MX do domínio do destinatário apontam para os servidores certos.',
      'Se um dispositivo ou aplicativo envia pelo seu servidor, verifique se ele tem permissão de retransmissão ou se entra com SMTP AUTH.',
    ],
  ),
  'restricted-recipient': E(
    'Você não tem permissão para escrever para este endereço',
    'O destinatário só aceita emails de certos remetentes, como os membros de um grupo. O seu endereço não está nessa lista.',
    [
      'Peça ao proprietário do grupo ou da caixa de correio que permita o seu endereço ou que encaminhe a sua mensagem.',
      'Entre primeiro no grupo, se for assim que ele funciona.',
    ],
    [
      'Se o destinatário for interno, verifique as restrições de entrega, a moderação e as regras de fluxo de emails dessa caixa de correio ou grupo.',
    ],
  ),
  'blocklisted-ip': E(
    'O seu servidor de email está em uma lista de bloqueio',
    'O servidor de destino recusou os emails do servidor da sua organização porque esse servidor está listado como fonte de spam. A sua mensagem em si não é o problema.',
    [NOT_NOW_REFUSED, SEND_REPORT, TELL_RECIPIENT],
    [
      'Procure o endereço IP de envio na lista de bloqueio citada no texto do servidor e siga as etapas de remoção dela.',
      'Procure contas ou dispositivos comprometidos que estejam enviando spam.',
      'Considere enviar por outra rede ou por um servidor de retransmissão com boa reputação até a listagem ser removida.',
    ],
  ),
  'ms-generic-remote': E(
    'O servidor do destinatário recusou a mensagem',
    'O servidor do destinatário recusou a mensagem, e o Microsoft 365 repassou o erro dele sem um motivo claro. A sua equipe de TI pode ler os detalhes no relatório de falha na entrega.',
    [TELL_RECIPIENT, SEND_REPORT],
    [
      'Leia o erro remoto original no texto de diagnóstico.',
      'Procure formatos de mensagem (como Rich Text / TNEF) que o lado remoto talvez não aceite.',
    ],
  ),
  'ms-x-dg-ref': E(
    'O formato da mensagem foi recusado',
    'A mensagem foi enviada no formato Rich Text do Outlook ou com itens anexados demais. O servidor do destinatário recusou esse formato.',
    [
      'Mude a mensagem para HTML (Formatar Texto e depois HTML) e envie-a novamente.',
      'Anexe menos arquivos incorporados ou compacte-os em um .zip.',
    ],
    ['Verifique as configurações de TNEF (Rich Text) para domínios remotos.'],
  ),
  'google-login': E(
    'O Gmail recusou a entrada',
    'O aplicativo pelo qual você envia não conseguiu entrar no servidor de email. A senha foi recusada ou a conta precisa que você entre por um navegador.',
    [
      'Entre na sua conta em um navegador da Web e siga as solicitações de segurança.',
      'Se a sua conta usa a verificação em duas etapas, crie uma senha de app e use-a no aplicativo.',
      'Envie a mensagem novamente.',
    ],
    ['Verifique se o aplicativo ou dispositivo usa um método de entrada compatível (OAuth ou uma senha de app).'],
  ),
  'spam-content': E(
    'A mensagem parecia spam',
    'O filtro de spam do destinatário considerou a sua mensagem indesejada. Links, anexos, o texto ou a reputação de envio da sua organização podem causar isso.',
    [SPAM_CHECK, SPAM_TELL, SPAM_IT],
    [
      'Verifique se o seu domínio passa em SPF, DKIM e DMARC.',
      'Verifique a reputação do IP e do domínio de envio (por exemplo, no Google Postmaster Tools) e as taxas de reclamação.',
    ],
  ),
  reputation: E(
    'O servidor de email da sua organização tem má reputação',
    'O provedor de destino recusou os emails do servidor da sua organização por causa da reputação ou de um volume incomum. A sua mensagem em si provavelmente não é o problema.',
    [NOT_NOW_REFUSED, SEND_REPORT, TELL_RECIPIENT],
    [
      'Verifique o volume de envio e as taxas de reclamação do IP e do domínio de envio.',
      'Verifique se todos os emails passam em SPF, DKIM e DMARC.',
      'Use as páginas de suporte a remetentes do provedor para pedir mitigação (Google Postmaster Tools, Yahoo Sender Hub, suporte a remetentes da Microsoft).',
    ],
    {
      title: 'O seu servidor de email está sendo desacelerado',
      summary:
        'O provedor de destino está limitando os emails do servidor da sua organização por causa da reputação ou do volume. O seu servidor continua tentando entregar.',
      steps: [NO_ACTION_YET, 'Se depois chegar um aviso de falha definitiva, envie o relatório ao suporte de TI.'],
    },
  ),
  'malformed-message': E(
    'A mensagem não foi montada corretamente',
    'O servidor de destino encontrou um problema nos cabeçalhos da mensagem, como uma linha De ausente ou duplicada. Isso costuma vir de um aplicativo ou dispositivo, não do Outlook.',
    ['Se você enviou de um aplicativo, um scanner ou um site, diga à TI qual.', 'Tente enviar a mesma mensagem diretamente pelo Outlook.'],
    ['Verifique se o aplicativo de envio grava um único cabeçalho From válido e um Message-ID (RFC 5322).'],
  ),
  'receiving-too-fast': E(
    'O destinatário está recebendo emails demais',
    'A caixa de correio do destinatário recebeu emails mais rápido do que o provedor dela permite, por isso a sua mensagem foi recusada.',
    [TELL_RECIPIENT, 'Envie a mensagem novamente daqui a algumas horas.'],
    ['Nada a corrigir do seu lado, a menos que você tenha enviado muitas mensagens a essa pessoa em pouco tempo.'],
    {
      summary:
        'A caixa de correio do destinatário está recebendo emails mais rápido do que o provedor dela permite. A sua mensagem ficou retida e o seu servidor continua tentando.',
      steps: [NO_ACTION_YET],
    },
  ),
  'blocked-content': E(
    'Um anexo ou link foi bloqueado',
    'O servidor de destino bloqueou a mensagem por causa de um tipo de anexo ou de um conteúdo que considera inseguro.',
    [
      'Remova o anexo bloqueado e envie a mensagem novamente sem ele.',
      'Se a pessoa precisar do arquivo, pergunte à TI qual forma de compartilhamento a sua organização aprova.',
    ],
    ['Verifique qual tipo de anexo ou link o provedor do destinatário bloqueou e se o arquivo é seguro.'],
  ),

  // ---- Microsoft 365 ----
  'ms-relay-pool': E(
    'O Microsoft 365 não conseguiu retransmitir a sua mensagem',
    'A sua mensagem foi encaminhada ou retransmitida pelo Microsoft 365, e o servidor seguinte a recusou. A causa é a configuração de email da sua organização, então reenviar não vai adiantar.',
    ['Não reenvie; vai falhar do mesmo jeito.', SEND_REPORT, TELL_RECIPIENT],
    [
      `Verifique o ${SPF}: ele deve incluir todos os serviços que enviam pelo seu domínio.`,
      `Verifique se a assinatura ${DKIM} está ativada para o domínio no Microsoft 365.`,
      `Verifique o ${DMARC} e se os emails estão alinhados com ele.`,
      'Verifique os conectores de entrada: os emails dos seus próprios gateways devem corresponder a um conector (ou usar a Filtragem Aprimorada) para que o Microsoft 365 não use o pool de retransmissão.',
      'Verifique se o domínio do remetente é um domínio aceito no locatário.',
      'Verifique as regras de encaminhamento que enviam emails para endereços externos.',
      'Se dispositivos ou aplicativos enviam pelo Microsoft 365, verifique se eles entram com SMTP AUTH ou correspondem a um conector.',
      'Verifique se o IP de envio não está em uma lista de bloqueio e se a falha só acontece a partir de uma rede (casa, VPN ou uma filial).',
    ],
  ),
  'recipient-not-found': E(
    'O endereço não existe',
    'A organização do destinatário não tem nenhuma caixa de correio com este endereço. Ele pode estar digitado errado, ou a pessoa pode ter saído.',
    [
      'Verifique a grafia de {recipient}.',
      'Remova o endereço do Preenchimento Automático se o Outlook o sugeriu e digite-o novamente.',
      FORWARD_BROKEN,
      'Peça à pessoa o endereço atual dela por outro meio.',
    ],
    [
      'Se o destinatário for da sua organização, verifique se o usuário existe, tem licença e se o domínio está configurado corretamente.',
      'Verifique as regras de encaminhamento na caixa de correio do destinatário se o endereço não for o que o remetente digitou.',
    ],
  ),
  'ms-sender-denied': SENDER_DENIED,
  'ms-bad-outbound-sender': E(
    'A sua conta foi impedida de enviar',
    'O Microsoft 365 impediu a sua conta de enviar porque parecia estar enviando spam. Isso geralmente significa que outra pessoa entrou na sua conta.',
    ['Altere a sua senha agora.', 'Verifique se os seus dispositivos têm malware.', 'Avise a TI imediatamente para que desbloqueiem você.'],
    [
      'Verifique se a conta foi comprometida (entradas, regras da caixa de entrada, encaminhamento).',
      'Remova o usuário de Entidades restritas no portal do Microsoft Defender depois da limpeza.',
    ],
  ),
  'multiple-from': E(
    'A mensagem tinha mais de um remetente',
    'A mensagem tinha vários endereços em De sem uma linha que dissesse quem a enviou de fato. Os servidores recusam esse formato.',
    ['Envie de um único endereço em De.', 'Se um aplicativo a enviou, diga à TI qual.'],
    ['Verifique as configurações dos cabeçalhos From e Sender do aplicativo de envio.'],
  ),
  'daily-recipient-limit': E(
    'Você atingiu o limite diário de destinatários',
    'A sua conta enviou para mais destinatários do que o permitido em um dia. Os envios estão pausados até o limite ser redefinido.',
    [
      'Envie a mensagem novamente amanhã; o limite conta as últimas 24 horas.',
      'Se você não enviou tanto, avise a TI: a sua conta pode estar sendo usada indevidamente.',
    ],
    ['Verifique os envios recentes da conta em busca de sinais de comprometimento.'],
  ),
  'hourly-sender-limit': E(
    'Você enviou mensagens demais para esta pessoa',
    'O serviço do destinatário limita quantas mensagens um mesmo remetente pode enviar a ele por hora. Você passou desse limite.',
    ['Envie a mensagem novamente daqui a uma hora.', 'Se um aplicativo ou uma regra envia essas mensagens, diminua o ritmo.'],
    ['Procure loops de envio automático para este destinatário.'],
  ),
  'hourly-recipient-limit': E(
    'O destinatário recebeu emails demais nesta hora',
    'A caixa de correio do destinatário recebeu mais mensagens do que aceita por hora. A sua mensagem foi recusada por enquanto.',
    [SEND_LATER, TELL_RECIPIENT],
    [NOTHING_TO_CHANGE],
  ),
  'ms-journaling': E(
    'Não foi possível guardar uma cópia de arquivamento da sua mensagem',
    'A sua organização guarda cópias de arquivamento dos emails, e a cópia desta mensagem não pôde ser guardada no Microsoft 365. É uma configuração do administrador.',
    [SEND_REPORT],
    ['Verifique as regras de diário que têm o Microsoft 365 como destino e as configurações do arquivo de diário.'],
  ),
  'ms-thread-limit': E(
    'A caixa de correio do destinatário está ocupada',
    'A caixa de correio do destinatário recebeu uma rajada de emails ou tem itens demais, por isso não aceitou a sua mensagem.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Se for interna, procure avalanches de emails para a caixa de correio do destinatário ou uma pasta acima do limite de itens.'],
    {
      summary:
        'A caixa de correio do destinatário está recebendo uma rajada de emails e aceita mensagens devagar. O seu servidor continua tentando.',
      steps: [NO_ACTION_YET],
    },
  ),
  'mail-loop': E(
    'A mensagem ficou andando em círculos',
    'A mensagem passou entre servidores vezes demais, por isso foi interrompida. Uma configuração de encaminhamento ou de roteamento está enviando-a em loop.',
    [SEND_REPORT],
    [
      'Verifique se o domínio do destinatário é autoritativo onde deveria ser.',
      'Procure loops nos conectores e hosts inteligentes (principalmente em configurações híbridas) e nas regras de encaminhamento.',
    ],
  ),
  'dns-failed': E(
    'Não foi possível consultar o domínio do destinatário',
    'O seu servidor de email não encontrou para onde entregar os emails do domínio do destinatário. As configurações de internet desse domínio podem estar com problemas.',
    ['Verifique se há erros de digitação no endereço.', TELL_RECIPIENT, TRY_LATER],
    ['Verifique os registros MX do domínio do destinatário a partir da sua rede.'],
  ),
  'connection-refused': E(
    'O servidor do destinatário não respondeu',
    'O servidor de email do destinatário recusou as conexões do seu servidor de email. Esse servidor pode estar fora do ar ou bloqueando você.',
    [TELL_RECIPIENT, TRY_LATER],
    ['Verifique a conectividade com o host MX do destinatário a partir dos seus servidores de saída.'],
  ),
  'tls-certificate': E(
    'Não foi possível estabelecer uma conexão segura',
    'O seu servidor de email não conseguiu estabelecer uma conexão criptografada com o servidor do destinatário. O certificado de segurança ou as configurações desse servidor parecem errados.',
    [TELL_RECIPIENT, TRY_LATER],
    ['Verifique a cadeia de certificados do servidor remoto e se o seu lado exige TLS para esse domínio.'],
  ),
  'connection-dropped': E(
    'A conexão caiu',
    'A conexão com o servidor do destinatário caía repetidamente durante o envio, por isso a entrega falhou.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Se continuar acontecendo, procure problemas de rede até os servidores do destinatário.'],
    {
      summary: 'A conexão com o servidor do destinatário caiu durante o envio. O seu servidor continua tentando.',
      steps: [NO_ACTION_YET],
    },
  ),
  'mta-sts': E(
    'A política de segurança do destinatário não foi atendida',
    'O domínio do destinatário publica uma política de segurança para os seus servidores de email, e esses servidores não a cumprem. O seu servidor não quis entregar sem essa garantia.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Verifique a política MTA-STS e os nomes MX do domínio do destinatário (o lado do destinatário precisa corrigir).'],
  ),
  'mta-sts-certificate': E(
    'O certificado do servidor do destinatário falhou em uma verificação',
    'O servidor de email do destinatário apresentou um certificado de segurança que a política do próprio domínio dele não aceita.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['O lado do destinatário precisa corrigir o certificado ou a política MTA-STS.'],
  ),
  dane: E(
    'A verificação de criptografia do destinatário falhou',
    'O domínio do destinatário publica uma verificação que comprova que o servidor de email dele é genuíno, e essa verificação falhou.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['O lado do destinatário precisa corrigir os registros DANE (TLSA) ou DNSSEC.'],
  ),
  expired: E(
    'A mensagem não pôde ser entregue a tempo',
    'O seu servidor de email tentou por muito tempo, mas não conseguiu alcançar o servidor do destinatário. Agora ele desistiu.',
    [TELL_RECIPIENT, 'Verifique o endereço e envie a mensagem novamente mais tarde.'],
    [
      'Se todas as mensagens para este domínio falharem, verifique os registros MX dele e a sua conectividade de saída.',
      'Se todos os domínios falharem, verifique o seu próprio fluxo de emails de saída.',
    ],
  ),
  'ms-bare-lf': E(
    'A mensagem tinha caracteres que o destinatário recusou',
    'A mensagem continha finais de linha que o servidor do destinatário não aceita. Isso costuma acontecer com mensagens criadas por aplicativos.',
    ['Envie a mensagem pelo Outlook na Web, ou sem o anexo.'],
    ['O lado do destinatário pode permitir quebras de linha soltas (bare LF) ou oferecer suporte a BDAT.'],
  ),
  'ms-not-authenticated-by-org': NOT_AUTHENTICATED,
  'group-allowed-senders': E(
    'Você não está na lista de remetentes permitidos do grupo',
    'O grupo só aceita mensagens dos seus membros ou dos remetentes listados. O seu endereço não é nenhum deles.',
    ['Peça ao proprietário do grupo que adicione você ou que encaminhe a sua mensagem.'],
    ['Verifique os remetentes permitidos do grupo e se remetentes externos são permitidos.'],
  ),
  'restricted-list': E(
    'O destinatário só aceita remetentes da lista dele',
    'O destinatário só aceita emails de pessoas da lista dele, e você não está nela.',
    ['Peça ao destinatário que adicione você, ou fale com ele por outro meio.'],
    ['Em uma configuração híbrida, verifique se a conta local está desabilitada.'],
  ),
  'tenant-external-limit': E(
    'A sua organização atingiu o limite diário',
    'A sua organização enviou mais emails para endereços externos em 24 horas do que o Microsoft 365 permite. Os emails externos estão pausados até o limite ser redefinido.',
    ['Envie a mensagem novamente amanhã; avise a TI se for urgente.'],
    [
      'Verifique o relatório de destinatários externos de saída do locatário em busca de volume incomum.',
      'Procure contas comprometidas ou conectores não autorizados.',
    ],
  ),
  'moera-limit': E(
    'O endereço onmicrosoft.com é limitado',
    'A sua mensagem foi enviada de um endereço onmicrosoft.com, que só pode enviar para um pequeno número de pessoas externas por dia.',
    ['Envie de um endereço do domínio próprio da sua organização.'],
    ['Adicione e verifique um domínio personalizado e torne-o o padrão para os remetentes.'],
  ),
  'ms-spam-abuse': E(
    'A sua organização está bloqueada por spam',
    'O Microsoft 365 bloqueou os emails da sua conta ou do seu servidor porque detectou spam. Isso geralmente significa que uma conta foi usada indevidamente.',
    ['Avise a TI imediatamente.', 'Altere a sua senha se você não enviou aqueles emails.'],
    [
      'Investigue contas e conectores comprometidos.',
      'Depois de corrigir, peça a remoção da lista pelo suporte da Microsoft ou pelo portal de remoção de listas.',
    ],
  ),
  'banned-recipient': E(
    'O endereço do destinatário está banido',
    'O serviço do destinatário recusa todos os emails para este endereço.',
    [TELL_RECIPIENT],
    [NOTHING_TO_CHANGE],
  ),
  'bad-helo': E(
    'O seu servidor de email se apresentou de forma errada',
    'O seu servidor de email cumprimentou o servidor do destinatário com um nome que não deveria usar. O servidor de destino o recusou.',
    [SEND_REPORT],
    ['Verifique o nome HELO/EHLO do seu servidor de saída.'],
  ),
  'blocked-by-recipient': E(
    'A organização do destinatário bloqueou você',
    'A organização do destinatário adicionou o seu servidor ou o seu endereço à lista de bloqueio dela.',
    ['Peça ao destinatário que a equipe de TI dele desbloqueie você.'],
    ['Nada a mudar do seu lado, a menos que outras organizações também bloqueiem você.'],
  ),
  'ipv6-limits': E(
    'O servidor de destino recusou o tipo de conexão do seu servidor',
    'O seu servidor de email se conectou usando um tipo mais novo de endereço de internet, e o servidor de destino recusou ou limitou os emails enviados assim.',
    [SEND_REPORT],
    ['Verifique o envio por IPv6: registros PTR e SPF/DKIM para IPv6, ou envie por IPv4.'],
  ),
  'dmarc-fail': E(
    'As verificações de email do seu domínio falharam',
    'O servidor de destino não conseguiu confirmar que a mensagem veio mesmo do seu domínio, então seguiu a regra do seu domínio e a recusou. Reenviar não vai adiantar até isso ser corrigido.',
    ['Não reenvie ainda.', SEND_REPORT],
    [
      `Verifique se o ${SPF} inclui todos os serviços que enviam pelo seu domínio.`,
      `Verifique se a assinatura ${DKIM} está ativada e alinhada com o domínio From.`,
      `Verifique o ${DMARC}; o encaminhamento pode quebrar o SPF, então o DKIM é o mais importante.`,
    ],
  ),
  'outlook-auth-level': E(
    'O seu domínio não atende às verificações do Outlook.com',
    'O Outlook.com exige que grandes remetentes comprovem que os seus emails vêm mesmo do domínio deles, e esta mensagem não comprovou. Ela foi recusada.',
    ['Não reenvie ainda.', SEND_REPORT],
    [`Verifique se ${SPF}, ${DKIM} e ${DMARC} passam e estão alinhados com o domínio From.`],
  ),
  'forwarding-blocked': E(
    'O encaminhamento automático está desativado',
    'A sua organização não permite que mensagens sejam encaminhadas automaticamente para endereços externos. Uma regra de encaminhamento tentou fazer isso.',
    ['Desative a regra de encaminhamento ou pergunte à TI se o encaminhamento pode ser permitido para você.'],
    [
      'Verifique a política antispam de saída quanto ao encaminhamento externo; crie uma política para usuários específicos, se for permitido.',
    ],
  ),
  'smtp-auth': E(
    'O aplicativo de envio não entrou',
    'O aplicativo ou dispositivo de onde você enviou não entrou no servidor de email, então o servidor se recusou a enviar.',
    [
      'Verifique o nome de usuário e a senha salvos no aplicativo ou dispositivo.',
      'Peça à TI as configurações corretas do servidor de email para esse aplicativo ou dispositivo.',
    ],
    [
      'Verifique se o SMTP AUTH está habilitado para a caixa de correio e o locatário, se o aplicativo usa a porta 587 com STARTTLS e se ele oferece suporte à autenticação moderna.',
    ],
  ),
  'connector-mismatch': E(
    'A rota de email da sua organização não é mais reconhecida',
    'O Microsoft 365 não reconhece mais o servidor que enviou esta mensagem como um servidor da sua organização, por isso a recusou.',
    [SEND_REPORT],
    ['Compare o nome do certificado ou os endereços IP do conector de entrada com o servidor de envio (TenantAttribution).'],
  ),
  'own-block-list': E(
    'A sua organização bloqueia este destinatário',
    'A lista de bloqueio da sua própria organização inclui um dos destinatários, por isso a mensagem inteira foi interrompida.',
    ['Remova esse destinatário e envie novamente, ou pergunte à TI sobre o bloqueio.'],
    ['Verifique a Lista de Permissões/Bloqueios de Locatários (Tenant Allow/Block List).'],
  ),
  'tenant-ip-refused': E(
    'O Microsoft 365 não aceita emails desta origem',
    'O Microsoft 365 recusou emails deste servidor ou domínio de envio. Configurações novas ou não verificadas costumam esbarrar nisso.',
    [SEND_REPORT],
    [
      'Verifique se os domínios estão adicionados e verificados e se os conectores estão corretos; se necessário, peça uma exceção ao suporte.',
    ],
  ),
  'mail-flow-rule': MAIL_FLOW_RULE,
  'ms-ip-throttle': E(
    'A Microsoft limitou os emails do servidor da sua organização',
    'A Microsoft recusou por enquanto os emails do servidor da sua organização porque ele está enviando muito mais do que o normal.',
    [AGAIN_LATER, 'Se continuar acontecendo, avise a TI.'],
    ['Procure volume de envio incomum e considere um conector ou um filtro de terceiros para os emails retransmitidos.'],
    {
      title: 'A Microsoft está desacelerando o seu servidor de email',
      summary:
        'A Microsoft está limitando temporariamente os emails do seu servidor porque ele está enviando muito mais do que o normal. O seu servidor continua tentando.',
      steps: [NO_ACTION_YET],
    },
  ),
  'banned-ip': E(
    'O endereço do seu servidor de email está bloqueado',
    'O serviço de destino colocou o endereço de internet do seu servidor de envio na lista de bloqueio dele. A sua mensagem em si não é o problema.',
    ['Não reenvie agora.', SEND_REPORT],
    ['Peça a remoção da lista (para a Microsoft: sender.office.com) e procure contas comprometidas.'],
  ),
  'recipient-domain-refused': E(
    'O servidor do destinatário não aceita este endereço',
    'O servidor de email do destinatário recusou o endereço. O domínio pode estar mal configurado, ou o endereço pode não existir.',
    ['Verifique o endereço.', TELL_RECIPIENT],
    ['Verifique os registros MX do domínio do destinatário; alterações recentes de DNS podem levar até 72 horas.'],
  ),

  // ---- standard codes ----
  'unknown-failure': E(
    'A mensagem foi recusada sem um motivo claro',
    'O servidor de destino recusou a mensagem, mas deu só um erro genérico. A sua equipe de TI pode ler os detalhes no relatório de falha na entrega.',
    [TELL_RECIPIENT, SEND_REPORT],
    ['Leia o texto de diagnóstico e os servidores envolvidos.'],
  ),
  'address-problem': E(
    'Há um problema com o endereço',
    'O servidor de destino informou um problema com o endereço, sem mais detalhes.',
    ['Verifique se há erros de digitação no endereço e envie novamente.'],
    ['Leia o texto de diagnóstico para saber a causa exata.'],
  ),
  'address-unknown': E(
    'O endereço não existe',
    'O servidor de email do destinatário não tem nenhuma caixa de correio chamada {recipient}. O endereço pode estar digitado errado, ou a pessoa pode ter saído.',
    [
      'Verifique a grafia do endereço.',
      'Se o Outlook o sugeriu, remova-o do Preenchimento Automático e digite-o novamente.',
      FORWARD_BROKEN,
      'Peça à pessoa o endereço atual dela por outro meio e depois reenvie.',
    ],
    [
      'Se o destinatário for interno, verifique se a caixa de correio existe e tem esse endereço.',
      'Se você nunca enviou esta mensagem, verifique se o remetente foi falsificado.',
    ],
  ),
  'domain-unknown': E(
    'O domínio do destinatário não existe',
    'A parte depois do @ em {recipient} não existe ou não pode receber emails. Provavelmente está digitada errado.',
    ['Verifique se há erros de digitação na parte depois do @.', 'Envie novamente com o endereço corrigido.'],
    ['Se tiver certeza de que está certo, verifique se o domínio é resolvido a partir da sua rede.'],
  ),
  'address-syntax': E(
    'O endereço não está escrito corretamente',
    'O endereço não é um endereço de email válido, por exemplo porque tem um espaço ou falta uma parte.',
    ['Verifique se o endereço tem espaços, vírgulas ou caracteres faltando e envie novamente.'],
    ['Nada a verificar, a menos que o endereço pareça correto.'],
  ),
  'address-ambiguous': E(
    'O endereço corresponde a mais de uma pessoa',
    'O servidor de destino encontrou várias caixas de correio que correspondem a este endereço.',
    ['Use o endereço de email completo da pessoa e envie novamente.'],
    ['Se o destinatário for interno, procure endereços duplicados no diretório.'],
  ),
  delivered: E(
    'A mensagem foi entregue',
    'Este aviso confirma que a sua mensagem chegou ao servidor do destinatário. Nada deu errado.',
    [NO_ACTION],
    [NOTHING_TO_CHECK],
  ),
  moved: E(
    'A pessoa tem um endereço novo',
    'A caixa de correio mudou, e os emails para o endereço antigo não são mais encaminhados.',
    ['Descubra o endereço novo da pessoa e envie novamente.', 'Atualize o seu contato.'],
    ['Nada a verificar do seu lado.'],
  ),
  'sender-address-bad': E(
    'O seu endereço de remetente foi recusado',
    'O servidor de destino não aceitou o endereço do remetente ou o domínio dele. Reenviar do mesmo jeito vai falhar de novo.',
    ['Se você enviou de um aplicativo ou dispositivo, verifique o endereço de remetente dele.', SEND_REPORT],
    [
      `Verifique se o domínio do remetente existe e é resolvido, e se o ${SPF} está publicado.`,
      'Verifique o remetente do envelope (Return-Path) que o servidor usa.',
    ],
  ),
  'relayed-no-dsn': E(
    'A mensagem foi repassada sem confirmações',
    'A mensagem foi entregue a um sistema que não envia relatórios de entrega. Nenhum erro é conhecido.',
    ['Nenhuma ação necessária, a menos que a pessoa diga que nunca recebeu.'],
    [NOTHING_TO_CHECK],
  ),
  'null-mx': E(
    'O domínio do destinatário não aceita emails',
    'O domínio do destinatário declara que não aceita nenhum email. O endereço não pode funcionar.',
    ['Verifique o endereço; a pessoa pode usar outro domínio para emails.', TELL_RECIPIENT],
    [NOTHING_TO_CHANGE],
  ),
  'mailbox-problem': E(
    'A caixa de correio do destinatário recusou a mensagem',
    'A caixa de correio do destinatário ou o filtro dela recusou a sua mensagem.',
    [TELL_RECIPIENT, 'Pergunte se ela filtra ou bloqueia mensagens como a sua.'],
    ['Leia o texto de diagnóstico para saber a causa exata.'],
  ),
  'mailbox-disabled': MAILBOX_DISABLED,
  'mailbox-full': E(
    'A caixa de correio do destinatário está cheia',
    'A caixa de correio do destinatário não tem mais espaço, por isso não pode receber emails novos.',
    [TELL_RECIPIENT, 'Envie novamente mais tarde, depois que a pessoa liberar espaço.', 'Envie anexos grandes como links.'],
    ['Se o destinatário for interno, verifique a cota da caixa de correio dele.'],
  ),
  'too-big-for-recipient': E(
    'A mensagem é grande demais para este destinatário',
    '{hasLimit, select, yes {A mensagem é maior do que este destinatário aceita (limite dele: {limit}).} other {A mensagem é maior do que este destinatário aceita.}}',
    ['Remova ou reduza os anexos, ou compartilhe-os como links.', 'Envie a mensagem novamente.'],
    ['Se o destinatário for interno, verifique o limite de tamanho por destinatário.'],
  ),
  'list-problem': E(
    'A lista de distribuição não conseguiu entregar',
    'O endereço é uma lista de distribuição ou um grupo que não conseguiu repassar a sua mensagem aos membros.',
    ['Pergunte ao proprietário da lista.'],
    ['Se for interna, verifique as configurações de expansão da lista ou do grupo.'],
  ),
  'remote-system': E(
    'O sistema de email do destinatário teve um problema',
    'O servidor de email do destinatário informou um problema interno. Ele não foi causado pela sua mensagem.',
    [SEND_LATER, TELL_RECIPIENT],
    [NOTHING_TO_CHANGE],
  ),
  'remote-disk-full': E(
    'O servidor do destinatário está sem espaço',
    'O servidor de email do destinatário não tem mais espaço de armazenamento. É um problema do lado do destinatário.',
    [SEND_LATER, TELL_RECIPIENT],
    [NOTHING_TO_CHANGE],
  ),
  'feature-unsupported': E(
    'Falta ao servidor de destino um recurso necessário',
    'A mensagem precisava de um recurso que o servidor de destino não oferece.',
    [SEND_REPORT],
    ['Verifique qual extensão SMTP a mensagem exigia (por exemplo, SMTPUTF8 ou uma configuração de prioridade).'],
  ),
  'too-big': E(
    'A mensagem é grande demais',
    '{hasLimit, select, yes {A mensagem é maior do que o servidor de destino aceita (limite: {limit}).} other {A mensagem é maior do que o servidor de destino aceita.}}',
    ['Remova ou reduza os anexos, ou compartilhe-os como links.', 'Envie a mensagem novamente.'],
    ['Verifique os seus limites de tamanho e os do servidor remoto.'],
  ),
  'network-problem': E(
    'Não foi possível alcançar o servidor do destinatário',
    'O seu servidor de email não conseguiu se conectar ao servidor do destinatário, por isso a entrega falhou.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Se persistir, verifique a conectividade de saída e os registros MX do domínio do destinatário.'],
    {
      summary: 'O seu servidor de email ainda não conseguiu se conectar ao servidor do destinatário. Ele continua tentando.',
      steps: [NO_ACTION_YET],
    },
  ),
  unroutable: E(
    'Não há rota para o domínio do destinatário',
    'O seu servidor de email não encontrou para onde enviar os emails do domínio do destinatário. O domínio pode estar digitado errado ou mal configurado.',
    ['Verifique se há erros de digitação na parte depois do @.', 'Envie novamente com o endereço corrigido.'],
    ['Verifique os registros MX e A do domínio do destinatário.'],
  ),
  'remote-busy': E(
    'O servidor do destinatário está ocupado',
    'O servidor do destinatário estava sobrecarregado e não aceitou a mensagem.',
    [TELL_RECIPIENT, AGAIN_LATER],
    [NOTHING_TO_CHANGE],
    {
      summary: 'O servidor do destinatário está sobrecarregado e pediu para tentar mais tarde. O seu servidor continua tentando.',
      steps: [NO_ACTION_YET],
    },
  ),
  'protocol-error': E(
    'Os servidores de email não se entenderam',
    'Os servidores de envio e de recebimento tiveram um desacordo técnico sobre o protocolo de email. É um problema de configuração dos servidores.',
    [SEND_REPORT],
    ['Verifique a conversa SMTP no diagnóstico: sintaxe dos comandos, extensões ou comprimento de linha.'],
  ),
  'too-many-recipients': E(
    'Destinatários demais de uma vez',
    'A mensagem foi endereçada a mais destinatários do que o servidor aceita de uma só vez.',
    ['Divida os destinatários em grupos menores ou use um endereço de grupo.', 'Envie novamente.'],
    ['Verifique se o servidor de envio divide listas grandes de destinatários.'],
  ),
  'content-problem': E(
    'O conteúdo da mensagem foi recusado',
    'O servidor de destino não pôde aceitar o conteúdo ou o formato da mensagem.',
    ['Remova anexos ou formatação incomuns e envie novamente.'],
    ['Leia o texto de diagnóstico para saber o problema exato de conteúdo.'],
  ),
  'conversion-failed': E(
    'A mensagem não pôde ser convertida',
    'A mensagem precisava ser convertida para o servidor de destino, e essa conversão falhou ou não foi permitida.',
    [SEND_REPORT],
    ['Verifique o tratamento de 8 bits/MIME no caminho até o destinatário.'],
  ),
  'international-address': E(
    'O endereço usa caracteres que o servidor não aceita',
    'O endereço ou a mensagem usa caracteres especiais (como acentos ou ç) que o servidor de destino não aceita.',
    ['Peça à pessoa um endereço só com letras sem acento e números.'],
    ['Verifique o suporte a SMTPUTF8 nos seus servidores de saída.'],
  ),
  'refused-policy': E(
    'O servidor do destinatário recusou a mensagem',
    'O servidor do destinatário recusou a mensagem por causa de uma das regras ou configurações de segurança dele.',
    [
      TELL_RECIPIENT,
      'Pergunte se a organização dela recusa emails como o seu, por exemplo de remetentes externos ou com certos anexos.',
      SEND_REPORT,
    ],
    ['Leia o texto de diagnóstico: ele geralmente cita a regra, uma lista de bloqueio ou uma verificação de autenticação.'],
  ),
  'security-feature': E(
    'Um requisito de segurança não foi atendido',
    'O servidor de destino exigia um recurso de segurança, como criptografia ou uma conexão confiável, que não estava presente.',
    [SEND_REPORT],
    ['Verifique as configurações de TLS e de autenticação deste caminho de envio.'],
  ),
  'auth-weak': E(
    'O método de entrada era fraco demais',
    'O servidor recusou a forma como o aplicativo ou dispositivo de envio entrou. É preciso um método de entrada mais forte.',
    ['Peça à TI as configurações certas para o aplicativo ou dispositivo.'],
    ['Verifique o mecanismo de autenticação (por exemplo, habilite OAuth ou senhas de app).'],
  ),
  'sender-account-disabled': E(
    'A sua conta de envio está desabilitada',
    'A conta usada para enviar esta mensagem está desabilitada no servidor de email.',
    ['Avise a TI para que verifiquem a conta e a reativem.'],
    ['Verifique o status da conta no servidor de envio (RFC 5248 X.7.13: conta de usuário desabilitada).'],
  ),
  'owner-changed': E(
    'O endereço agora pertence a outra pessoa',
    'A caixa de correio ou o domínio mudou de dono desde a última vez que você escreveu, por isso a sua mensagem não foi entregue ao novo dono.',
    ['Confirme que você tem o endereço atual da pessoa.'],
    [NOTHING_TO_CHANGE],
  ),
  'dkim-fail': E(
    'O selo digital da sua mensagem falhou',
    'O servidor de destino não conseguiu verificar o selo digital que o seu servidor de email coloca em cada mensagem, por isso a recusou.',
    ['Não reenvie ainda.', SEND_REPORT],
    [
      `Verifique se a assinatura ${DKIM} está ativada e se a chave DNS está publicada.`,
      `Verifique se a assinatura está alinhada com o domínio From para o ${DMARC}.`,
    ],
  ),
  'spf-fail': E(
    'A verificação de remetente do seu domínio falhou',
    'O seu servidor de email não está na lista de servidores que o seu domínio autoriza a enviar os emails dele. O servidor de destino recusou a mensagem.',
    ['Não reenvie ainda.', SEND_REPORT],
    [
      `Verifique se o ${SPF} inclui todos os servidores e serviços que enviam pelo seu domínio.`,
      'Verifique se o registro SPF tem consultas DNS demais.',
      'Se os emails forem encaminhados, conte também com o DKIM.',
    ],
  ),
  'no-ptr': E(
    'O seu servidor de email não tem um nome adequado',
    'O endereço de internet do seu servidor de email não tem um nome correspondente registrado, e o servidor de destino exige isso. Ele recusou a mensagem.',
    [SEND_REPORT],
    ['Peça ao seu provedor de rede que configure um registro PTR (DNS reverso) que corresponda ao nome do servidor.'],
  ),
  'mail-flood': E(
    'Emails demais foram enviados rápido demais',
    'O servidor de destino viu uma quantidade incomum de emails vindos do seu lado e, por enquanto, recusa novos.',
    ['Envie esta mensagem novamente mais tarde, e menos mensagens de cada vez.', 'Se você não enviou muito, avise a TI.'],
    ['Verifique o volume de envio em busca de abuso ou de um aplicativo com mau funcionamento.'],
  ),
  'arc-or-tls': E(
    'Um requisito para remetentes não foi atendido',
    'O servidor de destino exige uma prova extra para este email, como uma conexão criptografada ou assinaturas adicionadas quando o email é encaminhado. Ela estava faltando.',
    [SEND_REPORT],
    ['Verifique o TLS no SMTP de saída (Gmail 4.7.29 / 5.7.29), a assinatura ARC nos sistemas de encaminhamento e o alinhamento DMARC.'],
  ),

  // ---- reasons ----
  blocked: E(
    'O seu servidor de email foi bloqueado',
    'O servidor de destino recusou as conexões do servidor de email da sua organização. Listas de bloqueio ou reputação costumam causar isso.',
    ['Não reenvie agora.', SEND_REPORT, TELL_RECIPIENT],
    [
      'Procure o IP de envio na lista de bloqueio citada no texto do servidor e peça a remoção.',
      'Verifique o DNS reverso e a autenticação do servidor de envio.',
    ],
  ),
  spam: E(
    'A mensagem foi considerada spam',
    'O lado de destino considerou a sua mensagem spam e a recusou.',
    [SPAM_CHECK, SPAM_TELL, SPAM_IT],
    ['Verifique SPF, DKIM e DMARC, e a reputação de envio.'],
  ),
  virus: E(
    'Um antivírus recusou a mensagem',
    'O antivírus do destinatário encontrou na mensagem algo que considera perigoso.',
    [
      'Não envie o arquivo novamente.',
      'Verifique o seu computador e o arquivo com o seu antivírus, ou peça à TI que os verifique.',
      'Avise a TI se a verificação encontrar algo ou se você não tiver certeza.',
    ],
    ['Verifique se o dispositivo do remetente e o anexo têm malware; o texto de diagnóstico pode citar a ameaça.'],
  ),
  relay: E(
    'Um servidor não quis repassar a mensagem',
    'Um servidor de email se recusou a encaminhar a sua mensagem para o domínio do destinatário.',
    ['Não reenvie ainda.', SEND_REPORT],
    ['Verifique as permissões de retransmissão, os conectores e os registros MX do domínio do destinatário.'],
  ),
  'not-compliant': E(
    'A mensagem violou as regras de formato de email',
    'O servidor de destino constatou que a mensagem viola as regras de formato de email, por exemplo com cabeçalhos duplicados.',
    ['Se um aplicativo a enviou, diga à TI qual.'],
    ['Verifique se o software de envio grava cabeçalhos em conformidade com a RFC 5322.'],
  ),
  starttls: E(
    'Não foi possível fazer uma conexão criptografada',
    'Os servidores não conseguiram estabelecer a conexão criptografada que um deles exige.',
    [SEND_REPORT],
    ['Verifique as configurações de TLS e os certificados nos dois lados deste caminho.'],
  ),
  'expired-reason': E(
    'A entrega demorou demais e foi interrompida',
    'O seu servidor de email tentou por muito tempo, sem sucesso, e desistiu.',
    [TELL_RECIPIENT, 'Verifique o endereço e envie a mensagem novamente mais tarde.'],
    ['Verifique os registros MX do domínio do destinatário e a sua conectividade de saída.'],
  ),
  'local-program': E(
    'O programa de email do destinatário falhou',
    'Um programa do servidor do destinatário que organiza os emails recebidos falhou.',
    [SEND_LATER, TELL_RECIPIENT],
    [NOTHING_TO_CHANGE],
  ),
  suppressed: E(
    'O endereço está em uma lista de não envio',
    'O serviço de envio não enviou nada para este endereço porque, antes, ele devolveu emails ou marcou algum como spam.',
    ['Verifique se o endereço ainda é válido.'],
    ['Revise a lista de supressão do serviço de envio.'],
  ),
  complaint: E(
    'Alguém denunciou a sua mensagem como spam',
    'Um destinatário marcou a sua mensagem como spam, e o provedor dele enviou este relatório de volta. Não é um relatório de falha na entrega.',
    ['Pare de enviar para pessoas que não pediram os seus emails.'],
    ['Revise as práticas de envio em massa e o tratamento de cancelamentos de inscrição deste remetente.'],
  ),
  'auto-reply': E(
    'Esta é uma resposta automática',
    'A caixa de correio do destinatário enviou uma resposta automática, como um aviso de ausência temporária. A sua mensagem foi entregue.',
    [NO_ACTION],
    [NOTHING_TO_CHECK],
  ),
  unclear: E(
    'Não conseguimos descobrir o que deu errado',
    'O relatório de falha na entrega não diz com clareza por que a mensagem falhou. O suporte de TI pode ler os detalhes técnicos.',
    ['Envie o relatório ao suporte de TI; ele inclui todos os detalhes técnicos.'],
    ['Leia o texto de diagnóstico e o original devolvido; verifique os servidores envolvidos.'],
  ),
  // ---- causes added for issue #9 ----
  'mailbox-disabled-text': MAILBOX_DISABLED,
  'blocked-by-person': E(
    'O destinatário bloqueou você',
    'O destinatário colocou o seu endereço ou o seu domínio na lista pessoal de remetentes bloqueados dele. Por isso, o sistema de email dele recusou a sua mensagem.',
    [
      'Pergunte à pessoa por outro meio, por exemplo por telefone, se ela bloqueou o seu endereço por engano.',
      'Só ela, ou a equipe de TI dela, pode remover o bloqueio; reenviar não vai adiantar.',
    ],
    [
      'Uma entrada de bloqueio pessoal no lado do destinatário (por exemplo, Mimecast “Envelope blocked - User Entry”); nada a mudar do seu lado.',
    ],
  ),
  'gateway-blocked-sender': E(
    'A organização do destinatário recusou o seu endereço',
    'Um serviço de filtragem da organização do destinatário recusou o seu endereço segundo as próprias regras. A sua mensagem em si pode estar correta.',
    [TELL_RECIPIENT, 'Peça que a equipe de TI dela verifique por que o seu endereço é recusado.'],
    [
      'O gateway do destinatário aplicou a própria política (por exemplo, Mimecast “Administrative prohibition” ou “Anti-Spoofing policy”).',
      'Verifique se o seu domínio passa em SPF, DKIM e DMARC, caso as verificações contra falsificação desse serviço tenham falhado.',
    ],
  ),
  'send-as-denied': E(
    'Você não tem permissão para enviar desse endereço',
    'Você enviou a mensagem com o endereço de outra caixa de correio (compartilhada, de equipe ou de um colega), mas sua organização não lhe deu permissão para enviar como essa caixa de correio, então seu próprio servidor de email se recusou a enviá-la. Ninguém a recebeu.',
    [
      'Envie a mensagem novamente do seu próprio endereço, ou peça ao proprietário da caixa de correio que a envie.',
      'Se você deveria poder enviar dessa caixa de correio, envie o relatório ao suporte de TI e peça a permissão “Enviar como” ou “Enviar em nome de”.',
    ],
    [
      'Conceder ao usuário “Enviar como” ou “Enviar em nome de” na caixa de correio indicada em De (Centro de administração do Exchange > Destinatários > Caixas de correio > Delegação, ou Add-RecipientPermission / Set-Mailbox -GrantSendOnBehalfTo); a permissão pode levar até uma hora para valer, e o usuário deve apagar a entrada De da lista de Preenchimento Automático do Outlook.',
    ],
  ),
  'moderation-rejected': E(
    'O moderador do grupo recusou sua mensagem',
    'O grupo para o qual você escreveu é moderado: um moderador verifica cada mensagem antes que os membros a recebam, e esta foi recusada. O relatório pode trazer o comentário do moderador.',
    [
      'Leia o comentário do moderador, se houver, e altere a mensagem antes de enviá-la novamente.',
      'Se você acha que ela deveria ter sido aceita, fale com o proprietário ou o moderador do grupo.',
    ],
    [
      'Somente os moderadores ou proprietários do grupo podem aprová-la: verificar as configurações de moderação do grupo (ModerationEnabled, ModeratedBy) e quem pode ignorar a moderação.',
    ],
  ),
  'moderation-pending': E(
    'Sua mensagem está aguardando o moderador do grupo',
    'O grupo para o qual você escreveu é moderado: um moderador aprova cada mensagem antes que os membros a recebam. Nada falhou; sua mensagem aguarda essa decisão.',
    [
      'Não é preciso fazer nada agora: o moderador decide.',
      'Se a mensagem for urgente, peça ao proprietário ou ao moderador do grupo que a examine.',
    ],
    [
      'Somente os moderadores do grupo podem aprová-la (ModeratedBy); verificar se este remetente deve ignorar a moderação (BypassModerationFromSendersOrMembers).',
    ],
    {
      title: 'Sua mensagem está aguardando o moderador do grupo',
      summary:
        'O grupo para o qual você escreveu é moderado: um moderador aprova cada mensagem antes que os membros a recebam. Nada falhou; sua mensagem aguarda essa decisão.',
      steps: [
        'Não é preciso fazer nada agora: o moderador decide.',
        'Se a mensagem for urgente, peça ao proprietário ou ao moderador do grupo que a examine.',
      ],
    },
  ),
  'dlp-blocked': E(
    'Uma política de proteção de dados bloqueou sua mensagem',
    'A política de prevenção contra perda de dados (DLP) da sua organização encontrou informações confidenciais na mensagem, como números de cartão, passaporte ou CPF, e a bloqueou. Ninguém a recebeu.',
    [
      'Remova as informações confidenciais, ou compartilhe-as de uma forma protegida permitida pela sua organização, e envie a mensagem novamente.',
      'Se a mensagem precisar sair como está, envie o relatório ao suporte de TI e pergunte se é possível uma substituição ou exceção.',
    ],
    [
      'Localizar a política e a regra de DLP correspondentes no Microsoft Purview (Gerenciador de atividades ou alertas de DLP desta mensagem) e verificar condições, exceções e se os usuários podem substituí-la com justificativa.',
    ],
  ),
  'transport-rule': MAIL_FLOW_RULE,
  'ms-relay-access-denied': E(
    'O domínio do destinatário não está configurado para receber este email',
    'O servidor que recebeu a sua mensagem não aceita emails para o domínio do destinatário. As configurações de email desse domínio provavelmente estão erradas ou mudaram há pouco.',
    [
      TELL_RECIPIENT,
      'Peça que a equipe de TI dela verifique as configurações de email do domínio.',
      'Envie a mensagem novamente daqui a um ou dois dias.',
    ],
    [
      'Verifique se os registros MX do domínio do destinatário apontam para os servidores certos; aguarde até 72 horas após uma alteração de DNS.',
      'Se o domínio for seu: verifique se ele é um domínio aceito no Exchange Online com o tipo certo (Autoritativo ou Retransmissão Interna), e os conectores híbridos.',
    ],
  ),
  'ms-not-authenticated-text': NOT_AUTHENTICATED,
  'ms-sender-denied-text': SENDER_DENIED,
  'policy-block': E(
    'O servidor de destino recusou emails da sua organização',
    'O provedor de destino recusou a mensagem segundo as regras dele para remetentes, como reputação, verificações do remetente ou conteúdo. Ele não diz qual.',
    ['Não reenvie a mesma mensagem agora; ela será recusada de novo.', SEND_REPORT, TELL_RECIPIENT],
    [
      'Yahoo “Message not accepted for policy reasons” / [PH01]: verifique se SPF, DKIM e DMARC passam e estão alinhados, a reputação do IP e do domínio de envio e as taxas de reclamação (Yahoo Sender Hub).',
    ],
  ),
  'unauthenticated-sender': E(
    'Faltam as verificações de remetente do seu domínio',
    'O servidor de destino só aceita emails que comprovem que vêm do domínio do remetente, e a sua mensagem não tinha essa prova. A sua equipe de TI precisa configurar isso.',
    [NOT_YET_REFUSED, SEND_REPORT],
    [
      `Publique um ${SPF} que inclua este servidor de envio e ative a assinatura ${DKIM} para o domínio.`,
      'Gmail 4.7.26 / 5.7.26, Yahoo 5.7.9 e Microsoft 4.7.26 (IPv6) exigem que pelo menos o SPF ou o DKIM passe.',
    ],
  ),
  'no-dmarc-record': NO_DMARC_RECORD,
  'no-dmarc-record-code': NO_DMARC_RECORD,
  'dmarc-alignment': DMARC_ALIGNMENT,
  'dmarc-alignment-code': DMARC_ALIGNMENT,
  'recipient-forwarding': E(
    'O destinatário encaminha emails para um endereço com problema',
    'A sua mensagem chegou à pessoa, mas a caixa de correio dela encaminha os emails para {recipient}, e essa entrega falhou. Você não digitou esse endereço.',
    [
      'Avise a pessoa por outro meio que o encaminhamento dela para {recipient} não funciona.',
      'Peça que ela corrija ou remova o encaminhamento; depois, envie a mensagem novamente.',
    ],
    [
      'O endereço que falhou não está em Para nem em Cc do original, e o relatório de falha na entrega veio do provedor de um endereço que estava: uma regra de encaminhamento ou um alias lá aponta para um endereço que não existe mais.',
    ],
  ),
};

export const PT_BR: Catalogue = {
  locale: 'pt-BR',
  entries,
  owners: {
    you: 'Você',
    'your-it': 'A sua equipe de TI',
    'recipient-side': 'O lado do destinatário',
    wait: 'Aguardar',
    none: 'Nada a fazer',
  },
  ownerSentences: {
    you: 'Você mesmo pode resolver isso.',
    'your-it': 'A sua equipe de TI precisa resolver isso.',
    'recipient-side': 'O lado do destinatário precisa resolver isso.',
    wait: 'Ninguém precisa agir ainda: os servidores continuam tentando.',
    none: 'Ninguém precisa fazer nada.',
  },
  retry: {
    no: 'Reenviar não vai adiantar.',
    'after-fix': 'Reenviar só vai adiantar depois que a causa for corrigida.',
    later: 'Reenviar mais tarde pode funcionar.',
    automatic: 'O seu servidor de email continua tentando sozinho.',
    'not-needed': 'Não é preciso reenviar.',
  },
  retryUntil: 'O seu servidor de email continua tentando até {until}.',
  delayedNeedsFix: 'O seu servidor de email ainda está tentando, mas a entrega vai continuar falhando até que isso seja corrigido.',
  authVerdicts: 'Resultados de autenticação registrados na sua mensagem: {verdicts}.',
  report: {
    subjectOne: 'Falha na entrega: {code} ao enviar para {recipient}',
    subjectMany:
      'Falha na entrega: {code} ao enviar para {recipient} e {others, plural, one {mais # destinatário} other {mais # destinatários}}',
    subjectNoCode: 'Falha na entrega: a mensagem para {recipient} não foi entregue',
    summaryLine:
      '{count, plural, one {# destinatário não recebeu} other {# destinatários não receberam}} a mensagem “{subject}”. Causa provável: {title}. Quem deve agir: {owner}.',
    greeting: 'Olá, equipe de suporte de TI,',
    intro: 'Uma mensagem que enviei não foi entregue. O Bounce Explainer preparou os detalhes abaixo.',
    failedRecipients: 'Destinatários com falha',
    servers: 'Servidores',
    reportingServer: 'Servidor que emitiu o relatório: {server}',
    remoteServer: 'Servidor remoto: {server}',
    times: 'Datas e horários',
    bounceArrived: 'Chegada do relatório de falha na entrega: {date}',
    originalSent: 'Envio do original: {date}',
    original: 'Mensagem original',
    originalSubject: 'Assunto: {subject}',
    originalMessageId: 'Message-ID: {id}',
    originalFrom: 'De: {from}',
    auth: 'Resultados de autenticação',
    client: 'Meu cliente de email',
    tried: 'O que já tentei',
    machine: 'Análise legível por máquina (JSON)',
    truncated:
      '{count, plural, one {Mais # destinatário foi omitido} other {Mais # destinatários foram omitidos}} para manter este relatório curto; o bloco JSON traz as contagens.',
    cut: '[cortado: mais {count} caracteres]',
    itChecks: 'O que a TI deve verificar',
    noBody: 'O corpo da mensagem original não está incluído.',
    backscatter: 'Observação: isto parece backscatter (um relatório de falha na entrega de uma mensagem que eu não enviei).',
    // ---- Report additions (h11: issues #10 item 10, #11 item 8, #12 item 5). Kept together to ease merging. ----
    notGiven: 'não informado',
    andMore: 'e mais {count, number}',
    dateWithLocal: '{iso} ({local} no meu horário)',
    clientLine:
      'Outlook: {host} {version}; plataforma: {platform}; idioma: {language}; API de Caixa de Correio {set}; relatório de falha na entrega lido via: {route}',
    trace: 'Localizar a mensagem (rastreamento de mensagens)',
    traceMessageId: 'Message-ID original: {id}',
    traceWindow: 'Enviada entre {start} e {end} (UTC)',
    tracePowerShell: 'Exchange Online PowerShell:',
    traceEac: 'Centro de administração do Exchange, rastreamento de mensagens: {url}',
    traceServer: 'Servidor que emitiu o relatório: {server}',
    traceQueue: 'ID da fila: {id} (em {server})',
    mailtoCut: '[O relatório foi cortado para caber em um link de email. Use “Copiar relatório” para ter o texto completo.]',
    // ---- end of report additions ----
  },
  errors: {
    unreadable: 'Não foi possível ler a entrada.',
    empty: 'A entrada está vazia: não há mensagem para analisar.',
    'too-large': 'A entrada tem {size} MB; o limite é {limit} MB.',
    unparseable: 'Não foi possível ler a mensagem como email nem como arquivo .msg do Outlook.',
    'msg-damaged': 'Este arquivo .msg do Outlook está danificado ou manipulado ({problem}); ele não foi lido.',
    'analysis-failed': 'A mensagem foi lida, mas a análise falhou inesperadamente.',
    'time-limit':
      'A análise desta mensagem levou mais de {seconds} s, por isso foi interrompida. Ela pode ter sido manipulada para tornar a análise lenta.',
    'memory-limit':
      'A análise desta mensagem precisou de mais memória do que o permitido, por isso foi interrompida. Ela pode ter sido manipulada para esgotar a memória.',
    'stdin-too-large': 'A entrada padrão passa do limite de {limit} MB; ela não foi lida.',
    'file-not-found': '{file}: arquivo não encontrado',
    'is-directory': '{file}: é um diretório',
    'not-regular-file': '{file}: não é um arquivo comum (é um dispositivo, pipe ou socket); não foi lido',
    'file-unreadable': '{file}: não foi possível ler o arquivo',
  },
  backscatterSigns: {
    'spf-failed': 'A verificação SPF do servidor de destino para {domain} deu “{verdict}”.',
    'dmarc-failed': 'A verificação DMARC do servidor de destino para {domain} deu “{verdict}”.',
    'foreign-message-id': 'O Message-ID do original foi gerado por {domain}, não pelo seu sistema de email.',
    'foreign-received': 'Nenhuma das {count} linhas Received do original menciona {domain} ou o provedor de email dele.',
    'home-origin': 'O original entrou na internet por uma conexão residencial ou discada ({origin}), não por um servidor de email.',
  },
  cli: {
    forgedSender: 'Remetente falsificado',
    recipientNotNamed: '(destinatário não informado)',
    asciiForm: 'Forma ASCII: {address}',
    lookAlike: 'Aviso de endereço enganoso: {flags}',
    andMore: '… e mais {count}',
  },
  ui: {
    appTitle: 'Bounce Explainer',
    loading: 'Lendo a mensagem…',
    analysing: 'Analisando…',
    analysedMessage: 'Analisando: {subject}',
    readVia: 'Lida via {route}.',
    reRead: 'Ler novamente a mensagem selecionada',
    selectionChanged: 'Agora outra mensagem está selecionada. A explicação abaixo ainda é da mensagem indicada acima.',
    noItem:
      'Não foi possível ler nenhuma mensagem do Outlook. O Outlook não deixa os suplementos abrirem a maioria dos relatórios de entrega; então cole o relatório de falha na entrega, escolha o arquivo salvo ou arraste a mensagem para cá.',
    restricted:
      'O Outlook marcou esta mensagem como restrita, por isso o suplemento não pode lê-la. Cole o relatório de falha na entrega, escolha o arquivo salvo ou arraste a mensagem para cá.',
    readFailed:
      'Não foi possível ler a mensagem ({detail}). Cole o relatório de falha na entrega, escolha o arquivo salvo ou arraste a mensagem para cá.',
    notBounce:
      'Esta mensagem não parece um relatório de falha na entrega. Se for um, cole o texto completo dele abaixo e tentaremos de novo.',
    autoReply: 'Esta é uma resposta automática (por exemplo, de ausência temporária). A sua mensagem foi entregue.',
    deliveryReport: 'Esta é uma confirmação de entrega: a sua mensagem chegou.',
    feedbackReport: 'Esta é uma denúncia de um provedor de email, não um relatório de falha na entrega.',
    inputError: 'Não foi possível ler esta entrada: {detail}',
    analysisTimeout:
      'A análise desta mensagem levou mais de {seconds} segundos, por isso foi interrompida. A mensagem pode estar danificada ou ter sido feita para deixar o suplemento lento: não confie nela e peça à TI que examine o próprio arquivo.',
    analysisCrashed:
      'A análise desta mensagem falhou (ela pode estar danificada ou ter sido feita para quebrar o suplemento). Não confie nela e peça à TI que examine o próprio arquivo.',
    addressFlagged:
      'Aviso de endereço enganoso: este endereço {flags, select, mixed {mistura alfabetos} bidi {contém caracteres que reordenam o texto} zero {contém caracteres invisíveis} other {contém caracteres incomuns}}, então pode não ser o que parece.',
    addressAscii: 'Forma ASCII: {address}',
    whoMustAct: 'Quem deve agir',
    whatHappened: 'O que aconteceu',
    whatToDo: 'O que você pode fazer agora',
    whatItChecks: 'O que a TI deve verificar',
    recipients: '{count, plural, one {Destinatário} other {Destinatários (#)}}',
    technicalDetails: 'Detalhes técnicos',
    copyDetails: 'Copiar detalhes técnicos',
    copied: 'Copiado',
    serverSaid: 'Resposta do servidor',
    codes: 'Códigos',
    servers: 'Servidores',
    evidence: 'Por que achamos isso',
    confidence: 'Confiança: {percent}%',
    links: 'Mais informações',
    backscatterTitle: 'Você não enviou esta mensagem',
    draftReport: 'Redigir relatório para a TI',
    draftCompose: 'Transformar este rascunho no relatório para a TI',
    drafting: 'Preparando o relatório…',
    draftOpened: 'Um rascunho do relatório está aberto. Confira e depois envie você mesmo.',
    draftOpenedNoAttachment:
      'Um rascunho do relatório está aberto (o Outlook não permitiu anexar o próprio relatório de falha na entrega). Confira e depois envie você mesmo.',
    draftComposeDone:
      'Este rascunho agora é o relatório: o suporte está em Para e os detalhes estão acima do relatório de falha na entrega encaminhado. Confira e depois envie você mesmo.',
    draftFallback: 'O Outlook não pode abrir uma nova mensagem aqui. Copie o relatório ou abra-o no seu aplicativo de email.',
    copyReport: 'Copiar relatório',
    openMailto: 'Abrir no aplicativo de email',
    helpdeskLabel: 'Endereço do suporte de TI',
    helpdeskHint: 'Para onde o relatório vai. Salvo nas configurações da sua caixa de correio.',
    helpdeskSave: 'Salvar',
    helpdeskSaved: 'Salvo.',
    helpdeskInvalid: 'Digite um único endereço de email, como helpdesk@example.com.',
    helpdeskMissing: 'Ainda não há endereço do suporte: digite-o abaixo, ou deixe em branco e preencha Para você mesmo.',
    helpdeskFrom:
      '{source, select, user {A sua própria configuração.} url {Definido pelo link do suplemento.} config {O padrão da sua organização.} other {Não definido.}}',
    triedLabel: 'O que já tentei (opcional)',
    inputTitle: 'Analise você mesmo um relatório de falha na entrega',
    inputHint:
      'Funciona com qualquer relatório de falha na entrega: cole o texto, escolha um arquivo .eml ou .msg salvo ou arraste a mensagem para esta caixa.',
    pasteLabel: 'Texto do relatório de falha na entrega',
    analyseText: 'Explicar este texto',
    pickFile: 'Escolher um arquivo (.eml, .msg)',
    dropHere: 'Ou solte uma mensagem ou um arquivo aqui',
    dropActive: 'Solte para analisar',
    fileTooBig: 'Esse arquivo é grande demais para ser um relatório de falha na entrega ({size}).',
    fileUnreadable: 'Não foi possível ler esse arquivo.',
    sourcePaste: 'texto colado',
    sourceFile: 'arquivo {name}',
    sourceDrop: 'mensagem arrastada {name}',
    sourceSelected: 'a mensagem selecionada',
    sourceDraft: 'o relatório de falha na entrega encaminhado neste rascunho',
    unknownSubject: '(sem assunto)',
    unknownValue: 'desconhecido',
    routeFile: 'o arquivo completo da mensagem',
    routeBodyText: 'o texto da mensagem',
    routeBodyHtml: 'o HTML da mensagem',
    routeHeaders: 'os cabeçalhos e o texto',
    // h11 (#11 item 4)
    analysedWhen: 'Recebida: {time}',
    selectionUnknown:
      'O Outlook não avisa os suplementos quando você sai de um relatório de entrega, então este painel não sabe o que está selecionado agora. Para explicar outra mensagem, selecione-a e escolha Ler novamente.',
    routeAttachment: 'a mensagem anexada',
    routeNone: 'nada',
    analyseAnother: 'Analisar outro relatório de falha na entrega',
    techRemote: 'remoto',
    techReporting: 'que emitiu o relatório',
    techAfter: 'depois de',
    techServerSaid: 'resposta do servidor',
    techEvidence: 'indícios',
  },
};
