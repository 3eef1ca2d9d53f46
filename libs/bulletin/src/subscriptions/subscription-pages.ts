import { BULLETIN_NAME } from '../rendering/edition.view.js';
import { compileHtml } from '../rendering/template-engine.js';
import type { SubscriptionView } from './managed-subscription.reader.js';

/*
 * The small pages behind the links of the e-mails. A GET never changes anything (mail scanners
 * open links): each page shows a button that POSTs to the same address.
 */

interface PageView {
  bulletinName: string;
  title: string;
  paragraphs: string[];
  /** A button posting back to the same address, with hidden fields. */
  form: { button: string; fields: Array<{ name: string; value: string }> } | null;
  preferences: SubscriptionView | null;
}

const PAGE = `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><meta name="referrer" content="no-referrer">
<title>{{title}} · {{bulletinName}}</title>
<style>body{margin:0 auto;max-width:36rem;padding:2rem 1rem;font:1rem/1.5 system-ui,Arial,sans-serif;color:#1a1a1a}
h1{color:#0b3d6b;font-size:1.6rem}button{font:inherit;padding:.6rem 1.2rem;background:#0b4f8a;color:#fff;border:0;cursor:pointer}
fieldset{margin:0 0 1rem;border:1px solid #8a8a8a}label{display:block;margin:.2rem 0}</style></head>
<body><main><p>{{bulletinName}}</p><h1>{{title}}</h1>
{{#each paragraphs}}<p>{{this}}</p>{{/each}}
{{#if preferences}}<form method="post"><fieldset><legend>Aree</legend>
{{#each preferences.areas}}<label><input type="checkbox" name="areaIds" value="{{id}}"{{#if chosen}} checked{{/if}}> {{name}}</label>{{/each}}
</fieldset><fieldset><legend>Sezioni</legend>
{{#each preferences.sections}}<label><input type="checkbox" name="sections" value="{{code}}"{{#if chosen}} checked{{/if}}> {{title}}</label>{{/each}}
</fieldset><button type="submit">Salva le preferenze</button></form>{{/if}}
{{#if form}}<form method="post">{{#each form.fields}}<input type="hidden" name="{{name}}" value="{{value}}">{{/each}}
<button type="submit">{{form.button}}</button></form>{{/if}}
</main></body></html>`;

const renderPage = compileHtml<PageView>(PAGE);

function page(view: Omit<PageView, 'bulletinName' | 'form' | 'preferences'> & Partial<PageView>) {
  return renderPage({ bulletinName: BULLETIN_NAME, form: null, preferences: null, ...view });
}

export const subscriptionPages = {
  confirmAsk: () =>
    page({
      title: 'Conferma l’iscrizione',
      paragraphs: ['Premi il pulsante per iniziare a ricevere il bollettino ogni settimana.'],
      form: { button: 'Conferma l’iscrizione', fields: [] },
    }),
  confirmed: () =>
    page({
      title: 'Iscrizione confermata',
      paragraphs: [
        'Grazie: riceverai il bollettino ogni lunedì.',
        'Ogni messaggio contiene il link per cambiare le preferenze o annullare l’iscrizione.',
      ],
    }),
  unsubscribeAsk: (view: SubscriptionView) =>
    page({
      title: 'Annulla l’iscrizione',
      paragraphs: [`Indirizzo: ${view.maskedEmail}. Non riceverai più il bollettino.`],
      form: {
        button: 'Annulla l’iscrizione',
        fields: [
          { name: 'List-Unsubscribe', value: 'One-Click' },
          { name: 'source', value: 'page' },
        ],
      },
    }),
  unsubscribed: () =>
    page({
      title: 'Iscrizione annullata',
      paragraphs: [
        'Non riceverai più il bollettino. Se cambi idea, puoi iscriverti di nuovo in ogni momento.',
      ],
    }),
  preferences: (view: SubscriptionView, saved: boolean) =>
    page({
      title: 'Preferenze del bollettino',
      paragraphs: [
        saved ? 'Preferenze salvate.' : `Indirizzo: ${view.maskedEmail}.`,
        ...(view.status === 'ACTIVE'
          ? []
          : ['L’iscrizione non è attiva: per ricevere il bollettino iscriviti di nuovo.']),
      ],
      preferences: view,
    }),
  invalidLink: (detail: string) => page({ title: 'Link non valido', paragraphs: [detail] }),
};
