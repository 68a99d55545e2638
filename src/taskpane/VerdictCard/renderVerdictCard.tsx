import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Card,
  Link,
  Text,
  mergeClasses,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { format } from '../../engine';
import type { Owner } from '../../engine';
import { Isolated, SLOT } from '../Isolated';
import { RecipientLine, showControls } from '../RecipientLine';
import type { VerdictCardState } from './VerdictCard.types';
import type { useVerdictCardStyles } from './useVerdictCardStyles.styles';

/** Owner badges: calm tints, none of them styled as an error. */
const OWNER_COLOR: Readonly<Record<Owner, 'brand' | 'informative' | 'warning' | 'success' | 'important'>> = {
  'your-it': 'brand',
  you: 'brand',
  'recipient-side': 'informative',
  wait: 'warning',
  none: 'success',
};

export function renderVerdictCard(state: VerdictCardState, s: ReturnType<typeof useVerdictCardStyles>): ReactElement {
  const { props, x, headingId } = state;
  const { t, level, headingRef, action } = props;
  const Heading = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  return (
    <Card
      className={s.card}
      data-testid="verdict"
      data-owner={x.owner}
      aria-labelledby={headingId}
      role="region"
      id={`cause-${props.index}`}
    >
      <Heading
        id={headingId}
        className={s.title}
        ref={headingRef}
        tabIndex={headingRef === undefined ? undefined : -1}
        data-testid="verdict-title"
      >
        {x.title}
      </Heading>
      <Caption1 className={s.code} data-testid="code">
        {state.code === null ? t('noCode') : <Isolated text={t('codeCaption', { code: SLOT })} value={state.code} dir="ltr" />}
      </Caption1>
      <div className={s.owner}>
        <Text weight="semibold">{t('whoMustAct')}:</Text>
        <Badge appearance="tint" color={OWNER_COLOR[x.owner]} data-testid="owner">
          {format(t.catalogue.owners[x.owner], {}, t.catalogue.locale)}
        </Badge>
        <Text size={200} className={s.text}>
          {format(t.catalogue.ownerSentences[x.owner], {}, t.catalogue.locale)}
        </Text>
      </div>
      <Text className={s.text}>{x.summary}</Text>
      {action}
      <Sub className={s.section}>{t('whatToDo')}</Sub>
      <ol className={s.list}>
        {x.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <Text size={200} className={s.text}>
        {x.retryText}
      </Text>
      {props.details !== false && (
        <>
          <Sub className={s.section}>{t('recipients', { count: props.group.recipients.length })}</Sub>
          <ul className={s.recipients} data-testid="recipients">
            {state.recipients.map((r, i) => (
              <RecipientLine key={`${r.address ?? ''}-${i}`} recipient={r} t={t} />
            ))}
            {state.recipients.length === 0 && <li>{t('unknownValue')}</li>}
            {state.more > 0 && <li data-testid="more">{t('andMore', { count: state.more })}</li>}
          </ul>
          <Accordion collapsible>
            <AccordionItem value="tech">
              <AccordionHeader>{t('technicalDetails')}</AccordionHeader>
              <AccordionPanel>
                <ul className={s.tech} data-testid="technical">
                  {state.technical.map((lines, i) => (
                    <li key={i} className={s.techLines}>
                      {lines.map((line, j) => (
                        <span key={j} className={mergeClasses(j === 0 && s.techFirst)}>
                          <bdi>{showControls(line)}</bdi>
                        </span>
                      ))}
                    </li>
                  ))}
                </ul>
                <Text size={200}>{t('confidence', { percent: Math.round(x.confidence * 100) })}</Text>
                <Sub className={s.section}>{t('whatItChecks')}</Sub>
                <ul className={s.list}>
                  {x.itChecks.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
                {state.links.length > 0 && (
                  <>
                    <Sub className={s.section}>{t('links')}</Sub>
                    <ul className={s.list}>
                      {state.links.map((l) => (
                        <li key={l.href}>
                          <Link href={l.href} target="_blank" rel="noopener noreferrer">
                            {l.label}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                <Button size="small" onClick={state.copyDetails}>
                  {state.copied === true ? t('copied') : t('copyDetails')}
                </Button>
                {state.copied === false && <Text size={200}>{t('actionCopyFailed')}</Text>}
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </>
      )}
    </Card>
  );
}
