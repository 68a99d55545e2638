/** One card per cause: title, who must act, what happened, steps, then technical details on demand. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Card,
  Link,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ReactElement } from 'react';
import type { AnalysisResult, ExplanationGroup } from '../engine';
import type { Translator } from './strings';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0, lineHeight: tokens.lineHeightBase400 },
  owner: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  section: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: '1.4em', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  mono: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    margin: 0,
  },
  recipients: { margin: 0, paddingLeft: '1.2em', overflowWrap: 'anywhere' },
  flag: { whiteSpace: 'normal', height: 'auto', textAlign: 'start' },
});

/**
 * Invisible and reordering characters from a bounce shown as visible codes (`[U+202E]`): what the
 * reader sees is what the text holds, and no stranger's control character reorders the pane.
 */
export function showControls(text: string): string {
  return text.replace(
    /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu,
    (c) => `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`,
  );
}

const OWNER_COLOR = { you: 'brand', 'your-it': 'danger', 'recipient-side': 'important', wait: 'warning', none: 'success' } as const;

export function technicalText(result: AnalysisResult, group: ExplanationGroup): string {
  const lines: string[] = [];
  for (const i of group.recipients) {
    const r = result.recipients[i];
    if (r === undefined) continue;
    lines.push(`${r.address ?? '?'}: ${[r.replyCode, r.status].filter((c) => c !== null).join(' ')} ${r.reason}`);
    if (r.remoteMta !== null) lines.push(`  remote: ${r.remoteMta}`);
    if (r.reportingMta !== null) lines.push(`  reporting: ${r.reportingMta}`);
    if (r.smtpCommand !== null) lines.push(`  after: ${r.smtpCommand}`);
    if (r.diagnosticCode !== null) lines.push(`  server said: ${r.diagnosticCode}`);
    for (const e of r.evidence) lines.push(`  evidence: ${e.rule} \u2014 ${e.text}`);
  }
  return showControls(lines.join('\n'));
}

/** Which look-alike sign to name first: the one that most changes what the reader sees. */
function flagKey(flags: readonly string[]): string | null {
  if (flags.includes('bidi-control')) return 'bidi';
  if (flags.includes('zero-width')) return 'zero';
  if (flags.includes('mixed-script')) return 'mixed';
  return null;
}

/**
 * One recipient: the address whole, isolated (`<bdi>`) so bidi controls inside it cannot reorder
 * the pane's own words, its ASCII (punycode) form beside an internationalised domain, and a
 * visible warning when it holds look-alike characters.
 */
function RecipientLine(props: {
  readonly recipient: AnalysisResult['recipients'][number] | undefined;
  readonly t: Translator;
}): ReactElement {
  const { recipient: r, t } = props;
  const s = useStyles();
  if (r === undefined || r.address === null) return <li>{t('unknownValue')}</li>;
  const key = flagKey(r.addressFlags);
  return (
    <li data-testid="recipient" data-flags={r.addressFlags.join(' ')}>
      <bdi dir="ltr">{showControls(r.address)}</bdi>
      {r.addressAscii !== null && (
        <Text size={200} block>
          {t('addressAscii', { address: r.addressAscii })}
        </Text>
      )}
      {key !== null && (
        <Badge appearance="tint" color="danger" data-testid="lookalike" className={s.flag}>
          {t('addressFlagged', { flags: key })}
        </Badge>
      )}
    </li>
  );
}

export function VerdictCard(props: {
  readonly group: ExplanationGroup;
  readonly result: AnalysisResult;
  readonly t: Translator;
  readonly index: number;
}): ReactElement {
  const { group, result, t, index } = props;
  const s = useStyles();
  const x = group.explanation;
  const [copied, setCopied] = useState(false);
  const details = technicalText(result, group);
  const headingId = `verdict-title-${index}`;
  const copy = (): void => {
    void navigator.clipboard?.writeText(details).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <Card className={s.card} data-testid="verdict" data-owner={x.owner} aria-labelledby={headingId} role="region">
      <h2 id={headingId} className={s.title}>
        {x.title}
      </h2>
      <div className={s.owner}>
        <Text weight="semibold">{t('whoMustAct')}:</Text>
        <Badge appearance="filled" color={OWNER_COLOR[x.owner]} data-testid="owner">
          {t.catalogue.owners[x.owner]}
        </Badge>
        <Text size={200}>{t.catalogue.ownerSentences[x.owner]}</Text>
      </div>
      <h3 className={s.section}>{t('whatHappened')}</h3>
      <Text>{x.summary}</Text>
      <h3 className={s.section}>{t('whatToDo')}</h3>
      <ol className={s.list}>
        {x.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <Text size={200}>{x.retryText}</Text>
      <h3 className={s.section}>{t('recipients', { count: group.recipients.length })}</h3>
      <ul className={s.recipients}>
        {group.recipients.slice(0, 25).map((i) => (
          <RecipientLine key={i} recipient={result.recipients[i]} t={t} />
        ))}
      </ul>
      <Accordion collapsible>
        <AccordionItem value="tech">
          <AccordionHeader>{t('technicalDetails')}</AccordionHeader>
          <AccordionPanel>
            <pre className={s.mono} data-testid="technical">
              <bdi>{details}</bdi>
            </pre>
            <Text size={200}>{t('confidence', { percent: Math.round(x.confidence * 100) })}</Text>
            <h4 className={s.section}>{t('whatItChecks')}</h4>
            <ul className={s.list}>
              {x.itChecks.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
            {x.links.length > 0 && (
              <>
                <h4 className={s.section}>{t('links')}</h4>
                <ul className={s.list}>
                  {x.links.map((l) => (
                    <li key={l}>
                      <Link href={l} target="_blank" rel="noopener noreferrer">
                        {new URL(l).hostname}
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <Button size="small" onClick={copy}>
              {copied ? t('copied') : t('copyDetails')}
            </Button>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </Card>
  );
}
