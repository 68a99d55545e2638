import { makeStyles, tokens } from '@fluentui/react-components';

export const useVerdictCardStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, minWidth: 0 },
  title: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
    lineHeight: tokens.lineHeightBase400,
    overflowWrap: 'anywhere',
    ':focus': { outlineStyle: 'none' },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
    marginTop: `-${tokens.spacingVerticalXS}`,
  },
  owner: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    flexWrap: 'wrap',
  },
  section: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    margin: 0,
    paddingLeft: '1.4em',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    overflowWrap: 'anywhere',
  },
  text: { overflowWrap: 'anywhere' },
  tech: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  techLines: { display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase200 },
  techFirst: { fontWeight: tokens.fontWeightSemibold },
  recipients: { margin: 0, paddingLeft: '1.2em', overflowWrap: 'anywhere' },
});
