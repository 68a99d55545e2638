/** Several recipients or causes: "3 recipients, 3 causes" and one line per cause, ordered by who must act. */
import { Badge, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement, Ref } from 'react';
import { format } from '../engine';
import type { AnalysisResult, ExplanationGroup } from '../engine';
import type { Translator } from './strings';
import { CAUSES_SHOWN } from './verdict';

const useStyles = makeStyles({
  summary: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
    ':focus': { outlineStyle: 'none' },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
});

export function Summary(props: {
  readonly t: Translator;
  readonly result: AnalysisResult;
  readonly groups: readonly ExplanationGroup[];
  readonly headingRef: Ref<HTMLHeadingElement>;
}): ReactElement {
  const { t, result, groups, headingRef } = props;
  const s = useStyles();
  const shown = groups.slice(0, CAUSES_SHOWN);
  return (
    <section className={s.summary} data-testid="summary" aria-labelledby="summary-title">
      <h2 id="summary-title" className={s.title} ref={headingRef} tabIndex={-1} data-testid="verdict-title">
        {t('summaryTitle', { recipients: result.recipients.length, causes: groups.length })}
      </h2>
      <ul className={s.list}>
        {shown.map((g, i) => (
          <li key={`${g.explanation.id}-${g.explanation.owner}`} className={s.item}>
            <Badge appearance="tint" color={g.explanation.owner === 'none' ? 'success' : 'informative'}>
              {format(t.catalogue.owners[g.explanation.owner], {}, t.catalogue.locale)}
            </Badge>
            <Link href={`#cause-${i}`}>{g.explanation.title}</Link>
            <span>({t('summaryCount', { count: g.recipients.length })})</span>
          </li>
        ))}
        {groups.length > shown.length && <li data-testid="summary-more">{t('andMore', { count: groups.length - shown.length })}</li>}
      </ul>
    </section>
  );
}
