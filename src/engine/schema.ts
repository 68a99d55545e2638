/**
 * JSON Schema (draft 2020-12) of `AnalysisResult`, version 1. Helpdesk tools and the IT report's
 * machine-readable block rely on it; a test validates real results against it.
 */
import { REASON_NAMES } from './reason/reasons';
import { ERROR_CODES, RESULT_VERSION } from './types';

const nullableString = { type: ['string', 'null'] } as const;

export const ANALYSIS_RESULT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://bounce-explainer.invalid/schema/analysis-result-1.json',
  title: 'Bounce Explainer analysis result',
  type: 'object',
  additionalProperties: false,
  required: [
    'version',
    'kind',
    'inputType',
    'subject',
    'from',
    'reportTo',
    'reportingMta',
    'arrivalDate',
    'original',
    'recipients',
    'error',
    'decoders',
    'cut',
    'detection',
  ],
  properties: {
    version: { const: RESULT_VERSION },
    kind: { enum: ['bounce', 'warning', 'auto-reply', 'feedback-report', 'delivery-report', 'not-bounce'] },
    inputType: { enum: ['eml', 'msg', 'text'] },
    subject: nullableString,
    from: nullableString,
    reportTo: nullableString,
    reportingMta: nullableString,
    arrivalDate: nullableString,
    error: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          additionalProperties: false,
          required: ['code', 'values'],
          properties: {
            code: { enum: [...ERROR_CODES] },
            values: { type: 'object', additionalProperties: { type: ['string', 'number'] } },
          },
        },
      ],
    },
    decoders: { type: 'array', items: { type: 'string' } },
    detection: {
      type: 'object',
      additionalProperties: false,
      required: ['verdict', 'score', 'evidence'],
      properties: {
        verdict: { enum: ['bounce', 'feedback-report', 'disposition', 'auto-reply', 'challenge', 'none'] },
        score: { type: 'number' },
        evidence: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['rule', 'text'],
            properties: { rule: { type: 'string' }, text: { type: 'string' } },
          },
        },
      },
    },
    cut: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['part', 'limit'],
        properties: { part: { enum: ['body', 'original', 'diagnostic', 'recipients'] }, limit: { type: 'integer', minimum: 1 } },
      },
    },
    original: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          additionalProperties: false,
          required: ['subject', 'messageId', 'date', 'from', 'to', 'authenticationResults', 'received'],
          properties: {
            subject: nullableString,
            messageId: nullableString,
            date: nullableString,
            from: nullableString,
            to: nullableString,
            authenticationResults: { type: 'array', items: { type: 'string' } },
            received: { type: 'array', items: { type: 'string' } },
          },
        },
      ],
    },
    recipients: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [
          'address',
          'action',
          'status',
          'replyCode',
          'diagnosticCode',
          'remoteMta',
          'reportingMta',
          'smtpCommand',
          'reason',
          'hardBounce',
          'evidence',
          'confidence',
          'decodedBy',
          'retryUntil',
          'statedOwner',
          'addressAscii',
          'addressFlags',
        ],
        properties: {
          address: nullableString,
          action: { enum: ['failed', 'delayed', 'delivered', 'relayed', 'expanded', null] },
          status: { type: ['string', 'null'], pattern: '^[245]\\.\\d{1,3}\\.\\d{1,3}$' },
          replyCode: { type: ['string', 'null'], pattern: '^[245]\\d\\d$' },
          diagnosticCode: nullableString,
          remoteMta: nullableString,
          reportingMta: nullableString,
          smtpCommand: nullableString,
          reason: { enum: [...REASON_NAMES] },
          hardBounce: { type: 'boolean' },
          evidence: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['rule', 'text'],
              properties: { rule: { type: 'string' }, text: { type: 'string' } },
            },
          },
          confidence: { type: 'number', minimum: 0, maximum: 1 },
          decodedBy: { type: 'string' },
          retryUntil: nullableString,
          statedOwner: { enum: ['sender', 'service', 'recipient', null] },
          addressAscii: nullableString,
          addressFlags: { type: 'array', items: { enum: ['mixed-script', 'bidi-control', 'zero-width', 'non-ascii'] } },
        },
      },
    },
  },
} as const;
