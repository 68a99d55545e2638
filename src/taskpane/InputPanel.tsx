/** Paste, pick or drop a bounce: works in every client, whatever Outlook lets the add-in read. */
import { Button, Field, Text, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { DragEvent, ReactElement } from 'react';
import { MAX_INPUT_BYTES } from '../engine';
import type { Translator } from './strings';

export type InputSource =
  { readonly kind: 'paste' } | { readonly kind: 'file'; readonly name: string } | { readonly kind: 'drop'; readonly name: string };

const useStyles = makeStyles({
  // A textarea's default 20 columns would hold the pane wider than 160 CSS px.
  textarea: { width: '100%', maxWidth: '100%', minWidth: 0 },
  textareaInner: { width: '100%', minWidth: 0 },
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  drop: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    textAlign: 'center',
    overflowWrap: 'anywhere',
    color: tokens.colorNeutralForeground2,
  },
  dropActive: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
});

export function InputPanel(props: {
  readonly t: Translator;
  readonly onInput: (input: Uint8Array | string, source: InputSource) => void;
  readonly onError: (message: string) => void;
}): ReactElement {
  const { t, onInput, onError } = props;
  const s = useStyles();
  const [text, setText] = useState('');
  const [active, setActive] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);

  const readFile = (file: File, source: InputSource): void => {
    if (file.size > MAX_INPUT_BYTES) {
      onError(t('fileTooBig', { size: `${Math.round(file.size / 1048576)} MB` }));
      return;
    }
    file.arrayBuffer().then(
      (buf) => onInput(new Uint8Array(buf), source),
      () => onError(t('fileUnreadable')),
    );
  };

  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setActive(false);
    const file = e.dataTransfer.files[0];
    if (file !== undefined) {
      readFile(file, { kind: 'drop', name: file.name });
      return;
    }
    const dropped = e.dataTransfer.getData('text/plain');
    if (dropped.trim() !== '') onInput(dropped, { kind: 'paste' });
  };

  return (
    <section className={s.panel} aria-labelledby="input-title" data-testid="input-panel">
      <h2 id="input-title" className={s.title}>
        {t('inputTitle')}
      </h2>
      <Text size={200}>{t('inputHint')}</Text>
      <Field label={t('pasteLabel')}>
        <Textarea
          className={s.textarea}
          textarea={{ className: s.textareaInner }}
          value={text}
          onChange={(_, d) => setText(d.value)}
          resize="vertical"
          rows={5}
          data-testid="paste"
        />
      </Field>
      <div className={s.row}>
        <Button
          appearance="primary"
          disabled={text.trim() === ''}
          onClick={() => onInput(text, { kind: 'paste' })}
          data-testid="analyse-text"
        >
          {t('analyseText')}
        </Button>
        <Button onClick={() => fileRef.current?.click()}>{t('pickFile')}</Button>
        <input
          ref={fileRef}
          className={s.hidden}
          type="file"
          accept=".eml,.msg,message/rfc822,application/vnd.ms-outlook,text/plain"
          aria-label={t('pickFile')}
          tabIndex={-1}
          data-testid="file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f !== undefined) readFile(f, { kind: 'file', name: f.name });
            e.target.value = '';
          }}
        />
      </div>
      <div
        className={mergeClasses(s.drop, active && s.dropActive)}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setActive(true);
        }}
        onDragLeave={() => setActive(false)}
        onDrop={onDrop}
      >
        {active ? t('dropActive') : t('dropHere')}
      </div>
    </section>
  );
}
