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
});

const OWNER_COLOR = { you: 'brand', 'your-it': 'danger', 'recipient-side': 'important', wait: 'warning', none: 'success' } as const;

export function technicalText(result: AnalysisResult, group: ExplanationGroup, t: Translator): string {
  const lines: string[] = [];
  for (const i of group.recipients) {
    const r = result.recipients[i];
    if (r === undefined) continue;
    lines.push(`${r.address ?? '?'}: ${[r.replyCode, r.status].filter((c) => c !== null).join(' ')} ${r.reason}`);
    if (r.remoteMta !== null) lines.push(`  ${t('techRemote')}: ${r.remoteMta}`);
    if (r.reportingMta !== null) lines.push(`  ${t('techReporting')}: ${r.reportingMta}`);
    if (r.smtpCommand !== null) lines.push(`  ${t('techAfter')}: ${r.smtpCommand}`);
    if (r.diagnosticCode !== null) lines.push(`  ${t('techServerSaid')}: ${r.diagnosticCode}`);
    for (const e of r.evidence) lines.push(`  ${t('techEvidence')}: ${e.rule} \u2014 ${e.text}`);
  }
  return lines.join('\n');
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
  const details = technicalText(result, group, t);
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
          <li key={i}>{result.recipients[i]?.address ?? t('unknownValue')}</li>
        ))}
      </ul>
      <Accordion collapsible>
        <AccordionItem value="tech">
          <AccordionHeader>{t('technicalDetails')}</AccordionHeader>
          <AccordionPanel>
            <pre className={s.mono} data-testid="technical">
              {details}
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
