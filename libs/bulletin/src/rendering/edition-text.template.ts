/**
 * The text/plain part of the e-mail, for clients and readers that do not show HTML. Handlebars'
 * `~` trims the whitespace the block tags would leave, so the layout below is the output.
 */
export const EDITION_EMAIL_TEXT = `{{edition.bulletinName}}
{{edition.areaName}} · settimana {{edition.weekLabel}}

Versione web del bollettino, stampabile per la bacheca:
{{edition.pageUrl}}

In questo numero:
{{#each edition.contents}}
- {{this}}
{{/each}}
{{#if personal}}

== {{personal.title}} ==
{{personal.note}}
{{#each personal.items}}

* {{title}}
{{#each details}}
  {{#if label}}{{label}}: {{/if}}{{text}}
{{/each}}
{{#if link}}
  {{link.text}}: {{link.href}}
{{/if}}
{{/each}}
{{/if}}
{{#each edition.sections}}

== {{title}} ==
{{#each items}}

* {{title}}
{{#each details}}
  {{#if label}}{{label}}: {{/if}}{{text}}
{{/each}}
{{#if link}}
  {{link.text}}: {{link.href}}
{{/if}}
{{else}}
{{emptyText}}
{{/each}}
{{/each}}

--
Ricevi questo bollettino perché sei iscritto o iscritta al bollettino di {{edition.areaName}}.
Annulla l'iscrizione con un clic: {{links.unsubscribeUrl}}
Gestisci le preferenze: {{links.preferencesUrl}}
`;
