import { BULLETIN_NAME } from '../rendering/edition.view.js';
import { compileHtml, compileText } from '../rendering/template-engine.js';
import { CONSENT_TEXTS, type ConsentTextVersion } from './consent-text.js';

export interface ConfirmationView {
  bulletinName: string;
  confirmUrl: string;
  areaNames: string[];
  sectionTitles: string[];
  consentText: string;
  consentVersion: string;
  validDays: number;
}

const HTML = `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Conferma l’iscrizione al {{bulletinName}}</title></head>
<body style="margin:0;padding:24px;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;font-size:16px;line-height:1.5">
<div style="max-width:600px;margin:0 auto;background:#ffffff;padding:24px">
<h1 style="font-size:24px;color:#0b3d6b;margin:0 0 12px">Conferma l’iscrizione</h1>
<p>Hai chiesto di ricevere ogni settimana il {{bulletinName}} per: <strong>{{#each areaNames}}{{#unless @first}}, {{/unless}}{{this}}{{/each}}</strong>.</p>
<p>Sezioni scelte: {{#each sectionTitles}}{{#unless @first}}, {{/unless}}{{this}}{{/each}}.</p>
<p style="margin:24px 0"><a href="{{confirmUrl}}" style="background:#0b4f8a;color:#ffffff;padding:12px 20px;text-decoration:none;display:inline-block">Conferma l’iscrizione al bollettino</a></p>
<p style="color:#4a4a4a;font-size:14px">Il link vale {{validDays}} giorni. Se non hai chiesto tu l’iscrizione, ignora questo messaggio: senza conferma non riceverai nulla.</p>
<p style="color:#4a4a4a;font-size:14px">Confermando dichiari: «{{consentText}}» (versione {{consentVersion}})</p>
</div></body></html>`;

const TEXT = `Conferma l’iscrizione al {{bulletinName}}

Hai chiesto di ricevere ogni settimana il {{bulletinName}} per: {{#each areaNames}}{{#unless @first}}, {{/unless}}{{this}}{{/each}}.
Sezioni scelte: {{#each sectionTitles}}{{#unless @first}}, {{/unless}}{{this}}{{/each}}.

Per confermare apri questo link (vale {{validDays}} giorni):
{{confirmUrl}}

Se non hai chiesto tu l’iscrizione, ignora questo messaggio: senza conferma non riceverai nulla.

Confermando dichiari: «{{consentText}}» (versione {{consentVersion}})
`;

const renderHtml = compileHtml<ConfirmationView>(HTML);
const renderText = compileText<ConfirmationView>(TEXT);

export function renderConfirmationEmail(input: {
  confirmUrl: string;
  areaNames: string[];
  sectionTitles: string[];
  consentVersion: ConsentTextVersion;
  validDays: number;
}): { subject: string; html: string; text: string } {
  const view: ConfirmationView = {
    bulletinName: BULLETIN_NAME,
    consentText: CONSENT_TEXTS[input.consentVersion],
    ...input,
  };
  return {
    subject: `Conferma l’iscrizione al ${BULLETIN_NAME}`,
    html: renderHtml(view),
    text: renderText(view),
  };
}
