/**
 * The helpdesk address: used by the report step and the settings disclosure. It says "Saved"
 * only after a save worked and forgets that as soon as the address is edited; an invalid address
 * is flagged but never blocks drafting (To is then left for the user to fill in).
 */
import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ReactElement } from 'react';
import { isAddress } from '../office';
import type { Helpdesk } from '../office';
import type { Translator } from './strings';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: 'end' },
  grow: { flexGrow: 1, flexBasis: '10em', minWidth: 0 },
  input: { width: '100%', minWidth: 0 },
});

export function helpdeskValid(address: string): boolean {
  return address.trim() === '' || isAddress(address.trim());
}

export function HelpdeskField(props: {
  readonly t: Translator;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly helpdesk: Helpdesk | null;
  readonly onSave: (address: string | null) => Promise<boolean>;
  readonly testId?: string;
}): ReactElement {
  const { t, value, onChange, helpdesk, onSave, testId = 'helpdesk' } = props;
  const s = useStyles();
  const [saved, setSaved] = useState<'idle' | 'saved' | 'failed'>('idle');
  const valid = helpdeskValid(value);
  const source = helpdesk?.source ?? 'none';
  return (
    <div className={s.row}>
      <Field
        className={s.grow}
        label={t('helpdeskLabel')}
        hint={`${t('helpdeskHintPlain')} ${t('helpdeskFrom', { source })}`}
        validationState={valid ? 'none' : 'warning'}
        validationMessage={valid ? null : t('helpdeskInvalidHint')}
      >
        <Input
          className={s.input}
          value={value}
          type="email"
          autoComplete="email"
          data-testid={testId}
          onChange={(_, d) => {
            onChange(d.value);
            setSaved('idle');
          }}
        />
      </Field>
      <Button
        disabled={!valid}
        data-testid={`${testId}-save`}
        onClick={() => {
          void onSave(value.trim() === '' ? null : value.trim()).then((ok) => setSaved(ok ? 'saved' : 'failed'));
        }}
      >
        {t('helpdeskRemember')}
      </Button>
      {saved !== 'idle' && (
        <Text size={200} data-testid={`${testId}-saved`} role="status">
          {saved === 'saved' ? t('helpdeskSavedNow') : t('helpdeskSaveFailed')}
        </Text>
      )}
    </div>
  );
}
